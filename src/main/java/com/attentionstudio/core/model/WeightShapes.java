package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.Architecture;
import java.util.List;
import java.util.Optional;

/** Checks once, before any forward pass, that every weight has the shape the config promises. */
final class WeightShapes {
    private WeightShapes() {
    }

    static void check(ModelConfig config, Weights weights) {
        Architecture arch = config.architecture();
        requirePresent("encoder", weights.encoder(), arch != Architecture.DECODER_ONLY);
        requirePresent("decoder", weights.decoder(), arch != Architecture.ENCODER_ONLY);
        weights.encoder().ifPresent(s -> stack(config, "encoder", s, config.encoderLayers(), false));
        weights.decoder().ifPresent(s -> stack(config, "decoder", s, config.decoderLayers(),
                arch == Architecture.ENCODER_DECODER));
        weights.lmHead().ifPresent(head -> {
            matrix("LM head output embedding", head.outputEmbedding(), config.vocabSize(), config.dModel());
            head.bias().ifPresent(b -> matrix("LM head bias", b, 1, config.vocabSize()));
            head.transform().ifPresent(t -> linear("LM head transform", t, config.dModel(), config.dModel()));
            head.transformNorm().ifPresent(n -> norm("LM head transform norm", n, config.dModel()));
        });
    }

    private static void stack(ModelConfig config, String side, StackWeights stack, int layers, boolean cross) {
        int d = config.dModel();
        EmbeddingWeights e = stack.embeddings();
        matrix(side + " token embeddings", e.tokens(), config.vocabSize(), d);
        e.positions().ifPresent(p -> {
            if (p.cols() != d || p.rows() < config.maxPositions() + config.positionOffset()) {
                throw new IllegalArgumentException(side + " position table should be at least ["
                        + (config.maxPositions() + config.positionOffset()) + ", " + d + "] but is " + p.shape());
            }
        });
        if (e.positions().isPresent() != (config.positions() == PositionScheme.LEARNED)) {
            throw new IllegalArgumentException(side + ": the config says " + config.positions()
                    + " positions but the weights " + (e.positions().isPresent() ? "have" : "lack") + " a position table");
        }
        e.tokenType().ifPresent(t -> matrix(side + " token type embedding", t, 1, d));
        e.norm().ifPresent(n -> norm(side + " embedding norm", n, d));
        stack.finalNorm().ifPresent(n -> norm(side + " final norm", n, d));
        List<LayerWeights> list = stack.layers();
        if (list.size() != layers) {
            throw new IllegalArgumentException("the config says " + layers + " " + side + " layers but the weights have " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            String at = side + " layer " + i;
            LayerWeights layer = list.get(i);
            attention(at + " self attention", layer.selfAttention(), d);
            if (layer.crossAttention().isPresent() != cross) {
                throw new IllegalArgumentException(at + (cross ? " lacks" : " has") + " cross attention weights");
            }
            layer.crossAttention().ifPresent(a -> attention(at + " cross attention", a, d));
            linear(at + " feed-forward W1", layer.feedForward().up(), d, config.dFF());
            linear(at + " feed-forward W2", layer.feedForward().down(), config.dFF(), d);
            norm(at + " feed-forward norm", layer.feedForward().norm(), d);
        }
    }

    private static void attention(String what, AttentionWeights a, int d) {
        linear(what + " query", a.query(), d, d);
        linear(what + " key", a.key(), d, d);
        linear(what + " value", a.value(), d, d);
        linear(what + " output", a.output(), d, d);
        norm(what + " norm", a.norm(), d);
    }

    private static void linear(String what, Linear linear, int in, int out) {
        if (linear.inFeatures() != in || linear.outFeatures() != out) {
            throw new IllegalArgumentException(what + " should map " + in + " to " + out + " features but its weight is "
                    + linear.weight().shape() + (linear.outByIn() ? " stored [out, in]" : " stored [in, out]"));
        }
    }

    private static void norm(String what, NormWeights norm, int d) {
        if (norm.size() != d) {
            throw new IllegalArgumentException(what + " should have " + d + " values but has " + norm.size());
        }
    }

    private static void matrix(String what, WeightMatrix m, int rows, int cols) {
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(what + " should be [" + rows + ", " + cols + "] but is " + m.shape());
        }
    }

    private static void requirePresent(String what, Optional<?> part, boolean wanted) {
        if (part.isPresent() != wanted) {
            throw new IllegalArgumentException(wanted ? "the weights lack the " + what : "the weights have an unexpected " + what);
        }
    }
}
