package com.attentionstudio.core.model;

import java.util.Optional;

/**
 * What turns ids into the first layer's input.
 *
 * @param tokens    [vocab, dModel] the embedding table
 * @param positions [positions, dModel] a learned position table; empty for sinusoidal encodings
 * @param tokenType [1, dModel] BERT's segment-0 row, added to every position
 * @param norm      the embedding layer norm (BERT, BART)
 */
public record EmbeddingWeights(WeightMatrix tokens, Optional<WeightMatrix> positions, Optional<WeightMatrix> tokenType,
                               Optional<NormWeights> norm) {
}
