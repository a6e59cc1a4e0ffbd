package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The trainer's forward pass and the app's inference {@link Transformer} compute the same attention and
 * logits from the same float32 weights, so what the app shows is what was trained.
 */
class InferenceParityTest {
    private static final TransformerDims DIMS = new TransformerDims(11, 16, 4, 24, 2, 2, 64, 1e-5);

    @Test
    void trainerAndInferenceForwardsAgree() {
        TranslationModel model = new TranslationModel(DIMS, 0.1, 1.0, HeadSupervision.NONE, 9);
        FiniteDifference.randomize(model.params(), new Random(4), 0.5);
        Map<String, float[]> tensors = TrainedModel.floatTensors(model);
        for (Param p : model.params()) { // the trainer runs on exactly the rounded weights the app loads
            float[] rounded = tensors.get(p.name());
            for (int i = 0; i < rounded.length; i++) {
                p.value().data[i] = rounded[i];
            }
        }
        int[] source = {4, 9, 5, 10, 6};
        int[] decoderInput = {Vocabulary.BOS_ID, 7, 8, 5};
        Transformer transformer = new Transformer("parity", config(), weights(tensors), id -> "w" + id);
        ForwardTrace trace = transformer.forward(sequence(source), sequence(decoderInput));

        Segments src = Segments.ofLengths(source.length);
        Segments tgt = Segments.ofLengths(decoderInput.length);
        List<EncoderLayer.Output> enc = model.encode(source, src);
        List<DecoderLayer.Output> dec = model.decode(decoderInput, tgt, enc.get(1).y(), src);
        for (int l = 0; l < 2; l++) {
            for (int h = 0; h < 4; h++) {
                assertSame(trace.head(AttentionKind.ENCODER_SELF, l, h).weights().toRows(), enc.get(l).attention().weights()[0][h]);
                assertSame(trace.head(AttentionKind.DECODER_SELF, l, h).weights().toRows(), dec.get(l).selfAttention().weights()[0][h]);
                assertSame(trace.head(AttentionKind.CROSS, l, h).weights().toRows(), dec.get(l).crossAttention().weights()[0][h]);
            }
        }
        var logits = model.logits(dec.get(1).y()); // [tgtLen, V]
        for (int row = 0; row < decoderInput.length; row++) {
            float[] appRow = trace.logits().orElseThrow().logits(row);
            for (int v = 0; v < DIMS.vocabSize(); v++) {
                assertThat((double) appRow[v]).isCloseTo(logits.get(row, v), Offset.offset(1e-4));
            }
        }
    }

    private static void assertSame(float[][] app, org.ejml.data.DMatrixRMaj trainer) {
        for (int i = 0; i < app.length; i++) {
            for (int j = 0; j < app[i].length; j++) {
                assertThat((double) app[i][j]).isCloseTo(trainer.get(i, j), Offset.offset(1e-5));
            }
        }
    }

    private static TokenSequence sequence(int[] ids) {
        List<String> labels = new ArrayList<>();
        for (int id : ids) {
            labels.add("w" + id);
        }
        return new TokenSequence(ids, labels);
    }

    private static ModelConfig config() {
        return new ModelConfig(Architecture.ENCODER_DECODER, DIMS.vocabSize(), DIMS.dModel(), DIMS.numHeads(),
                DIMS.dFeedForward(), 2, 2, 64, NormPlacement.POST, Activation.RELU, PositionScheme.SINUSOIDAL, 0,
                (float) Math.sqrt(DIMS.dModel()), DIMS.layerNormEps());
    }

    private static Weights weights(Map<String, float[]> t) {
        WeightMatrix shared = WeightMatrix.of(DIMS.vocabSize(), DIMS.dModel(), t.get("shared.weight"));
        EmbeddingWeights embeddings = new EmbeddingWeights(shared, Optional.empty(), Optional.empty(), Optional.empty());
        List<LayerWeights> encoder = new ArrayList<>();
        List<LayerWeights> decoder = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String e = "encoder.layers." + i + ".";
            encoder.add(new LayerWeights(attention(t, e + "self_attn", e + "self_attn_layer_norm"), Optional.empty(), ffn(t, e)));
            String d = "decoder.layers." + i + ".";
            decoder.add(new LayerWeights(attention(t, d + "self_attn", d + "self_attn_layer_norm"),
                    Optional.of(attention(t, d + "encoder_attn", d + "encoder_attn_layer_norm")), ffn(t, d)));
        }
        return new Weights(Optional.of(new StackWeights(embeddings, encoder, Optional.empty())),
                Optional.of(new StackWeights(embeddings, decoder, Optional.empty())),
                Optional.of(new LmHeadWeights(Optional.empty(), Optional.empty(), shared, Optional.empty())));
    }

    private static AttentionWeights attention(Map<String, float[]> t, String prefix, String norm) {
        return new AttentionWeights(linear(t, prefix + ".q_proj", 16, 16), linear(t, prefix + ".k_proj", 16, 16),
                linear(t, prefix + ".v_proj", 16, 16), linear(t, prefix + ".out_proj", 16, 16), norm(t, norm));
    }

    private static FeedForwardWeights ffn(Map<String, float[]> t, String prefix) {
        return new FeedForwardWeights(linear(t, prefix + "fc1", 24, 16), linear(t, prefix + "fc2", 16, 24),
                norm(t, prefix + "final_layer_norm"));
    }

    private static Linear linear(Map<String, float[]> t, String name, int out, int in) {
        return new Linear(WeightMatrix.of(out, in, t.get(name + ".weight")),
                Optional.of(WeightMatrix.vector(t.get(name + ".bias"))), true);
    }

    private static NormWeights norm(Map<String, float[]> t, String name) {
        return new NormWeights(WeightMatrix.vector(t.get(name + ".weight")), WeightMatrix.vector(t.get(name + ".bias")));
    }
}
