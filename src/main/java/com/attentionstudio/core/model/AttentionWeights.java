package com.attentionstudio.core.model;

/**
 * One multi-head attention sub-layer: the four projections W_Q, W_K, W_V, W_O (all heads side by side,
 * head h owning columns h·dHead .. (h+1)·dHead − 1) and the layer norm that goes with it.
 */
public record AttentionWeights(Linear query, Linear key, Linear value, Linear output, NormWeights norm) {
}
