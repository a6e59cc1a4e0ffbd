package com.attentionstudio.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AttentionRolloutTest {
    private static final Offset<Float> TOL = Offset.offset(1e-6f);

    @Test
    void oneLayerIsTheHeadMeanPlusIdentityHalved() {
        float[][] headA = {{1, 0}, {1, 0}};
        float[][] headB = {{0, 1}, {0, 1}};
        float[][] r = AttentionRollout.of(List.<float[][][]>of(new float[][][] {headA, headB}));
        // mean = [[.5,.5],[.5,.5]]; + I = [[1.5,.5],[.5,1.5]]; rows / 2
        assertThat(r[0][0]).isCloseTo(0.75f, TOL);
        assertThat(r[0][1]).isCloseTo(0.25f, TOL);
        assertThat(r[1][0]).isCloseTo(0.25f, TOL);
        assertThat(r[1][1]).isCloseTo(0.75f, TOL);
    }

    @Test
    void layersMultiplyWithTheFirstLayerRightmost() {
        float[][] first = {{0, 1}, {0, 1}}; // everyone reads token 1
        float[][] second = {{1, 0}, {1, 0}}; // everyone reads token 0
        float[][] r = AttentionRollout.of(List.of(new float[][][] {first}, new float[][][] {second}));
        // Â1 = [[.5,.5],[0,1]], Â2 = [[1,0],[.5,.5]]; R = Â2·Â1 = [[.5,.5],[.25,.75]]
        assertThat(r[0]).containsExactly(new float[] {0.5f, 0.5f}, TOL);
        assertThat(r[1]).containsExactly(new float[] {0.25f, 0.75f}, TOL);
    }

    @Test
    void rowsSumToOne() {
        float[][] a = {{0.2f, 0.3f, 0.5f}, {0.1f, 0.8f, 0.1f}, {0.6f, 0.2f, 0.2f}};
        float[][] b = {{0.9f, 0.05f, 0.05f}, {0.3f, 0.3f, 0.4f}, {0f, 0f, 1f}};
        float[][] r = AttentionRollout.of(List.of(new float[][][] {a, b}, new float[][][] {b, a}));
        for (float[] row : r) {
            assertThat(row[0] + row[1] + row[2]).isCloseTo(1f, TOL);
        }
    }

    @Test
    void rejectsNonSquareAttention() {
        float[][] cross = {{0.5f, 0.5f, 0f}, {0f, 0.5f, 0.5f}};
        assertThatThrownBy(() -> AttentionRollout.of(List.<float[][][]>of(new float[][][] {cross})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
    }
}
