package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import org.ejml.data.DMatrixRMaj;

/** Central differences in double precision, compared entry by entry with an analytic gradient. */
final class FiniteDifference {
    private static final double STEP = 1e-5;

    private FiniteDifference() {
    }

    /** Compares grad with d(loss)/d(values) at up to maxEntries randomly chosen entries. values is restored. */
    static void check(String what, DMatrixRMaj values, DMatrixRMaj grad, DoubleSupplier loss, int maxEntries) {
        Random random = new Random(what.hashCode());
        int n = values.data.length;
        for (int t = 0; t < Math.min(maxEntries, n); t++) {
            int i = maxEntries >= n ? t : random.nextInt(n);
            double original = values.data[i];
            values.data[i] = original + STEP;
            double plus = loss.getAsDouble();
            values.data[i] = original - STEP;
            double minus = loss.getAsDouble();
            values.data[i] = original;
            double numeric = (plus - minus) / (2 * STEP);
            double analytic = grad.data[i];
            double tolerance = 1e-6 + 1e-5 * Math.max(Math.abs(numeric), Math.abs(analytic));
            assertThat(analytic).as("%s entry %d (numeric %.9g)", what, i, numeric).isCloseTo(numeric,
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /** Every parameter's gradient; backward must already have filled the grads for the current values. */
    static void checkParams(List<Param> params, DoubleSupplier loss, int maxEntriesPerParam) {
        for (Param p : params) {
            check(p.name(), p.value(), p.grad(), loss, maxEntriesPerParam);
        }
    }

    static DMatrixRMaj random(int rows, int cols, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }

    /** Sets every parameter to random values so that gain = 1, bias = 0 initialisations hide nothing. */
    static void randomize(List<Param> params, Random random, double scale) {
        for (Param p : params) {
            for (int i = 0; i < p.value().data.length; i++) {
                p.value().data[i] = random.nextGaussian() * scale;
            }
        }
    }

    /** Σ y ⊙ probe: a scalar loss whose gradient with respect to y is exactly probe. */
    static double dot(DMatrixRMaj y, DMatrixRMaj probe) {
        double s = 0;
        for (int i = 0; i < y.data.length; i++) {
            s += y.data[i] * probe.data[i];
        }
        return s;
    }
}
