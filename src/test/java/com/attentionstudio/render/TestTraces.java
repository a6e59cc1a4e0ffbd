package com.attentionstudio.render;

import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.NormPlacement;
import com.attentionstudio.core.model.PositionScheme;
import com.attentionstudio.core.model.RandomWeights;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.ArrayList;
import java.util.List;

/** Traces of small seeded random models, for figure and export tests. */
public final class TestTraces {
    /** The lesson sentence, 12 tokens. */
    public static final List<String> SENTENCE = List.of("the", "pizza", "came", "out", "of", "the", "oven", "and", "it",
            "tasted", "good", ".");

    private TestTraces() {
    }

    /** A GPT-2-shaped model (pre-LN, learned positions, causal) reading the 12-token lesson sentence. */
    public static ForwardTrace decoderOnly() {
        return decoderOnlyModel().forward(sequence(SENTENCE));
    }

    public static Transformer decoderOnlyModel() {
        return model(Architecture.DECODER_ONLY, NormPlacement.PRE, PositionScheme.LEARNED, 64, 7);
    }

    /** The model's embedding table with labels "v0", "v1", …, as the window would pass it for neighbours. */
    public static NearestNeighbours vocabulary(Transformer model) {
        StackWeights stack = model.weights().decoder().or(() -> model.weights().encoder()).orElseThrow();
        Matrix table = stack.embeddings().tokens().toMatrix();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < table.rows(); i++) {
            labels.add("v" + i);
        }
        return new NearestNeighbours(table, labels);
    }

    /** The learned position table of {@link #decoderOnlyModel()}. */
    public static Matrix positionTable(Transformer model) {
        return model.weights().decoder().orElseThrow().embeddings().positions().orElseThrow().toMatrix();
    }

    /** A BERT-shaped model (post-LN, sinusoidal positions) reading the lesson sentence. */
    public static ForwardTrace encoderOnly() {
        return model(Architecture.ENCODER_ONLY, NormPlacement.POST, PositionScheme.SINUSOIDAL, 64, 8).forward(sequence(SENTENCE));
    }

    /** The original Transformer's shape translating "Squatch eats pizza". */
    public static ForwardTrace encoderDecoder() {
        Transformer model = model(Architecture.ENCODER_DECODER, NormPlacement.POST, PositionScheme.SINUSOIDAL, 64, 9);
        return model.forward(sequence(List.of("Squatch", "eats", "pizza", "</s>")),
                sequence(List.of("<s>", "Squatch", "mange", "la", "pizza")));
    }

    /** A decoder-only model over {@code length} tokens "w0", "w1", … for long-input tests. */
    public static ForwardTrace longDecoderOnly(int length) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            words.add("w" + i);
        }
        return model(Architecture.DECODER_ONLY, NormPlacement.PRE, PositionScheme.SINUSOIDAL, Math.max(64, length), 10)
                .forward(sequence(words));
    }

    /** Labels map to ids by a stable hash, so the same word always gets the same embedding row. */
    public static TokenSequence sequence(List<String> words) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Math.floorMod(words.get(i).hashCode(), VOCAB);
        }
        return new TokenSequence(ids, words);
    }

    static final int VOCAB = 97;

    static Transformer model(Architecture architecture, NormPlacement norm, PositionScheme positions, int maxPositions, long seed) {
        int layers = 2;
        ModelConfig config = new ModelConfig(architecture, VOCAB, 16, 4, 32,
                architecture == Architecture.DECODER_ONLY ? 0 : layers, architecture == Architecture.ENCODER_ONLY ? 0 : layers,
                maxPositions, norm, Activation.GELU, positions, 0, 1f, 1e-5);
        return new Transformer("random-" + architecture.label(), config, new RandomWeights(seed, 0.6f).weights(config),
                id -> "v" + id);
    }
}
