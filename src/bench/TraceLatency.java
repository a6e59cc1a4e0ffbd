import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.io.LoadProgress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "Change of the sentence to a complete trace", as the window does it: TraceService.trace (tokenize,
 * forward with every intermediate, greedy decoding for encoder-decoder models) over sentences that
 * differ by a word each, as when a teacher types. Prints one JSON line. Not in the build; run with
 * <pre>
 * java --add-modules jdk.incubator.vector -cp target/attention-studio.jar src/bench/TraceLatency.java MODEL [REPEAT] [target]
 * </pre>
 * With "target", encoder-decoder models are teacher-forced on the sentence itself (one pass) instead of
 * writing their own output (one pass per generated token, up to the model's length limit).
 */
public final class TraceLatency {
    private static final List<String> SENTENCES = List.of(
            "the pizza came out of the oven and it tasted good",
            "the pizza came out of the oven and it smelled good",
            "the cake came out of the oven and it tasted good",
            "the pizza came out of the box and it tasted good");
    private static final int WARMUP = 300;

    public static void main(String[] args) {
        LoadedModel model = new ModelService().load(args[0], LoadProgress.NONE);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean teacherForced = args.length > 2 && args[2].equals("target");
        TraceService service = new TraceService();
        for (int i = 0; i < WARMUP; i++) {
            String sentence = SENTENCES.get(i % SENTENCES.size());
            service.trace(model, sentence, teacherForced ? Optional.of(sentence) : Optional.empty());
        }
        double[] millis = new double[repeat];
        int tokens = 0;
        for (int i = 0; i < repeat; i++) {
            String sentence = SENTENCES.get(i % SENTENCES.size());
            long start = System.nanoTime();
            ForwardTrace trace = service.trace(model, sentence, teacherForced ? Optional.of(sentence) : Optional.empty());
            millis[i] = (System.nanoTime() - start) / 1e6;
            tokens = trace.querySequence(trace.kinds().get(0)).length();
        }
        Arrays.sort(millis);
        String mode = model.transformer().config().architecture() != Architecture.ENCODER_DECODER ? "one pass"
                : teacherForced ? "teacher-forced" : "own greedy output";
        System.out.printf("{\"model\":\"%s\",\"mode\":\"%s\",\"median_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f,\"tokens\":%d}%n",
                model.name(), mode, millis[repeat / 2], millis[(int) (repeat * 0.95)], millis[repeat - 1], tokens);
    }
}
