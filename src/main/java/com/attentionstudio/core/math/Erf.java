package com.attentionstudio.core.math;

/**
 * The error function, which the JDK lacks. Exact GELU needs it to float precision, fast, for every
 * feed-forward activation. Values at the grid points x₀ = i/64 on [0, 6] are computed once, exactly (a
 * series below 3, a continued fraction for erfc above); between them a Taylor expansion of degree 12
 * uses erf's own derivatives, erf⁽ⁿ⁾(x) = (2/√π)(−1)ⁿ⁻¹ Hₙ₋₁(x) e^(−x²) with Hermite polynomials Hₙ, so
 * |h| ≤ 1/128 keeps the truncation far below double precision. Beyond 6, erf is 1 to double precision.
 */
final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    private static final int STEPS_PER_UNIT = 64;
    private static final double LIMIT = 6.0;
    private static final int DEGREE = 12;
    private static final double[] VALUES = new double[(int) (LIMIT * STEPS_PER_UNIT) + 1];
    /** (2/√π) e^(−x₀²) at each grid point. */
    private static final double[] SLOPES = new double[VALUES.length];

    static {
        for (int i = 0; i < VALUES.length; i++) {
            double x0 = (double) i / STEPS_PER_UNIT;
            VALUES[i] = exact(x0);
            SLOPES[i] = TWO_OVER_SQRT_PI * Math.exp(-x0 * x0);
        }
    }

    private Erf() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax >= LIMIT) {
            return Math.copySign(1.0, x);
        }
        int i = (int) Math.round(ax * STEPS_PER_UNIT);
        double x0 = (double) i / STEPS_PER_UNIT;
        double h = ax - x0;
        double hermitePrevious = 1.0;   // H₀
        double hermite = 2.0 * x0;      // H₁
        double term = h;                // hⁿ / n!
        double sum = term * hermitePrevious;
        for (int n = 2; n <= DEGREE; n++) {
            term *= h / n;
            // erf⁽ⁿ⁾ carries Hₙ₋₁ with sign (−1)ⁿ⁻¹
            sum += ((n & 1) == 1 ? term : -term) * hermite;
            double next = 2.0 * x0 * hermite - 2.0 * (n - 1) * hermitePrevious;
            hermitePrevious = hermite;
            hermite = next;
        }
        return Math.copySign(VALUES[i] + SLOPES[i] * sum, x);
    }

    /** erf for x ≥ 0, slowly but to double precision: the grid's values. */
    static double exact(double x) {
        return x < 2.0 ? series(x) : 1.0 - erfcContinuedFraction(x);
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

    /** erfc(x) for x ≥ 2 by a continued fraction (60 terms reach double precision there), exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))). */
    private static double erfcContinuedFraction(double x) {
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
