package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import picocli.CommandLine.Option;

/** --model and --text, shared by the commands that run a model. */
final class ModelOptions {
    @Option(names = "--model", paramLabel = "DIR|builtin", defaultValue = ModelService.BUILTIN,
            description = "a model folder (config.json + *.safetensors + tokenizer files), or 'builtin' (default)")
    String model;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "the sentence to read")
    String text;

    /** Loads the model; each weight tensor holding NaN or infinity is named in a warning on stderr. */
    LoadedModel load() {
        return load(model);
    }

    /** Loads {@code spec} ("builtin" or a folder); warns on stderr about each NaN/Inf weight tensor. */
    LoadedModel load(String spec) {
        LoadedModel loaded = new ModelService().load(spec);
        loaded.warnings().forEach(w -> System.err.println("warning: " + w));
        return loaded;
    }
}
