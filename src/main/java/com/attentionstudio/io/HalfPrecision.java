package com.attentionstudio.io;

/**
 * Exact widening of the two 16-bit float formats to {@code float}. Every F16 and BF16 value, subnormals,
 * infinities and NaN included, has an exact {@code float}, so there is no rounding here. Java 17 has no
 * {@code Float.float16ToFloat} (it arrived in Java 20), hence these few lines.
 */
final class HalfPrecision {

    private HalfPrecision() {
    }

    /** IEEE 754 binary16: 1 sign bit, 5 exponent bits (bias 15), 10 fraction bits. */
    static float f16ToFloat(short half) {
        int bits = half & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int fraction = bits & 0x3ff;
        if (exponent == 0x1f) {
            // Infinity (fraction 0) or NaN; the fraction moves to the top of the float's fraction as a payload.
            return Float.intBitsToFloat(sign | 0x7f800000 | (fraction << 13));
        }
        if (exponent == 0) {
            // Zero or subnormal: fraction * 2^-24. The product is exact, and normal in float.
            float magnitude = fraction * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        // Normal: rebias the exponent from 15 to 127.
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (fraction << 13));
    }

    /** bfloat16 is the top half of a float32: same sign and exponent, 7 fraction bits. */
    static float bf16ToFloat(short bfloat) {
        return Float.intBitsToFloat((bfloat & 0xffff) << 16);
    }
}
