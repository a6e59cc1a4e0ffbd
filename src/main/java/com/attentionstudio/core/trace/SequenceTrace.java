package com.attentionstudio.core.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One token sequence through one layer stack (the encoder's source, or the decoder's target).
 *
 * @param tokens        the tokens as the vocabulary spells them ("Ġpizza"), one per id, as Hugging Face reports them
 * @param displayTokens the same tokens as a person reads them ("pizza"), for figures
 * @param ids           exactly the ids the model consumed, special tokens included
 * @param embeddings what entered the first layer
 * @param layers     every layer, in order
 * @param finalNorm  [seqLen, dModel] the last layer norm of pre-LN stacks (GPT-2's ln_f), when present
 */
public record SequenceTrace(List<String> tokens, List<String> displayTokens, int[] ids, EmbeddingTrace embeddings,
                            List<LayerTrace> layers, Optional<Matrix> finalNorm) {
    public SequenceTrace {
        tokens = List.copyOf(tokens);
        displayTokens = List.copyOf(displayTokens);
        if (displayTokens.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + displayTokens.size() + " display labels");
        }
        ids = ids.clone();
        layers = List.copyOf(layers);
        if (tokens.size() != ids.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + tokens.size() + " token labels");
        }
        if (embeddings.output().rows() != ids.length) {
            throw new IllegalArgumentException("embeddings have " + embeddings.output().rows()
                    + " positions but the sentence has " + ids.length + " tokens");
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).index() != i) {
                throw new IllegalArgumentException("layer " + i + " is labelled " + layers.get(i).index());
            }
            Matrix expected = i == 0 ? embeddings.output() : layers.get(i - 1).output();
            if (!expected.equals(layers.get(i).selfAttention().input())) {
                throw new IllegalArgumentException("layer " + i + " must read the previous layer's output");
            }
        }
    }

    /** A sequence whose tokens read well as they are. */
    public SequenceTrace(List<String> tokens, int[] ids, EmbeddingTrace embeddings, List<LayerTrace> layers,
                         Optional<Matrix> finalNorm) {
        this(tokens, tokens, ids, embeddings, layers, finalNorm);
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    public int length() {
        return ids.length;
    }

    /** [seqLen, dModel] the stack's last hidden state (after the final norm where there is one). */
    public Matrix output() {
        return finalNorm.orElse(layers.isEmpty() ? embeddings.output() : layers.get(layers.size() - 1).output());
    }

    /** [seqLen, dModel] the hidden state after {@code layer} layers: 0 is the embedding output. */
    public Matrix hiddenState(int layer) {
        if (layer < 0 || layer > layers.size()) {
            throw new IndexOutOfBoundsException("hidden state " + layer + " does not exist; 0.." + layers.size());
        }
        return layer == 0 ? embeddings.output() : layers.get(layer - 1).output();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceTrace s && s.tokens.equals(tokens) && s.displayTokens.equals(displayTokens) && Arrays.equals(s.ids, ids)
                && s.embeddings.equals(embeddings) && s.layers.equals(layers) && s.finalNorm.equals(finalNorm);
    }

    @Override
    public int hashCode() {
        return 31 * tokens.hashCode() + Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return "SequenceTrace" + tokens;
    }
}
