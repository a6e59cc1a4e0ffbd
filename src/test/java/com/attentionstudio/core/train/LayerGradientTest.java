package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Each layer's backward against central finite differences of Σ y ⊙ probe, in double precision. */
class LayerGradientTest {
    private final Random random = new Random(7);
    private final Segments two = Segments.ofLengths(3, 4);

    @Test
    void linear() {
        Linear linear = new Linear("lin", 5, 3, random);
        FiniteDifference.randomize(linear.params(), random, 0.5);
        DMatrixRMaj x = FiniteDifference.random(4, 5, random);
        DMatrixRMaj probe = FiniteDifference.random(4, 3, random);
        DMatrixRMaj dx = linear.backward(x, probe);
        FiniteDifference.checkParams(linear.params(), () -> FiniteDifference.dot(linear.forward(x), probe), 100);
        FiniteDifference.check("x", x, dx, () -> FiniteDifference.dot(linear.forward(x), probe), 100);
    }

    @Test
    void layerNorm() {
        LayerNorm norm = new LayerNorm("ln", 6, 1e-5);
        FiniteDifference.randomize(norm.params(), random, 1.0);
        DMatrixRMaj x = FiniteDifference.random(3, 6, random);
        DMatrixRMaj probe = FiniteDifference.random(3, 6, random);
        DMatrixRMaj dx = norm.backward(norm.forward(x), probe);
        FiniteDifference.checkParams(norm.params(), () -> FiniteDifference.dot(norm.forward(x).y(), probe), 100);
        FiniteDifference.check("x", x, dx, () -> FiniteDifference.dot(norm.forward(x).y(), probe), 100);
    }

    @Test
    void feedForward() {
        FeedForward ffn = new FeedForward("", 4, 8, random);
        FiniteDifference.randomize(ffn.params(), random, 0.7);
        DMatrixRMaj x = FiniteDifference.random(5, 4, random);
        DMatrixRMaj probe = FiniteDifference.random(5, 4, random);
        DMatrixRMaj dx = ffn.backward(ffn.forward(x), probe);
        FiniteDifference.checkParams(ffn.params(), () -> FiniteDifference.dot(ffn.forward(x).y(), probe), 100);
        FiniteDifference.check("x", x, dx, () -> FiniteDifference.dot(ffn.forward(x).y(), probe), 100);
    }

    @Test
    void selfAttentionWithAndWithoutCausalMask() {
        for (boolean causal : new boolean[] {false, true}) {
            MultiHeadAttention attention = new MultiHeadAttention("attn.", 8, 2, causal, random);
            FiniteDifference.randomize(attention.params(), random, 0.5);
            DMatrixRMaj x = FiniteDifference.random(two.totalRows(), 8, random);
            DMatrixRMaj probe = FiniteDifference.random(two.totalRows(), 8, random);
            MultiHeadAttention.Gradients g = attention.backward(attention.forward(x, two, x, two), two, two, probe);
            DMatrixRMaj dx = EncoderLayer.sum(g.dxQuery(), g.dxKeyValue());
            java.util.function.DoubleSupplier loss = () -> FiniteDifference.dot(attention.forward(x, two, x, two).y(), probe);
            FiniteDifference.checkParams(attention.params(), loss, 100);
            FiniteDifference.check("x causal=" + causal, x, dx, loss, 200);
        }
    }

    @Test
    void causalMaskGivesTheFutureZeroWeight() {
        MultiHeadAttention attention = new MultiHeadAttention("attn.", 8, 2, true, random);
        DMatrixRMaj x = FiniteDifference.random(two.totalRows(), 8, random);
        DMatrixRMaj weights = attention.forward(x, two, x, two).weights()[1][1]; // [4, 4]
        for (int i = 0; i < 4; i++) {
            double rowSum = 0;
            for (int j = 0; j < 4; j++) {
                rowSum += weights.get(i, j);
                if (j > i) {
                    assertThat(weights.get(i, j)).isZero();
                }
            }
            assertThat(rowSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void crossAttention() {
        Segments queries = Segments.ofLengths(2, 5);
        MultiHeadAttention attention = new MultiHeadAttention("cross.", 8, 4, false, random);
        FiniteDifference.randomize(attention.params(), random, 0.5);
        DMatrixRMaj xq = FiniteDifference.random(queries.totalRows(), 8, random);
        DMatrixRMaj xkv = FiniteDifference.random(two.totalRows(), 8, random);
        DMatrixRMaj probe = FiniteDifference.random(queries.totalRows(), 8, random);
        MultiHeadAttention.Gradients g = attention.backward(attention.forward(xq, queries, xkv, two), queries, two, probe);
        java.util.function.DoubleSupplier loss = () -> FiniteDifference.dot(attention.forward(xq, queries, xkv, two).y(), probe);
        FiniteDifference.checkParams(attention.params(), loss, 100);
        FiniteDifference.check("query input", xq, g.dxQuery(), loss, 100);
        FiniteDifference.check("key/value input", xkv, g.dxKeyValue(), loss, 100);
    }

    @Test
    void embeddingAndTiedOutputProjection() {
        TokenEmbedding embedding = new TokenEmbedding(6, 4, random);
        int[] ids = {1, 5, 5, 2, 0};
        Segments segments = Segments.ofLengths(3, 2);
        DMatrixRMaj probe = FiniteDifference.random(5, 4, random);
        DMatrixRMaj hidden = FiniteDifference.random(3, 4, random);
        DMatrixRMaj logitProbe = FiniteDifference.random(3, 6, random);
        embedding.backwardEmbed(ids, probe);
        DMatrixRMaj dHidden = embedding.backwardLogits(hidden, logitProbe);
        java.util.function.DoubleSupplier loss = () -> FiniteDifference.dot(embedding.embed(ids, segments), probe)
                + FiniteDifference.dot(embedding.logits(hidden), logitProbe);
        FiniteDifference.checkParams(embedding.params(), loss, 100);
        FiniteDifference.check("hidden", hidden, dHidden, loss, 100);
    }

    @Test
    void labelSmoothedCrossEntropyWithIgnoredRows() {
        LabelSmoothedCrossEntropy criterion = new LabelSmoothedCrossEntropy(0.1);
        DMatrixRMaj logits = FiniteDifference.random(4, 7, random);
        int[] targets = {3, LabelSmoothedCrossEntropy.IGNORE, 0, 6};
        LabelSmoothedCrossEntropy.Output out = criterion.compute(logits, targets);
        assertThat(out.counted()).isEqualTo(3);
        FiniteDifference.check("logits", logits, out.dLogits(), () -> criterion.compute(logits, targets).loss(), 100);
    }

    @Test
    void sinusoidalPositionsFollowThePaper() {
        assertThat(TokenEmbedding.positionalEncoding(0, 0, 64)).isZero();
        assertThat(TokenEmbedding.positionalEncoding(0, 1, 64)).isEqualTo(1.0);
        assertThat(TokenEmbedding.positionalEncoding(3, 0, 64)).isCloseTo(Math.sin(3), org.assertj.core.data.Offset.offset(1e-12));
        double angle = 5 / Math.pow(10000, 4.0 / 64);
        assertThat(TokenEmbedding.positionalEncoding(5, 5, 64)).isCloseTo(Math.cos(angle), org.assertj.core.data.Offset.offset(1e-12));
    }
}
