package com.attentionstudio.ui;

import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.model.AttentionWeights;
import com.attentionstudio.core.model.EmbeddingWeights;
import com.attentionstudio.core.model.FeedForwardWeights;
import com.attentionstudio.core.model.LayerWeights;
import com.attentionstudio.core.model.Linear;
import com.attentionstudio.core.model.LmHeadWeights;
import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.NormPlacement;
import com.attentionstudio.core.model.NormWeights;
import com.attentionstudio.core.model.PositionScheme;
import com.attentionstudio.core.model.StackWeights;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.model.WeightMatrix;
import com.attentionstudio.core.model.Weights;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Small seeded random transformers with a word-level vocabulary, so ViewModel tests have real traces. */
public final class TestModels {
    public static final List<String> VOCABULARY = List.of("<unk>", "the", "pizza", "came", "out", "of", "oven",
            "and", "it", "tasted", "good", "squatch", "eats", "king", "man", "woman", "queen", "la", "est", "bonne");
    public static final int D_MODEL = 8;
    public static final int NUM_HEADS = 2;
    public static final int LAYERS = 2;

    private TestModels() {
    }

    public static Transformer model(Architecture architecture) {
        Random random = new Random(42);
        boolean encoder = architecture != Architecture.DECODER_ONLY;
        boolean decoder = architecture != Architecture.ENCODER_ONLY;
        ModelConfig config = new ModelConfig(architecture, VOCABULARY.size(), D_MODEL, NUM_HEADS, 16,
                encoder ? LAYERS : 0, decoder ? LAYERS : 0, 64,
                architecture == Architecture.DECODER_ONLY ? NormPlacement.PRE : NormPlacement.POST,
                Activation.GELU, architecture == Architecture.DECODER_ONLY ? PositionScheme.LEARNED : PositionScheme.SINUSOIDAL,
                0, 1f, 1e-5);
        Optional<StackWeights> encoderStack = encoder ? Optional.of(stack(random, config, false)) : Optional.empty();
        Optional<StackWeights> decoderStack = decoder
                ? Optional.of(stack(random, config, architecture == Architecture.ENCODER_DECODER)) : Optional.empty();
        WeightMatrix table = (decoderStack.isPresent() ? decoderStack : encoderStack).get().embeddings().tokens();
        LmHeadWeights head = new LmHeadWeights(Optional.empty(), Optional.empty(), table, Optional.empty());
        return new Transformer("test-" + architecture.label(), config, new Weights(encoderStack, decoderStack, Optional.of(head)),
                VOCABULARY::get);
    }

    /** One token per whitespace-separated word; unknown words become {@code <unk>}. */
    public static TokenSequence tokens(String text) {
        String[] words = text.trim().toLowerCase().split("\\s+");
        int[] ids = Arrays.stream(words).mapToInt(w -> Math.max(0, VOCABULARY.indexOf(w))).toArray();
        return new TokenSequence(ids, List.of(words));
    }

    public static ForwardTrace trace(Architecture architecture, String text) {
        Transformer model = model(architecture);
        return architecture == Architecture.ENCODER_DECODER
                ? model.forward(tokens(text), tokens("la pizza est bonne"))
                : model.forward(tokens(text));
    }

    private static StackWeights stack(Random random, ModelConfig config, boolean cross) {
        int d = config.dModel();
        Optional<WeightMatrix> positions = config.positions() == PositionScheme.LEARNED
                ? Optional.of(random(random, config.maxPositions(), d, 0.5f)) : Optional.empty();
        EmbeddingWeights embeddings = new EmbeddingWeights(random(random, config.vocabSize(), d, 1f), positions,
                Optional.empty(), Optional.empty());
        List<LayerWeights> layers = new ArrayList<>();
        for (int i = 0; i < LAYERS; i++) {
            layers.add(new LayerWeights(attention(random, d),
                    cross ? Optional.of(attention(random, d)) : Optional.empty(),
                    new FeedForwardWeights(linear(random, d, config.dFF()), linear(random, config.dFF(), d), norm(d))));
        }
        Optional<NormWeights> finalNorm = config.norm() == NormPlacement.PRE ? Optional.of(norm(d)) : Optional.empty();
        return new StackWeights(embeddings, layers, finalNorm);
    }

    private static AttentionWeights attention(Random random, int d) {
        return new AttentionWeights(linear(random, d, d), linear(random, d, d), linear(random, d, d), linear(random, d, d), norm(d));
    }

    private static Linear linear(Random random, int in, int out) {
        return new Linear(random(random, in, out, 0.6f), Optional.of(random(random, 1, out, 0.1f)), false);
    }

    private static NormWeights norm(int d) {
        float[] ones = new float[d];
        Arrays.fill(ones, 1f);
        return new NormWeights(WeightMatrix.vector(ones), WeightMatrix.vector(new float[d]));
    }

    private static WeightMatrix random(Random random, int rows, int cols, float spread) {
        float[] values = new float[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * spread;
        }
        return WeightMatrix.of(rows, cols, values);
    }
}
