package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.EmbeddingTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.LayerTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.SequenceTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.ejml.data.FMatrixRMaj;

/**
 * The one generic transformer: encoder-only, decoder-only or encoder-decoder, as its {@link ModelConfig}
 * says. {@code forward} reads as the paper: embed, then each layer's attention and feed-forward, and
 * records every intermediate in a {@link ForwardTrace}. Immutable and safe to share between threads.
 */
public final class Transformer {
    private final String name;
    private final ModelConfig config;
    private final Weights weights;
    private final IntFunction<String> vocabularyLabel;

    /**
     * @param vocabularyLabel the display label of a vocabulary id, for the next-token lists
     * @throws IllegalArgumentException naming the first weight whose shape disagrees with {@code config}
     */
    public Transformer(String name, ModelConfig config, Weights weights, IntFunction<String> vocabularyLabel) {
        WeightShapes.check(config, weights);
        this.name = name;
        this.config = config;
        this.weights = weights;
        this.vocabularyLabel = vocabularyLabel;
    }

    public String name() {
        return name;
    }

    public ModelConfig config() {
        return config;
    }

    public Weights weights() {
        return weights;
    }

    /** Encoder-only or decoder-only models: one sequence. */
    public ForwardTrace forward(TokenSequence tokens) {
        return switch (config.architecture()) {
            case ENCODER_ONLY -> {
                SequenceTrace encoder = runStack(weights.encoder().orElseThrow(), tokens, AttentionKind.ENCODER_SELF, Optional.empty());
                yield new ForwardTrace(name, Architecture.ENCODER_ONLY, Optional.of(encoder), Optional.empty(), logits(encoder));
            }
            case DECODER_ONLY -> {
                SequenceTrace decoder = runStack(weights.decoder().orElseThrow(), tokens, AttentionKind.DECODER_SELF, Optional.empty());
                yield new ForwardTrace(name, Architecture.DECODER_ONLY, Optional.empty(), Optional.of(decoder), logits(decoder));
            }
            case ENCODER_DECODER -> throw new IllegalArgumentException("an encoder-decoder model needs a source and a target");
        };
    }

    /** Encoder-decoder models: the source through the encoder, the target (teacher forcing) through the decoder. */
    public ForwardTrace forward(TokenSequence source, TokenSequence target) {
        return decode(encode(source), target);
    }

    /** Encoder-decoder models: the source through the encoder only, to decode several targets against. */
    public SequenceTrace encode(TokenSequence source) {
        requireEncoderDecoder();
        return runStack(weights.encoder().orElseThrow(), source, AttentionKind.ENCODER_SELF, Optional.empty());
    }

    /**
     * Encoder-decoder models: {@code target} through the decoder against an encoder trace this model made, as when
     * a model writes its output token by token and the source does not change.
     */
    public ForwardTrace decode(SequenceTrace encoder, TokenSequence target) {
        requireEncoderDecoder();
        Optional<Matrix> memory = Optional.of(encoder.output()); // [sourceLen, dModel]
        SequenceTrace decoder = runStack(weights.decoder().orElseThrow(), target, AttentionKind.DECODER_SELF, memory);
        return new ForwardTrace(name, Architecture.ENCODER_DECODER, Optional.of(encoder), Optional.of(decoder), logits(decoder));
    }

    private void requireEncoderDecoder() {
        if (config.architecture() != Architecture.ENCODER_DECODER) {
            throw new IllegalArgumentException("a " + config.architecture().label() + " model reads one sequence");
        }
    }

    /** Embeddings, then N × (self attention, [cross attention], feed-forward), then the final norm if any. */
    private SequenceTrace runStack(StackWeights stack, TokenSequence tokens, AttentionKind selfKind, Optional<Matrix> memory) {
        EmbeddingTrace embeddings = new Embedding(config, stack.embeddings()).embed(tokens.ids());
        Matrix x = embeddings.output(); // [seqLen, dModel]
        List<LayerTrace> layers = new ArrayList<>(stack.layers().size());
        for (int i = 0; i < stack.layers().size(); i++) {
            LayerWeights layer = stack.layers().get(i);
            AttentionTrace self = new MultiHeadAttention(config, layer.selfAttention(), selfKind).apply(x, Optional.empty());
            Optional<AttentionTrace> cross = layer.crossAttention().map(w -> new MultiHeadAttention(config, w, AttentionKind.CROSS)
                    .apply(self.output(), memory));
            Matrix ffnInput = cross.map(AttentionTrace::output).orElse(self.output());
            LayerTrace trace = new LayerTrace(i, self, cross, new FeedForward(config, layer.feedForward()).apply(ffnInput));
            layers.add(trace);
            x = trace.output();
        }
        FMatrixRMaj last = TraceData.ejml(x);
        Optional<Matrix> finalNorm = stack.finalNorm().map(n -> TraceValues.of(n.apply(last, config.layerNormEpsilon())));
        return new SequenceTrace(tokens.labels(), tokens.display(), tokens.ids(), embeddings, layers, finalNorm);
    }

    private Optional<com.attentionstudio.core.trace.LogitsSource> logits(SequenceTrace sequence) {
        return weights.lmHead().map(head -> new LanguageModelHead(config, head, sequence.output(), vocabularyLabel));
    }
}
