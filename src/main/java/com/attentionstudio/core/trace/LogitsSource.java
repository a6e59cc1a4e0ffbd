package com.attentionstudio.core.trace;

/**
 * Next-token scores of a model with a language-model head. Computed on demand, row by row: a full
 * [seqLen, vocab] matrix for GPT-2 over 1024 tokens would be 200 MB that no view needs at once.
 */
public interface LogitsSource {
    int vocabSize();

    /** The logits predicting the token after {@code position}, one per vocabulary entry. */
    float[] logits(int position);

    /** The display label of vocabulary entry {@code id}. */
    String label(int id);
}
