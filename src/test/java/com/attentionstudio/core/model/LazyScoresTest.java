package com.attentionstudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.math.Softmax;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scores derived on demand are exactly the ones the forward pass fed to its softmax. */
class LazyScoresTest {

    /** 5 tokens take the dot-product kernel for Q·Kᵀ, 70 the transposing one. */
    @ParameterizedTest(name = "{0} tokens")
    @ValueSource(ints = {5, 70})
    void softmaxOfTheLazyScaledScoresGivesTheStoredWeightsBitForBit(int seqLen) {
        HeadTrace head = firstHead(seqLen, 1);
        FMatrixRMaj masked = TraceData.ejml(head.scaledScores());
        for (int q = 0; q < seqLen; q++) {
            for (int k = q + 1; k < seqLen; k++) {
                masked.data[q * seqLen + k] = Float.NEGATIVE_INFINITY;
            }
        }
        assertThat(Softmax.rows(masked).data).containsExactly(head.weights().toArray());
    }

    @Test
    void scoresAreQTimesKTransposedAndScaledByRootDHead() {
        HeadTrace head = firstHead(9, 2);
        FMatrixRMaj reference = MatrixProducts.referenceTimesTransposed(TraceData.ejml(head.query()), TraceData.ejml(head.key()));
        Matrix scores = head.scores();
        for (int q = 0; q < 9; q++) {
            for (int k = 0; k < 9; k++) {
                float want = reference.get(q, k);
                assertThat(scores.get(q, k)).isBetween(want - 1e-4f * Math.max(1, Math.abs(want)),
                        want + 1e-4f * Math.max(1, Math.abs(want)));
                assertThat(head.scaledScores().get(q, k)).isEqualTo(scores.get(q, k) / (float) Math.sqrt(head.dHead()));
            }
        }
    }

    @Test
    void threadsAskingAtOnceAllGetTheSameScores() {
        HeadTrace head = firstHead(40, 3);
        List<Matrix> seen = IntStream.range(0, 16).parallel().mapToObj(i -> head.scaledScores()).toList();
        assertThat(seen).allSatisfy(m -> assertThat(m).isEqualTo(seen.get(0)));
        assertThat(head.scores()).isEqualTo(ScaledDotProduct.STEPS.scores(head.query(), head.key()));
    }

    @Test
    void aLazyHeadEqualsOneBuiltWithItsScoresGiven() {
        HeadTrace lazy = firstHead(6, 4);
        HeadTrace given = new HeadTrace(lazy.query(), lazy.key(), lazy.value(), lazy.scores(), lazy.scaledScores(),
                lazy.weights(), lazy.output(), lazy.causal());
        assertThat(given).isEqualTo(lazy).hasSameHashCodeAs(lazy);
        assertThat(given.scores()).isSameAs(lazy.scores());
        assertThat(lazy).isNotEqualTo(firstHead(6, 5));
    }

    @Test
    void givenScoresMustHaveTheWeightsShape() {
        HeadTrace head = firstHead(4, 6);
        Matrix wrong = Matrix.of(4, 3, new float[12]);
        assertThatThrownBy(() -> new HeadTrace(head.query(), head.key(), head.value(), wrong, head.scaledScores(),
                head.weights(), head.output(), true)).hasMessageContaining("scores should be [4, 4] but is [4, 3]");
    }

    private static HeadTrace firstHead(int seqLen, long seed) {
        // dHead 64 as in GPT-2, so the products take the kernels' real paths
        ModelConfig config = new ModelConfig(Architecture.DECODER_ONLY, 50, 128, 2, 256, 0, 1, 80, NormPlacement.PRE,
                Activation.GELU_NEW, PositionScheme.LEARNED, 0, 1f, 1e-5);
        int[] ids = IntStream.range(0, seqLen).map(i -> (i * 7 + (int) seed) % 50).toArray();
        List<String> labels = IntStream.of(ids).mapToObj(i -> "t" + i).toList();
        ForwardTrace trace = new Transformer("lazy", config, new RandomWeights(seed, 0.5f).weights(config), id -> "t" + id)
                .forward(new TokenSequence(ids, labels));
        return trace.head(AttentionKind.DECODER_SELF, 0, 0);
    }
}
