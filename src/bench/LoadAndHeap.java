import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.trace.ForwardTrace;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times loading a checkpoint folder through ModelService (memory-mapped safetensors, progress reported),
 * then runs one forward pass over the text in TEXT_FILE and measures the heap the loaded model and the
 * full trace hold after a collection. Prints one JSON line. Not in the build; run with
 * <pre>
 * java -Xmx2g --add-modules jdk.incubator.vector -cp target/attention-studio.jar src/bench/LoadAndHeap.java DIR TEXT_FILE
 * </pre>
 */
public final class LoadAndHeap {
    public static void main(String[] args) throws Exception {
        long heapBefore = usedHeap();
        AtomicLong updates = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        AtomicLong total = new AtomicLong();
        long start = System.nanoTime();
        LoadedModel model = new ModelService().loadFolder(Path.of(args[0]), (done, all) -> {
            updates.incrementAndGet();
            lastDone.set(done);
            total.set(all);
        });
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapModel = usedHeap();
        String text = Files.readString(Path.of(args[1])).strip();
        start = System.nanoTime();
        ForwardTrace trace = new TraceService().trace(model, text, java.util.Optional.empty());
        double traceSeconds = (System.nanoTime() - start) / 1e9;
        long heapTrace = usedHeap();
        System.out.printf("{\"load_seconds\":%.3f,\"file_mb\":%.1f,\"progress_updates\":%d,\"progress_end\":\"%d/%d\","
                        + "\"model_heap_mb\":%.0f,\"first_trace_seconds\":%.2f,\"tokens\":%d,\"trace_heap_mb\":%.0f,"
                        + "\"total_heap_mb\":%.0f,\"max_heap_mb\":%.0f}%n",
                loadSeconds, Files.size(Path.of(args[0], "model.safetensors")) / 1e6, updates.get(), lastDone.get(), total.get(),
                (heapModel - heapBefore) / 1048576.0, traceSeconds, trace.querySequence(trace.kinds().get(0)).length(),
                (heapTrace - heapModel) / 1048576.0, heapTrace / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Heap in use after a full collection: what is really held. */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
