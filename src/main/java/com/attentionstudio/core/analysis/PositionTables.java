package com.attentionstudio.core.analysis;

import com.attentionstudio.core.math.PositionalEncoding;
import com.attentionstudio.core.trace.Matrix;

/** Position tables for the positional-encoding views: the sinusoidal table and cosine similarity between rows. */
public final class PositionTables {
    private PositionTables() {
    }

    /** [positions, dModel] the sinusoidal encoding of §3.5 for positions 0..positions−1. */
    public static Matrix sinusoidal(int positions, int dModel) {
        if (positions < 1 || dModel < 1) {
            throw new IllegalArgumentException("a position table needs positions >= 1 and dModel >= 1, got "
                    + positions + " and " + dModel);
        }
        float[] table = new float[positions * dModel];
        for (int p = 0; p < positions; p++) {
            for (int c = 0; c < dModel; c++) {
                table[p * dModel + c] = (float) PositionalEncoding.value(p, c, dModel);
            }
        }
        return Matrix.adopt(positions, dModel, table);
    }

    /** [n, n] cosine similarity between every pair of rows of {@code rows} [n, d]; 0 where a row has length zero. */
    public static Matrix cosineSimilarity(Matrix rows) {
        int n = rows.rows();
        double[] norms = new double[n];
        float[][] data = rows.toRows();
        for (int r = 0; r < n; r++) {
            norms[r] = Math.sqrt(dot(data[r], data[r]));
        }
        float[] out = new float[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double denominator = norms[a] * norms[b];
                float cos = denominator == 0 ? 0f : (float) (dot(data[a], data[b]) / denominator);
                out[a * n + b] = cos;
                out[b * n + a] = cos;
            }
        }
        return Matrix.adopt(n, n, out);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
