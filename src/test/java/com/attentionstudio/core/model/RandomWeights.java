package com.attentionstudio.core.model;

import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.trace.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random models of any shape, for tests that need a real trace without a checkpoint. */
public final class RandomWeights {
    private final Random random;
    private final float spread;

    public RandomWeights(long seed, float spread) {
        this.random = new Random(seed);
        this.spread = spread;
    }

    public static ModelConfig config(Architecture architecture, int vocab, int dModel, int heads, int layers, NormPlacement norm,
                                     PositionScheme positions) {
        int enc = architecture == Architecture.DECODER_ONLY ? 0 : layers;
        int dec = architecture == Architecture.ENCODER_ONLY ? 0 : layers;
        return new ModelConfig(architecture, vocab, dModel, heads, 2 * dModel, enc, dec, 32, norm, Activation.GELU,
                positions, 0, 1f, 1e-5);
    }

    /** A ready model whose vocabulary labels are "t0", "t1", ... */
    public static Transformer transformer(ModelConfig config, long seed) {
        return new Transformer("random-" + seed, config, new RandomWeights(seed, 0.5f).weights(config), id -> "t" + id);
    }

    public Weights weights(ModelConfig c) {
        WeightMatrix tokens = matrix(c.vocabSize(), c.dModel());
        Optional<StackWeights> encoder = c.encoderLayers() == 0 ? Optional.empty()
                : Optional.of(stack(c, tokens, c.encoderLayers(), false));
        Optional<StackWeights> decoder = c.decoderLayers() == 0 ? Optional.empty()
                : Optional.of(stack(c, tokens, c.decoderLayers(), c.architecture() == Architecture.ENCODER_DECODER));
        return new Weights(encoder, decoder, Optional.of(new LmHeadWeights(Optional.empty(), Optional.empty(), tokens, Optional.empty())));
    }

    private StackWeights stack(ModelConfig c, WeightMatrix tokens, int layers, boolean cross) {
        Optional<WeightMatrix> positions = c.positions() == PositionScheme.LEARNED
                ? Optional.of(matrix(c.maxPositions() + c.positionOffset(), c.dModel())) : Optional.empty();
        List<LayerWeights> list = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            list.add(new LayerWeights(attention(c), cross ? Optional.of(attention(c)) : Optional.empty(),
                    new FeedForwardWeights(linear(c.dModel(), c.dFF()), linear(c.dFF(), c.dModel()), norm(c.dModel()))));
        }
        Optional<NormWeights> finalNorm = c.norm() == NormPlacement.PRE ? Optional.of(norm(c.dModel())) : Optional.empty();
        return new StackWeights(new EmbeddingWeights(tokens, positions, Optional.empty(), Optional.empty()), list, finalNorm);
    }

    private AttentionWeights attention(ModelConfig c) {
        int d = c.dModel();
        return new AttentionWeights(linear(d, d), linear(d, d), linear(d, d), linear(d, d), norm(d));
    }

    private Linear linear(int in, int out) {
        return new Linear(matrix(in, out), Optional.of(matrix(1, out)), false);
    }

    private NormWeights norm(int d) {
        float[] gamma = new float[d];
        for (int i = 0; i < d; i++) {
            gamma[i] = 1f + spread * 0.2f * (float) random.nextGaussian();
        }
        return new NormWeights(WeightMatrix.vector(gamma), matrix(1, d));
    }

    private WeightMatrix matrix(int rows, int cols) {
        float[] data = new float[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = spread * (float) random.nextGaussian();
        }
        return WeightMatrix.of(rows, cols, data);
    }
}
