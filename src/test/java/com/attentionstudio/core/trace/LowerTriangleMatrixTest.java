package com.attentionstudio.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A causal head's weights kept as a lower triangle read, compare and hash like the full matrix. */
class LowerTriangleMatrixTest {
    private static final float[] CAUSAL = {
        1f, 0f, 0f,
        0.25f, 0.75f, 0f,
        0.5f, 0.125f, 0.375f};

    @Test
    void readsLikeTheFullMatrix() {
        Matrix full = Matrix.of(3, 3, CAUSAL);
        Matrix lower = Matrix.lowerTriangle(3, CAUSAL);
        assertThat(lower.get(1, 0)).isEqualTo(0.25f);
        assertThat(lower.get(0, 2)).isZero();
        assertThat(lower.row(1)).containsExactly(0.25f, 0.75f, 0f);
        assertThat(lower.toArray()).containsExactly(CAUSAL);
        assertThat(lower.toRows()).isDeepEqualTo(full.toRows());
        float[] target = {9f, 9f, 9f, 9f, 9f, 9f, 9f, 9f, 9f, 9f, 9f};
        lower.copyInto(target, 2);
        assertThat(target).startsWith(9f, 9f, 1f, 0f, 0f, 0.25f);
        assertThat(lower.rowSum(2)).isEqualTo(1.0);
        assertThat(full.rowSum(2)).isEqualTo(1.0);
    }

    @Test
    void equalsAndHashesLikeTheFullMatrix() {
        Matrix full = Matrix.of(3, 3, CAUSAL);
        Matrix lower = Matrix.lowerTriangle(3, CAUSAL);
        assertThat(lower).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(full).isEqualTo(lower);
        assertThat(lower).isEqualTo(Matrix.lowerTriangle(3, CAUSAL));
        float[] changed = CAUSAL.clone();
        changed[6] = 0.4f;
        assertThat(lower).isNotEqualTo(Matrix.of(3, 3, changed)).isNotEqualTo(Matrix.lowerTriangle(3, changed));
    }

    @Test
    void refusesValuesAboveTheDiagonalAndWrongSizes() {
        float[] leaky = CAUSAL.clone();
        leaky[2] = 0.001f;
        assertThatThrownBy(() -> Matrix.lowerTriangle(3, leaky)).hasMessageContaining("(0, 2) above the diagonal");
        assertThatThrownBy(() -> Matrix.lowerTriangle(2, CAUSAL)).hasMessageContaining("needs 4 values, got 9");
    }

    @Test
    void aHeadStillRefusesAFullMatrixThatSeesTheFuture() {
        float[] leaky = {0.5f, 0.5f, 0f, 1f};
        Matrix qk = Matrix.of(2, 1, new float[] {1f, 2f});
        assertThatThrownBy(() -> new HeadTrace(qk, qk, qk, Matrix.of(2, 2, leaky), Matrix.of(2, 2, leaky),
                Matrix.of(2, 2, leaky), qk, true)).hasMessageContaining("query 0 see future key 1");
    }
}
