package com.attentionstudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 2-wide, one-head, one-layer model with identity projections, so every step can be worked out on paper:
 * E = [[1,0],[0,1]], sinusoidal PE, ids [0, 1] → x₀ = [1, 1], x₁ = [sin 1, 1 + cos 1].
 */
class HandComputedAttentionTest {
    private static final double X1A = Math.sin(1);
    private static final double X1B = 1 + Math.cos(1);

    @Test
    void everyStepOfOneHeadMatchesThePaperByHand() {
        ForwardTrace trace = model(Architecture.ENCODER_ONLY).forward(new TokenSequence(new int[] {0, 1}, List.of("a", "b")));
        HeadTrace head = trace.head(AttentionKind.ENCODER_SELF, 0, 0);

        assertThat(trace.encoder().orElseThrow().embeddings().sum().row(1))
                .usingComparatorWithPrecision(1e-6f).containsExactly((float) X1A, (float) X1B);
        // Q = K = V = x (identity projections, zero bias)
        assertThat(head.query().row(0)).containsExactly(1f, 1f);
        // scores = Q·Kᵀ: s₀₀ = 2, s₀₁ = sin 1 + 1 + cos 1, s₁₁ = sin²1 + (1 + cos 1)²
        double s01 = X1A + X1B;
        double s11 = X1A * X1A + X1B * X1B;
        assertThat(head.scores().get(0, 0)).isCloseTo(2f, within(1e-6f));
        assertThat(head.scores().get(0, 1)).isCloseTo((float) s01, within(1e-6f));
        assertThat(head.scores().get(1, 0)).isCloseTo((float) s01, within(1e-6f));
        assertThat(head.scores().get(1, 1)).isCloseTo((float) s11, within(1e-5f));
        // scaled by 1/√dHead = 1/√2
        assertThat(head.scaledScores().get(0, 1)).isCloseTo((float) (s01 / Math.sqrt(2)), within(1e-6f));
        // softmax of row 0: w₀₁ = 1 / (1 + e^((2 − s₀₁)/√2))
        double w01 = 1 / (1 + Math.exp((2 - s01) / Math.sqrt(2)));
        assertThat(head.weights().get(0, 1)).isCloseTo((float) w01, within(1e-6f));
        assertThat(head.weights().get(0, 0)).isCloseTo((float) (1 - w01), within(1e-6f));
        // output = weights · V
        assertThat(head.output().get(0, 0)).isCloseTo((float) ((1 - w01) * 1 + w01 * X1A), within(1e-6f));
        assertThat(head.output().get(0, 1)).isCloseTo((float) ((1 - w01) * 1 + w01 * X1B), within(1e-6f));
        assertThat(head.causal()).isFalse();
    }

    @Test
    void residualThenPostNormThenFeedForwardOfZeros() {
        ForwardTrace trace = model(Architecture.ENCODER_ONLY).forward(new TokenSequence(new int[] {0, 1}, List.of("a", "b")));
        var attention = trace.attention(AttentionKind.ENCODER_SELF, 0);
        // residual = x + head output (W_O = I); post-LN of a 2-vector [a, b] is [-1, 1] or [1, -1] by sign of b - a
        float a = attention.residual().get(0, 0);
        float b = attention.residual().get(0, 1);
        assertThat(a).isCloseTo(1f + attention.head(0).output().get(0, 0), within(1e-6f));
        assertThat(attention.output().row(0)).usingComparatorWithPrecision(1e-3f)
                .containsExactly(Math.signum(a - b), Math.signum(b - a));
        // zero feed-forward weights: FFN adds nothing, the layer norm of an already normalised row keeps it
        var ffn = trace.encoder().orElseThrow().layers().get(0).feedForward();
        assertThat(ffn.projected().row(0)).containsExactly(0f, 0f);
    }

    @Test
    void decoderSelfAttentionIsMaskedCausally() {
        ForwardTrace trace = model(Architecture.DECODER_ONLY).forward(new TokenSequence(new int[] {0, 1}, List.of("a", "b")));
        HeadTrace head = trace.head(AttentionKind.DECODER_SELF, 0, 0);
        assertThat(head.causal()).isTrue();
        assertThat(head.weights().row(0)).containsExactly(1f, 0f);
        assertThat(head.masked(0, 1)).isTrue();
        // the mask acts after scaling: the raw score of the future key is still recorded
        assertThat(head.scaledScores().get(0, 1)).isCloseTo((float) ((X1A + X1B) / Math.sqrt(2)), within(1e-6f));
    }

    /** Identity Q, K, V, O; γ = 1, β = 0; zero feed-forward. */
    static Transformer model(Architecture architecture) {
        int enc = architecture == Architecture.DECODER_ONLY ? 0 : 1;
        int dec = architecture == Architecture.ENCODER_ONLY ? 0 : 1;
        ModelConfig config = new ModelConfig(architecture, 2, 2, 1, 2, enc, dec, 8, NormPlacement.POST, Activation.RELU,
                PositionScheme.SINUSOIDAL, 0, 1f, 1e-12);
        WeightMatrix table = WeightMatrix.of(2, 2, new float[] {1, 0, 0, 1});
        StackWeights encoder = stack(table, false);
        StackWeights decoder = stack(table, architecture == Architecture.ENCODER_DECODER);
        return new Transformer("hand", config, new Weights(enc > 0 ? Optional.of(encoder) : Optional.empty(),
                dec > 0 ? Optional.of(decoder) : Optional.empty(), Optional.empty()), id -> "t" + id);
    }

    private static StackWeights stack(WeightMatrix table, boolean cross) {
        AttentionWeights attention = new AttentionWeights(identity(), identity(), identity(), identity(), unitNorm());
        FeedForwardWeights ffn = new FeedForwardWeights(zero(), zero(), unitNorm());
        LayerWeights layer = new LayerWeights(attention, cross ? Optional.of(attention) : Optional.empty(), ffn);
        return new StackWeights(new EmbeddingWeights(table, Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(layer), Optional.empty());
    }

    private static Linear identity() {
        return new Linear(WeightMatrix.of(2, 2, new float[] {1, 0, 0, 1}), Optional.of(WeightMatrix.vector(new float[2])), false);
    }

    private static Linear zero() {
        return new Linear(WeightMatrix.of(2, 2, new float[4]), Optional.empty(), true);
    }

    private static NormWeights unitNorm() {
        return new NormWeights(WeightMatrix.vector(new float[] {1, 1}), WeightMatrix.vector(new float[2]));
    }
}
