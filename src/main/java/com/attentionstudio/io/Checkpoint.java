package com.attentionstudio.io;

import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.Weights;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A model folder read and validated: the generic config and weights for the core, plus what the app
 * needs around them.
 *
 * @param folder      where it came from
 * @param modelType   config.json's model_type (gpt2, bert, bart, attention-studio)
 * @param description a paragraph for the user: what this model is and how it was made
 * @param generation  special ids for decoding and masking
 * @param warnings    one line per tensor holding NaN or infinity
 */
public record Checkpoint(Path folder, String modelType, ModelConfig config, Weights weights, String description,
                         Generation generation, List<String> warnings) {
    public Checkpoint {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param decoderStartId the first decoder input of encoder-decoder models
     * @param endId          the id that ends generation
     * @param maxLength      the longest output greedy decoding produces
     */
    public record Generation(OptionalInt decoderStartId, OptionalInt endId, int maxLength) {
    }
}
