package com.attentionstudio.core.trace;

/** The three shapes of "Attention Is All You Need" that the one core runs. */
public enum Architecture {
    /** BERT: every token attends to every token. */
    ENCODER_ONLY("encoder-only"),
    /** GPT-2: each token attends to itself and the tokens before it. */
    DECODER_ONLY("decoder-only"),
    /** The original Transformer, BART: an encoder, and a decoder that also attends to the encoder's output. */
    ENCODER_DECODER("encoder-decoder");

    private final String label;

    Architecture(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
