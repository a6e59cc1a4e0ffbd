package com.attentionstudio.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.trace.Matrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaTest {
    private static final double EPS = 1e-9;

    @Test
    void pointsOnTheDiagonalHaveOneComponentExplainingEverything() {
        Pca pca = Pca.fit(Matrix.ofRows(new float[][] {{1, 1}, {2, 2}, {3, 3}}), 2);
        double s = Math.sqrt(0.5);
        assertThat(pca.component(0)).containsExactly(new double[] {s, s}, within(EPS));
        assertThat(pca.explainedVariance(0)).isCloseTo(1.0, within(EPS));
        assertThat(pca.explainedVariance(1)).isCloseTo(0.0, within(EPS));
        // (3,3) minus the mean (2,2) is (1,1), whose length along (1,1)/√2 is √2
        assertThat(pca.project(new float[] {3, 3})[0]).isCloseTo(Math.sqrt(2), within(EPS));
        assertThat(pca.project(new float[] {3, 3})[1]).isCloseTo(0.0, within(EPS));
    }

    @Test
    void aCrossOfPointsSplitsVarianceFourToOne() {
        // covariance diag(8/3, 2/3): variance ratios 0.8 and 0.2 along x then y
        Pca pca = Pca.fit(Matrix.ofRows(new float[][] {{2, 0}, {-2, 0}, {0, 1}, {0, -1}}), 2);
        assertThat(pca.component(0)).containsExactly(new double[] {1, 0}, within(EPS));
        assertThat(pca.component(1)).containsExactly(new double[] {0, 1}, within(EPS));
        assertThat(pca.explainedVariance(0)).isCloseTo(0.8, within(EPS));
        assertThat(pca.explainedVariance(1)).isCloseTo(0.2, within(EPS));
        assertThat(pca.project(new float[] {-2, 0})).containsExactly(new double[] {-2, 0}, within(EPS));
    }

    @Test
    void fewerPointsThanDimensionsUsesTheGramMatrixAndAgrees() {
        // (1,2,3) and (3,2,1) differ along (1,0,-1); the sign rule makes the first largest loading positive
        Pca pca = Pca.fit(Matrix.ofRows(new float[][] {{1, 2, 3}, {3, 2, 1}}), 2);
        double s = Math.sqrt(0.5);
        assertThat(pca.component(0)).containsExactly(new double[] {s, 0, -s}, within(EPS));
        assertThat(pca.explainedVariance(0)).isCloseTo(1.0, within(EPS));
        assertThat(pca.project(new float[] {1, 2, 3})[0]).isCloseTo(-Math.sqrt(2), within(EPS));
        double[] second = pca.component(1);
        assertThat(second[0] * s - second[2] * s).isCloseTo(0.0, within(EPS));
    }

    @Test
    void componentsOfRandomDataAreOrthonormalAndVarianceRatiosAreDecreasing() {
        Random random = new Random(3);
        float[][] points = new float[40][10];
        for (float[] p : points) {
            for (int c = 0; c < p.length; c++) {
                p[c] = (float) (random.nextGaussian() * (10 - c));
            }
        }
        Pca pca = Pca.fit(Matrix.ofRows(points), 3);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int c = 0; c < 10; c++) {
                    dot += pca.component(a)[c] * pca.component(b)[c];
                }
                assertThat(dot).isCloseTo(a == b ? 1.0 : 0.0, within(1e-9));
            }
        }
        assertThat(pca.explainedVariance(0)).isGreaterThan(pca.explainedVariance(1));
        assertThat(pca.explainedVariance(1)).isGreaterThan(pca.explainedVariance(2));
        assertThat(pca.explainedVariance(0) + pca.explainedVariance(1) + pca.explainedVariance(2)).isLessThan(1.0);
    }

    @Test
    void identicalPointsHaveNoVarianceAndProjectToTheOrigin() {
        Pca pca = Pca.fit(Matrix.ofRows(new float[][] {{4, 5}, {4, 5}}), 2);
        assertThat(pca.explainedVariance(0)).isZero();
        assertThat(pca.project(new float[] {4, 5})).containsExactly(0.0, 0.0);
    }

    @Test
    void refusesMoreComponentsThanDimensions() {
        assertThatThrownBy(() -> Pca.fit(Matrix.ofRows(new float[][] {{1, 2}}), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..2 components");
    }
}
