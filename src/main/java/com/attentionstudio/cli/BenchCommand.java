package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times N forward passes that keep the full trace, after warm-up.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @Option(names = "--repeat", defaultValue = "10", description = "timed forward passes (default 10)")
    int repeat;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed passes first, for the JIT (default 3)")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1 || warmup < 0) {
            throw new com.attentionstudio.core.InputException("--repeat must be at least 1 and --warmup at least 0");
        }
        LoadedModel model = options.load();
        Supplier<ForwardTrace> pass = pass(model);
        for (int i = 0; i < warmup; i++) {
            pass.get();
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] seconds = new double[repeat];
        int tokens = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            ForwardTrace trace = pass.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            tokens = trace.querySequence(trace.kinds().get(0)).length();
        }
        Arrays.sort(seconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("median_seconds", repeat % 2 == 1 ? seconds[repeat / 2] : (seconds[repeat / 2 - 1] + seconds[repeat / 2]) / 2);
        out.put("min_seconds", seconds[0]);
        out.put("tokens", tokens);
        out.put("peak_heap_mb", peakHeapBytes() / (1024.0 * 1024.0));
        JsonOutput.print(out);
        return 0;
    }

    /** One forward pass over the text; encoder-decoder models read their own greedy output, decoded once up front. */
    private Supplier<ForwardTrace> pass(LoadedModel model) {
        TraceService service = new TraceService();
        TokenSequence source = service.encode(model, options.text, "text");
        Transformer transformer = model.transformer();
        if (transformer.config().architecture() != Architecture.ENCODER_DECODER) {
            return () -> transformer.forward(source);
        }
        ForwardTrace decoded = service.trace(model, options.text, Optional.empty());
        TokenSequence target = new TokenSequence(decoded.decoder().orElseThrow().ids(), decoded.decoder().orElseThrow().tokens(),
                decoded.decoder().orElseThrow().displayTokens());
        return () -> transformer.forward(source, target);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
