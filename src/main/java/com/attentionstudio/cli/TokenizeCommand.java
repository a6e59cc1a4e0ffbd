package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.app.TraceService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "tokenize", mixinStandardHelpOptions = true, description = "The ids and tokens the model reads for TEXT.")
final class TokenizeCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        LoadedModel model = options.load();
        TokenSequence tokens = new TraceService().encode(model, options.text, "text");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ids", Arrays.stream(tokens.ids()).boxed().toList());
        out.put("tokens", tokens.labels());
        JsonOutput.print(out);
        return 0;
    }
}
