package com.attentionstudio.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.model.ModelConfig;
import com.attentionstudio.core.model.NormPlacement;
import com.attentionstudio.core.model.PositionScheme;
import com.attentionstudio.core.model.RandomWeights;
import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.LogitsSource;
import com.attentionstudio.core.trace.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Head aggregates, rollout, next-token probabilities and position tables on small worked cases. */
class AggregatesTest {
    private final ForwardTrace trace = RandomWeights.transformer(RandomWeights.config(Architecture.DECODER_ONLY, 20, 8, 2, 2,
            NormPlacement.PRE, PositionScheme.SINUSOIDAL), 5).forward(new TokenSequence(new int[] {1, 2, 3}, List.of("a", "b", "c")));

    @Test
    void meanAndMaxOverHeadsAreCellwise() {
        AttentionTrace layer = trace.attention(AttentionKind.DECODER_SELF, 0);
        Matrix mean = HeadAggregates.meanOverHeads(layer);
        Matrix max = HeadAggregates.maxOverHeads(layer);
        for (int q = 0; q < 3; q++) {
            for (int k = 0; k < 3; k++) {
                float a = layer.head(0).weights().get(q, k);
                float b = layer.head(1).weights().get(q, k);
                assertThat(mean.get(q, k)).isCloseTo((a + b) / 2, within(1e-7f));
                assertThat(max.get(q, k)).isEqualTo(Math.max(a, b));
            }
        }
    }

    @Test
    void rolloutOfTheFirstLayerIsTheHalfResidualMixAndLaterLayersMultiply() {
        List<Matrix> rollout = AttentionRollout.rollout(trace, AttentionKind.DECODER_SELF);
        Matrix a0 = HeadAggregates.meanOverHeads(trace.attention(AttentionKind.DECODER_SELF, 0));
        Matrix a1 = HeadAggregates.meanOverHeads(trace.attention(AttentionKind.DECODER_SELF, 1));
        for (int q = 0; q < 3; q++) {
            for (int k = 0; k < 3; k++) {
                // rows of A sum to 1, so (A + I) / rowsum = (A + I) / 2
                assertThat(rollout.get(0).get(q, k)).isCloseTo((a0.get(q, k) + (q == k ? 1 : 0)) / 2f, within(1e-6f));
                double expected = 0;
                for (int m = 0; m < 3; m++) {
                    expected += (a1.get(q, m) + (q == m ? 1 : 0)) / 2.0 * rollout.get(0).get(m, k);
                }
                assertThat((double) rollout.get(1).get(q, k)).isCloseTo(expected, within(1e-6));
            }
        }
        assertThat(AttentionRollout.defined(AttentionKind.CROSS)).isFalse();
    }

    @Test
    void nextTokenProbabilitiesFollowTheTemperature() {
        LogitsSource source = new LogitsSource() {
            public int vocabSize() {
                return 4;
            }

            public float[] logits(int position) {
                return new float[] {0f, (float) Math.log(4), (float) Math.log(2), -50f};
            }

            public String label(int id) {
                return "w" + id;
            }
        };
        List<NextTokens.Candidate> t1 = NextTokens.top(source, 0, 3, 1.0);
        assertThat(t1).extracting(NextTokens.Candidate::label).containsExactly("w1", "w2", "w0");
        assertThat(t1.get(0).probability()).isCloseTo(4.0 / 7, within(1e-6));
        assertThat(t1.get(2).probability()).isCloseTo(1.0 / 7, within(1e-6));
        // at T = 2 the weights are 1, 2, √2: w1 gets 2 / (3 + √2)
        assertThat(NextTokens.top(source, 0, 1, 2.0).get(0).probability()).isCloseTo(2 / (3 + Math.sqrt(2)), within(1e-6));
    }

    @Test
    void sinusoidalTableAndCosineSimilarity() {
        Matrix table = PositionTables.sinusoidal(3, 4);
        assertThat(table.get(0, 0)).isZero();
        assertThat(table.get(0, 1)).isEqualTo(1f);
        assertThat((double) table.get(1, 2)).isCloseTo(Math.sin(1 / 100.0), within(1e-7));
        Matrix similarity = PositionTables.cosineSimilarity(Matrix.ofRows(new float[][] {{1, 0}, {1, 1}, {0, 0}}));
        assertThat(similarity.get(0, 0)).isEqualTo(1f);
        assertThat((double) similarity.get(0, 1)).isCloseTo(Math.sqrt(0.5), within(1e-7));
        assertThat(similarity.get(2, 1)).isZero();
    }
}
