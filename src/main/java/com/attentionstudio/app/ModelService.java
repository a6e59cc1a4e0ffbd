package com.attentionstudio.app;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.io.Checkpoint;
import com.attentionstudio.io.LoadProgress;
import com.attentionstudio.io.ModelLoader;
import com.attentionstudio.tokenize.Tokenizer;
import com.attentionstudio.tokenize.TokenizerFiles;
import com.attentionstudio.tokenize.TokenizerKind;
import java.nio.file.Path;
import java.util.Optional;

/** Loads model folders, the built-in model among them, into ready-to-run {@link LoadedModel}s. */
public final class ModelService {
    /** What the CLI's --model accepts for the built-in model. */
    public static final String BUILTIN = "builtin";
    private final BuiltinModels builtins;

    public ModelService() {
        this(new BuiltinModels());
    }

    public ModelService(BuiltinModels builtins) {
        this.builtins = builtins;
    }

    /** "builtin" or a folder path, without progress reports. */
    public LoadedModel load(String spec) {
        return load(spec, LoadProgress.NONE);
    }

    /** "builtin" or a folder path. */
    public LoadedModel load(String spec, LoadProgress progress) {
        return BUILTIN.equalsIgnoreCase(spec) ? loadBuiltin(progress) : loadFolder(Path.of(spec), progress);
    }

    public LoadedModel loadBuiltin(LoadProgress progress) {
        return load(builtins.folder(), BuiltinModels.NAME, false, progress);
    }

    /**
     * @throws InputException with the engine's message when the folder cannot be opened
     */
    public LoadedModel loadFolder(Path folder, LoadProgress progress) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return load(folder, name, true, progress);
    }

    /** @param userFolder whether the user chose the folder (the built-in one is not theirs to show or remember) */
    private static LoadedModel load(Path folder, String name, boolean userFolder, LoadProgress progress) {
        Checkpoint checkpoint = ModelLoader.load(folder, progress);
        Tokenizer tokenizer = TokenizerFiles.load(folder, TokenizerKind.ofModelType(checkpoint.modelType()));
        if (tokenizer.vocabSize() > checkpoint.config().vocabSize()) {
            throw new InputException("the tokenizer knows " + tokenizer.vocabSize() + " tokens but the model only "
                    + checkpoint.config().vocabSize() + "; the tokenizer files in " + folder + " belong to another model");
        }
        Transformer transformer = new Transformer(name, checkpoint.config(), checkpoint.weights(), tokenizer::displayOf);
        return new LoadedModel(name, checkpoint.description(), userFolder ? Optional.of(folder) : Optional.empty(),
                transformer, tokenizer, checkpoint);
    }
}
