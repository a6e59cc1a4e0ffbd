package com.attentionstudio.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * Everything one forward pass computed, immutable and validated when built. Views, exporters and the
 * CLI read only this; they never call the model.
 *
 * @param modelName    what the user loaded ("gpt2-tiny", "built-in English→French")
 * @param architecture encoder-only, decoder-only or encoder-decoder
 * @param encoder      the source sequence through the encoder (encoder-only and encoder-decoder)
 * @param decoder      the target sequence through the decoder (decoder-only and encoder-decoder)
 * @param logits       next-token scores over the decoder (or the encoder for a masked-LM head)
 */
public record ForwardTrace(String modelName, Architecture architecture, Optional<SequenceTrace> encoder,
                           Optional<SequenceTrace> decoder, Optional<LogitsSource> logits) {
    public ForwardTrace {
        boolean wantsEncoder = architecture != Architecture.DECODER_ONLY;
        boolean wantsDecoder = architecture != Architecture.ENCODER_ONLY;
        if (encoder.isPresent() != wantsEncoder || decoder.isPresent() != wantsDecoder) {
            throw new IllegalArgumentException("a " + architecture.label() + " trace needs "
                    + (wantsEncoder ? "an encoder" : "no encoder") + " and " + (wantsDecoder ? "a decoder" : "no decoder"));
        }
        boolean hasCross = decoder.map(d -> d.layers().stream().anyMatch(l -> l.crossAttention().isPresent()))
                .orElse(false);
        if (hasCross != (architecture == Architecture.ENCODER_DECODER)) {
            throw new IllegalArgumentException("cross attention belongs to encoder-decoder models only");
        }
    }

    /** The attention kinds this model has, in the order the UI lists them. */
    public List<AttentionKind> kinds() {
        return switch (architecture) {
            case ENCODER_ONLY -> List.of(AttentionKind.ENCODER_SELF);
            case DECODER_ONLY -> List.of(AttentionKind.DECODER_SELF);
            case ENCODER_DECODER -> List.of(AttentionKind.ENCODER_SELF, AttentionKind.DECODER_SELF, AttentionKind.CROSS);
        };
    }

    /** The sequence whose tokens ask (rows of the attention matrix) for {@code kind}. */
    public SequenceTrace querySequence(AttentionKind kind) {
        return (kind == AttentionKind.ENCODER_SELF ? encoder : decoder)
                .orElseThrow(() -> missing(kind));
    }

    /** The sequence whose tokens are attended to (columns) for {@code kind}. */
    public SequenceTrace keySequence(AttentionKind kind) {
        return (kind == AttentionKind.DECODER_SELF ? decoder : encoder).orElseThrow(() -> missing(kind));
    }

    public int layerCount(AttentionKind kind) {
        return querySequence(kind).layers().size();
    }

    public int headCount(AttentionKind kind) {
        return attention(kind, 0).heads().size();
    }

    /** One attention sub-layer of {@code kind}. */
    public AttentionTrace attention(AttentionKind kind, int layer) {
        SequenceTrace sequence = querySequence(kind);
        if (layer < 0 || layer >= sequence.layers().size()) {
            throw new IndexOutOfBoundsException("layer " + layer + " does not exist; the " + kind.label()
                    + " has layers 0.." + (sequence.layers().size() - 1));
        }
        LayerTrace trace = sequence.layers().get(layer);
        return kind == AttentionKind.CROSS ? trace.crossAttention().orElseThrow(() -> missing(kind)) : trace.selfAttention();
    }

    public HeadTrace head(AttentionKind kind, int layer, int head) {
        return attention(kind, layer).head(head);
    }

    private IllegalArgumentException missing(AttentionKind kind) {
        return new IllegalArgumentException("a " + architecture.label() + " model has no " + kind.label());
    }
}
