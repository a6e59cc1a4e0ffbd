package com.attentionstudio.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Each math step against values worked out by hand. */
class MathStepsTest {
    @Test
    void softmaxOfOneTwoThree() {
        // e^0, e^1, e^2 over their sum 1 + e + e² = 11.107338
        FMatrixRMaj out = Softmax.rows(new FMatrixRMaj(1, 3, true, 1f, 2f, 3f));
        assertThat(out.data[0]).isCloseTo(0.0900306f, within(1e-6f));
        assertThat(out.data[1]).isCloseTo(0.2447285f, within(1e-6f));
        assertThat(out.data[2]).isCloseTo(0.6652410f, within(1e-6f));
    }

    @Test
    void softmaxGivesExactZeroForMaskedCellsAndSurvivesHugeScores() {
        FMatrixRMaj out = Softmax.rows(new FMatrixRMaj(2, 2, true, 1000f, Float.NEGATIVE_INFINITY, 5f, 5f));
        assertThat(out.data).containsExactly(1f, 0f, 0.5f, 0.5f);
    }

    @Test
    void softmaxRefusesAFullyMaskedRow() {
        FMatrixRMaj scores = new FMatrixRMaj(1, 2, true, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY);
        assertThatThrownBy(() -> Softmax.rows(scores)).hasMessageContaining("fully masked");
    }

    @Test
    void layerNormOfTwoByTwo() {
        // row [1, 3]: mean 2, variance 1 → [-1, 1]; row [2, 2]: variance 0 → [0, 0]; then ·γ + β
        FMatrixRMaj x = new FMatrixRMaj(2, 2, true, 1f, 3f, 2f, 2f);
        FMatrixRMaj out = LayerNorm.apply(x, new float[] {2f, 1f}, new float[] {0.5f, -0.5f}, 1e-12);
        assertThat(out.data).usingComparatorWithPrecision(1e-6f).containsExactly(-1.5f, 0.5f, 0.5f, -0.5f);
    }

    @Test
    void layerNormEpsilonEntersUnderTheRoot() {
        FMatrixRMaj out = LayerNorm.apply(new FMatrixRMaj(1, 2, true, 0f, 2f), new float[] {1f, 1f}, new float[2], 3.0);
        assertThat(out.data[1]).isCloseTo((float) (1 / Math.sqrt(1 + 3.0)), within(1e-7f));
    }

    @Test
    void activationsAtKnownPoints() {
        assertThat(Activation.RELU.apply(-2.0)).isEqualTo(0.0);
        assertThat(Activation.RELU.apply(1.5)).isEqualTo(1.5);
        assertThat(Activation.GELU.apply(1.0)).isCloseTo(0.8413447460685429, within(1e-12));
        assertThat(Activation.GELU.apply(-3.5)).isCloseTo(-3.5 * 0.00023262907903552504, within(1e-12));
        assertThat(Activation.GELU_NEW.apply(1.0)).isCloseTo(0.8411919906082768, within(1e-12));
        assertThat(Activation.fromConfigName("gelu_new")).isEqualTo(Activation.GELU_NEW);
        assertThatThrownBy(() -> Activation.fromConfigName("swish")).hasMessageContaining("supported: relu, gelu, gelu_new");
    }

    @Test
    void erfMatchesTablesAcrossTheRange() {
        assertThat(Erf.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-14));
        assertThat(Erf.erf(2.0)).isCloseTo(0.9953222650189527, within(1e-14));
        assertThat(Erf.erf(3.5)).isCloseTo(0.9999992569016276, within(1e-14));
        assertThat(Erf.erf(-1.0)).isCloseTo(-0.8427007929497149, within(1e-14));
        assertThat(Erf.erf(40)).isEqualTo(1.0);
    }

    @Test
    void fastErfAgreesWithTheExactSeriesEverywhere() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble() * 6.5;
            double exact = x >= 6 ? 1.0 : Erf.exact(x);
            assertThat(Erf.erf(x)).as("erf(%s)", x).isCloseTo(exact, within(1e-14));
            assertThat(Erf.erf(-x)).isCloseTo(-exact, within(1e-14));
        }
    }

    @Test
    void sinusoidalPositionsAtKnownCells() {
        FMatrixRMaj pe = PositionalEncoding.sinusoidal(0, 3, 4);
        // position 0: sin 0, cos 0 in every pair
        assertThat(pe.data).startsWith(0f, 1f, 0f, 1f);
        // position 1, pair 0: angle 1; pair 1: angle 1 / 10000^(2/4) = 0.01
        assertThat(pe.get(1, 0)).isCloseTo((float) Math.sin(1), within(1e-7f));
        assertThat(pe.get(1, 1)).isCloseTo((float) Math.cos(1), within(1e-7f));
        assertThat(pe.get(1, 2)).isCloseTo((float) Math.sin(0.01), within(1e-7f));
        assertThat(pe.get(2, 3)).isCloseTo((float) Math.cos(0.02), within(1e-7f));
        assertThat(PositionalEncoding.sinusoidal(2, 1, 4).data).containsExactly(pe.get(2, 0), pe.get(2, 1), pe.get(2, 2), pe.get(2, 3));
    }
}
