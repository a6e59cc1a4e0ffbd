package com.attentionstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfPrecisionTest {

    // Expected values worked out by hand from the bit fields: sign | exponent | fraction.
    @ParameterizedTest(name = "F16 {0} -> {1}")
    @CsvSource({
        "0x0000, 0x00000000",  // +0
        "0x8000, 0x80000000",  // -0 keeps its sign
        "0x0001, 0x33800000",  // smallest subnormal: 1 * 2^-24
        "0x8001, 0xB3800000",  // -2^-24
        "0x03FF, 0x387FC000",  // largest subnormal: 1023 * 2^-24
        "0x0400, 0x38800000",  // smallest normal: 2^-14
        "0x3C00, 0x3F800000",  // 1.0
        "0x3C01, 0x3F802000",  // 1 + 2^-10
        "0xC000, 0xC0000000",  // -2.0
        "0x3555, 0x3EAAA000",  // 0.333251953125, the F16 nearest 1/3
        "0x7BFF, 0x477FE000",  // 65504, the largest finite F16
        "0x7C00, 0x7F800000",  // +Inf
        "0xFC00, 0xFF800000",  // -Inf
    })
    void f16WidensExactly(String half, String expectedFloatBits) {
        float actual = HalfPrecision.f16ToFloat((short) Integer.decode(half).intValue());
        assertThat(Integer.toHexString(Float.floatToRawIntBits(actual)))
                .isEqualTo(Integer.toHexString(Long.decode(expectedFloatBits).intValue()));
    }

    @Test
    void f16NamedValuesMatchTheirDecimalForms() {
        assertThat(HalfPrecision.f16ToFloat((short) 0x0001)).isEqualTo(5.9604645E-8f);
        assertThat(HalfPrecision.f16ToFloat((short) 0x03FF)).isEqualTo(6.097555E-5f);
        assertThat(HalfPrecision.f16ToFloat((short) 0x3555)).isEqualTo(0.333251953125f);
        assertThat(HalfPrecision.f16ToFloat((short) 0x7BFF)).isEqualTo(65504f);
    }

    @Test
    void f16NanStaysNan() {
        assertThat(HalfPrecision.f16ToFloat((short) 0x7E00)).isNaN();
        assertThat(HalfPrecision.f16ToFloat((short) 0x7C01)).isNaN();
        assertThat(HalfPrecision.f16ToFloat((short) 0xFE00)).isNaN();
    }

    /** All 65536 patterns against the textbook formula, computed in double by a different route. */
    @Test
    void everyF16PatternMatchesTheDefinition() {
        for (int bits = 0; bits < 0x10000; bits++) {
            int exponent = (bits >>> 10) & 0x1f;
            int fraction = bits & 0x3ff;
            double magnitude = exponent == 0 ? Math.scalb((double) fraction, -24)
                    : exponent == 31 ? (fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN)
                    : Math.scalb((double) (1024 + fraction), exponent - 25);
            double expected = (bits & 0x8000) != 0 ? -magnitude : magnitude;
            float actual = HalfPrecision.f16ToFloat((short) bits);
            if (Double.isNaN(expected)) {
                assertThat(actual).as("bits %04x", bits).isNaN();
            } else {
                assertThat(Float.floatToRawIntBits(actual)).as("bits %04x", bits)
                        .isEqualTo(Float.floatToRawIntBits((float) expected));
            }
        }
    }

    @ParameterizedTest(name = "BF16 {0} -> {1}")
    @CsvSource({
        "0x3F80, 1.0",
        "0xC000, -2.0",
        "0x3EAB, 0.333984375",          // 2^-2 * (1 + 43/128)
        "0x7F7F, 3.3895313892515355E38", // (2 - 2^-7) * 2^127, the largest finite BF16
        "0x0080, 1.1754943508222875E-38", // 2^-126, smallest normal
        "0x0001, 9.183549615799121E-41",  // 2^-133, a float subnormal
        "0x7F80, Infinity",
        "0xFF80, -Infinity",
    })
    void bf16WidensExactly(String bfloat, double expected) {
        assertThat(HalfPrecision.bf16ToFloat((short) Integer.decode(bfloat).intValue())).isEqualTo((float) expected);
    }

    @Test
    void bf16SignedZeroAndNan() {
        assertThat(Float.floatToRawIntBits(HalfPrecision.bf16ToFloat((short) 0x8000))).isEqualTo(0x80000000);
        assertThat(HalfPrecision.bf16ToFloat((short) 0x7FC0)).isNaN();
        assertThat(HalfPrecision.bf16ToFloat((short) 0xFFC1)).isNaN();
    }
}
