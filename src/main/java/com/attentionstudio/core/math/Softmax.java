package com.attentionstudio.core.math;

import org.ejml.data.FMatrixRMaj;

/** Row-wise softmax, computed stably by subtracting each row's maximum first. */
public final class Softmax {
    private Softmax() {
    }

    /**
     * A new matrix whose rows are softmax of the rows of {@code scores}. Cells at -∞ (masked) come out
     * exactly 0. A row that is entirely -∞ cannot happen with a causal mask (a token always sees itself)
     * and is rejected. {@code scores} not modified.
     */
    public static FMatrixRMaj rows(FMatrixRMaj scores) {
        FMatrixRMaj out = scores.copy();
        rowsInPlace(out);
        return out;
    }

    /**
     * As {@link #rows}, overwriting {@code scores} with the result (the same arithmetic, without a second
     * [queries, keys] array: for long sequences that is megabytes per head). Modified: scores.
     */
    public static void rowsInPlace(FMatrixRMaj scores) {
        int rows = scores.numRows;
        int cols = scores.numCols;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, scores.data[base + c]);
            }
            if (max == Float.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("row " + r + " is fully masked; softmax is undefined");
            }
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                float x = scores.data[base + c];
                // exp(−∞) is exactly 0: skipping the call for masked cells saves half the work of a causal head
                double e = x == Float.NEGATIVE_INFINITY ? 0.0 : Math.exp((double) x - max);
                scores.data[base + c] = (float) e;
                sum += e;
            }
            float inv = (float) (1.0 / sum);
            for (int c = 0; c < cols; c++) {
                scores.data[base + c] *= inv;
            }
        }
    }
}
