package com.attentionstudio.core.math;

/**
 * The error function, which the JDK lacks. Exact GELU needs it to float precision: a series for
 * |x| &lt; 3 (converges to ~1e-15 in double) and a continued fraction for erfc in the tails.
 */
final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private Erf() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double result = ax < 3.0 ? series(ax) : 1.0 - erfcContinuedFraction(ax);
        return Math.copySign(result, x);
    }

    /** erf(x) = 2/√π Σ (-1)ⁿ x^(2n+1) / (n! (2n+1)). */
    private static double series(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) for x ≥ 3 by Lentz's continued fraction, exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))). */
    private static double erfcContinuedFraction(double x) {
        if (x > 27) {
            return 0.0;
        }
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
