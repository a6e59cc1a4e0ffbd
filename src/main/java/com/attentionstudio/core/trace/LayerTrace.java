package com.attentionstudio.core.trace;

import java.util.Optional;

/** One encoder or decoder layer: self attention, cross attention (decoder of an encoder-decoder), feed-forward. */
public record LayerTrace(int index, AttentionTrace selfAttention, Optional<AttentionTrace> crossAttention,
                         FeedForwardTrace feedForward) {
    public LayerTrace {
        if (index < 0) {
            throw new IllegalArgumentException("layer index must be >= 0, got " + index);
        }
        Matrix expectedInput = crossAttention.map(AttentionTrace::output).orElse(selfAttention.output());
        if (!expectedInput.equals(feedForward.input())) {
            throw new IllegalArgumentException("layer " + index + ": the feed-forward must read the attention output");
        }
    }

    /** [seqLen, dModel] the hidden state this layer hands to the next. */
    public Matrix output() {
        return feedForward.output();
    }
}
