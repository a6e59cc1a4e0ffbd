package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.model.Transformer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a model folder as the Hugging Face Hub saves it (config.json, safetensors weights, tokenizer
 * files) and maps it onto the core through the family adapter its model_type names.
 */
public final class ModelLoader {
    private static final List<ModelFamily> FAMILIES = List.of(new Gpt2Family(), new BertFamily(), new BartFamily());

    private ModelLoader() {
    }

    /** The model_type values we open, for messages and the UI. */
    public static List<String> supportedTypes() {
        return FAMILIES.stream().flatMap(f -> f.modelTypes().stream()).toList();
    }

    /**
     * @throws InputException saying what is wrong with the folder and what to do
     */
    public static Checkpoint load(Path folder, LoadProgress progress) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder + " is not a folder; choose the folder that holds config.json and the weights");
        }
        ConfigValues config = ConfigValues.read(folder.resolve("config.json"));
        String type = config.string("model_type").orElseThrow(() -> new InputException(folder.resolve("config.json")
                + " has no \"model_type\"; Attention Studio opens " + String.join(", ", supportedTypes())));
        ModelFamily family = FAMILIES.stream().filter(f -> f.modelTypes().contains(type)).findFirst()
                .orElseThrow(() -> new InputException("model_type '" + type + "' is not supported; Attention Studio opens "
                        + String.join(", ", supportedTypes()) + " models"));
        try (TensorStore store = TensorStore.open(folder, progress)) {
            Checkpoint checkpoint = family.read(folder, config, store);
            // the core's own shape check, so a config and weights that disagree are refused here, not mid-forward
            new Transformer(type, checkpoint.config(), checkpoint.weights(), id -> "");
            return checkpoint;
        } catch (IllegalArgumentException e) {
            throw new InputException(folder + ": " + e.getMessage() + "; config.json and the weights do not belong together", e);
        }
    }
}
