package com.attentionstudio.core.model;

import java.util.List;
import java.util.Optional;

/** An encoder or a decoder: its embeddings, its layers and, for pre-LN stacks, a final layer norm. */
public record StackWeights(EmbeddingWeights embeddings, List<LayerWeights> layers, Optional<NormWeights> finalNorm) {
    public StackWeights {
        layers = List.copyOf(layers);
    }
}
