package com.attentionstudio.core.model;

import java.util.Optional;

/** One encoder or decoder layer; {@code crossAttention} only in the decoder of an encoder-decoder model. */
public record LayerWeights(AttentionWeights selfAttention, Optional<AttentionWeights> crossAttention,
                           FeedForwardWeights feedForward) {
}
