package com.attentionstudio.core.model;

/** The position-wise feed-forward sub-layer: W₁ [dModel → dFF], W₂ [dFF → dModel] and its layer norm. */
public record FeedForwardWeights(Linear up, Linear down, NormWeights norm) {
}
