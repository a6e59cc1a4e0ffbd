package com.attentionstudio.core.math;

import org.ejml.data.FMatrixRMaj;

/** Layer normalisation (Ba et al. 2016) over each row: (x − mean) / √(var + ε) · γ + β, biased variance. */
public final class LayerNorm {
    private LayerNorm() {
    }

    /**
     * @param x     [rows, dModel] not modified
     * @param gamma [dModel] scale, not modified
     * @param beta  [dModel] shift, not modified
     * @return [rows, dModel] a new matrix
     */
    public static FMatrixRMaj apply(FMatrixRMaj x, float[] gamma, float[] beta, double epsilon) {
        int rows = x.numRows;
        int d = x.numCols;
        if (gamma.length != d || beta.length != d) {
            throw new IllegalArgumentException("layer norm over " + d + " values needs " + d
                    + " scales and shifts, got " + gamma.length + " and " + beta.length);
        }
        FMatrixRMaj out = new FMatrixRMaj(rows, d);
        ParallelRows.forEach(rows, d, (start, end) -> normalise(x, gamma, beta, epsilon, out, start, end));
        return out;
    }

    private static void normalise(FMatrixRMaj x, float[] gamma, float[] beta, double epsilon, FMatrixRMaj out,
                                  int rowStart, int rowEnd) {
        int d = x.numCols;
        for (int r = rowStart; r < rowEnd; r++) {
            int base = r * d;
            double mean = 0;
            for (int c = 0; c < d; c++) {
                mean += x.data[base + c];
            }
            mean /= d;
            double variance = 0;
            for (int c = 0; c < d; c++) {
                double centred = x.data[base + c] - mean;
                variance += centred * centred;
            }
            variance /= d;
            double inverseStd = 1.0 / Math.sqrt(variance + epsilon);
            for (int c = 0; c < d; c++) {
                out.data[base + c] = (float) ((x.data[base + c] - mean) * inverseStd * gamma[c] + beta[c]);
            }
        }
    }
}
