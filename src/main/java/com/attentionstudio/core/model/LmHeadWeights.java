package com.attentionstudio.core.model;

import java.util.Optional;

/**
 * The language-model head: logits = transform(h) · Eᵀ + bias.
 *
 * @param transform       BERT's dense layer before the output (followed by the activation and {@code transformNorm})
 * @param transformNorm   BERT's layer norm after that dense layer
 * @param outputEmbedding [vocab, dModel] usually the token embedding table itself (tied)
 * @param bias            [1, vocab] BERT's decoder bias, BART's final_logits_bias
 */
public record LmHeadWeights(Optional<Linear> transform, Optional<NormWeights> transformNorm,
                            WeightMatrix outputEmbedding, Optional<WeightMatrix> bias) {
}
