package com.attentionstudio.core.trace;

/**
 * How a head's raw and scaled scores follow from its query and key. The model hands its own arithmetic
 * to each {@link HeadTrace}, so scores recomputed on demand are bit for bit the ones its forward pass
 * fed to the softmax, without storing two [queries, keys] matrices per head for every head.
 */
public interface ScoreSteps {
    /** Q·Kᵀ: [queries, dHead] x [keys, dHead]ᵀ -> [queries, keys]. Arguments not modified. */
    Matrix scores(Matrix query, Matrix key);

    /** scores / √dHead, [queries, keys]. {@code scores} not modified. */
    Matrix scale(Matrix scores, int dHead);
}
