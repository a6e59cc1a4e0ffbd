package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.MaskPredictions;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.export.TraceJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Every attention weight of every layer and head, as JSON: attentions[layer][head][query][key].")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @Option(names = "--target", paramLabel = "TEXT",
            description = "encoder-decoder models: the output to teacher-force (default: the model's own greedy output)")
    String target;

    @Override
    public Integer call() throws Exception {
        LoadedModel model = options.load();
        ForwardTrace trace = new TraceService().trace(model, options.text, Optional.ofNullable(target));
        Map<String, Object> extra = new LinkedHashMap<>();
        MaskPredictions.of(trace, model.tokenizer(), 5).ifPresent(p -> extra.put("mask_predictions", p));
        TraceJson.write(trace, extra, System.out);
        System.out.println();
        return 0;
    }
}
