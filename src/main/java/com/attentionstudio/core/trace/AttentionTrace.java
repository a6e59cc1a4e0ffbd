package com.attentionstudio.core.trace;

import java.util.List;

/**
 * One multi-head attention sub-layer with its residual connection and layer norm.
 * Post-LN (the paper, BERT, BART): heads read {@code input}; output = LN(input + projected).
 * Pre-LN (GPT-2): heads read LN(input); output = input + projected.
 *
 * @param kind          encoder self, masked decoder self, or cross attention
 * @param input         [queries, dModel] what entered the sub-layer
 * @param queryInput    [queries, dModel] what the queries were computed from (input, or LN(input) for pre-LN)
 * @param keyValueInput [keys, dModel] what keys and values were computed from (the encoder output for cross)
 * @param heads         one trace per head
 * @param concat        [queries, dModel] head outputs side by side
 * @param projected     [queries, dModel] concat · W_O + b_O
 * @param residual      [queries, dModel] input + projected
 * @param output        [queries, dModel] what leaves the sub-layer
 */
public record AttentionTrace(AttentionKind kind, Matrix input, Matrix queryInput, Matrix keyValueInput,
                             List<HeadTrace> heads, Matrix concat, Matrix projected, Matrix residual,
                             Matrix output) {
    public AttentionTrace {
        heads = List.copyOf(heads);
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("an attention layer needs at least one head");
        }
        int queries = input.rows();
        int dModel = input.cols();
        int dHeadTotal = heads.stream().mapToInt(HeadTrace::dHead).sum();
        if (dHeadTotal != dModel) {
            throw new IllegalArgumentException("heads concatenate to " + dHeadTotal + " values but dModel is " + dModel);
        }
        for (HeadTrace head : heads) {
            HeadTrace.requireShape("head weights", head.weights(), queries, keyValueInput.rows());
        }
        HeadTrace.requireShape("query input", queryInput, queries, dModel);
        HeadTrace.requireShape("concat", concat, queries, dModel);
        HeadTrace.requireShape("projected", projected, queries, dModel);
        HeadTrace.requireShape("residual", residual, queries, dModel);
        HeadTrace.requireShape("attention output", output, queries, dModel);
    }

    public HeadTrace head(int index) {
        if (index < 0 || index >= heads.size()) {
            throw new IndexOutOfBoundsException("head " + index + " does not exist; this layer has " + heads.size());
        }
        return heads.get(index);
    }
}
