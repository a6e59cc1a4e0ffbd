package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void firstTwoStepsMatchHandComputation() {
        Param p = new Param("w", 1, 2);
        p.value().data[0] = 1.0;
        p.value().data[1] = -2.0;
        Adam adam = new Adam(List.of(p), 0.9, 0.999, 1e-8);
        p.grad().data[0] = 0.5;
        p.grad().data[1] = -4.0;
        adam.step(0.1);
        // step 1: m̂ = g, v̂ = g², so the update is lr · g / (|g| + ε) = ±0.1
        assertThat(p.value().data[0]).isCloseTo(0.9, Offset.offset(1e-7));
        assertThat(p.value().data[1]).isCloseTo(-1.9, Offset.offset(1e-7));
        p.grad().data[0] = 1.0;
        adam.step(0.1);
        // step 2: m = 0.9·0.05 + 0.1·1 = 0.145, m̂ = 0.145/0.19; v = 0.999·0.00025 + 0.001 = 0.00124975, v̂ = v/0.001999
        double afterFirst = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8);
        double expected = afterFirst - 0.1 * (0.145 / 0.19) / (Math.sqrt(0.00124975 / 0.001999) + 1e-8);
        assertThat(p.value().data[0]).isCloseTo(expected, Offset.offset(1e-12));
        assertThat(adam.stepsTaken()).isEqualTo(2);
    }

    @Test
    void clippingScalesTheJointNormDown() {
        Param a = new Param("a", 1, 1);
        Param b = new Param("b", 1, 1);
        a.grad().data[0] = 3;
        b.grad().data[0] = 4;
        Adam adam = Adam.paperDefaults(List.of(a, b));
        assertThat(adam.clipGradientNorm(1.0)).isEqualTo(5.0);
        assertThat(a.grad().data[0]).isCloseTo(0.6, Offset.offset(1e-12));
        assertThat(b.grad().data[0]).isCloseTo(0.8, Offset.offset(1e-12));
        assertThat(adam.clipGradientNorm(10.0)).isCloseTo(1.0, Offset.offset(1e-12));
        assertThat(a.grad().data[0]).isCloseTo(0.6, Offset.offset(1e-12));
    }
}
