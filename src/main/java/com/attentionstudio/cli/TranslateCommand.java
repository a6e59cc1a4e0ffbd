package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.app.UnknownWords;
import com.attentionstudio.tokenize.Encoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Greedy translation by an encoder-decoder model (the built-in English→French model by default).")
final class TranslateCommand implements Callable<Integer> {
    @Mixin
    ModelOptions options;

    @Override
    public Integer call() throws Exception {
        LoadedModel model = options.load();
        if (model.transformer().config().architecture() != Architecture.ENCODER_DECODER) {
            throw new InputException(model.name() + " is " + model.transformer().config().architecture().label()
                    + "; translate needs an encoder-decoder model such as the built-in one (--model builtin)");
        }
        Encoding encoding = model.tokenizer().encode(options.text);
        ForwardTrace trace = new TraceService().trace(model, options.text, Optional.empty());
        int[] generated = TraceService.generatedIds(trace);
        List<String> targetTokens = new ArrayList<>();
        for (int id : generated) {
            targetTokens.add(model.tokenizer().tokenOf(id));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("translation", model.tokenizer().decode(generated));
        out.put("source_tokens", trace.encoder().orElseThrow().tokens());
        out.put("target_tokens", targetTokens);
        if (encoding.unknownCount() > 0) {
            List<String> unknown = UnknownWords.of(options.text, model.tokenizer());
            out.put("unknown_words", unknown);
            System.err.println("warning: " + encoding.unknownCount() + " word(s) are not in the model's vocabulary and"
                    + " were read as [UNK]: " + String.join(", ", unknown));
        }
        JsonOutput.print(out);
        return 0;
    }
}
