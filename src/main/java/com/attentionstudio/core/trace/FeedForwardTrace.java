package com.attentionstudio.core.trace;

/**
 * The position-wise feed-forward sub-layer (§3.3): FFN(x) = act(x·W₁ + b₁)·W₂ + b₂, with its residual
 * and layer norm placed as in {@link AttentionTrace}.
 *
 * @param input      [seqLen, dModel]
 * @param normedInput [seqLen, dModel] what W₁ read (input, or LN(input) for pre-LN)
 * @param hidden     [seqLen, dFF] before the activation
 * @param activated  [seqLen, dFF] after it
 * @param projected  [seqLen, dModel] activated · W₂ + b₂
 * @param residual   [seqLen, dModel] input + projected
 * @param output     [seqLen, dModel] what leaves the layer
 */
public record FeedForwardTrace(Matrix input, Matrix normedInput, Matrix hidden, Matrix activated,
                               Matrix projected, Matrix residual, Matrix output) {
    public FeedForwardTrace {
        int seqLen = input.rows();
        int dModel = input.cols();
        HeadTrace.requireShape("feed-forward normed input", normedInput, seqLen, dModel);
        HeadTrace.requireShape("feed-forward activation", activated, seqLen, hidden.cols());
        HeadTrace.requireShape("feed-forward hidden", hidden, seqLen, hidden.cols());
        HeadTrace.requireShape("feed-forward projection", projected, seqLen, dModel);
        HeadTrace.requireShape("feed-forward residual", residual, seqLen, dModel);
        HeadTrace.requireShape("feed-forward output", output, seqLen, dModel);
    }
}
