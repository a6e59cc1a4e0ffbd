package com.attentionstudio.core.math;

import java.util.Arrays;

/**
 * The fallback kernel in plain Java, for JVMs started without the Vector API module. Its inner loops
 * run along contiguous rows (i-k-j order) so HotSpot's auto-vectoriser turns them into SIMD code; four
 * rows of a share each load of b.
 */
final class PlainProductKernel implements ProductKernel {
    /** A [DEPTH, panel] slice of b is reused by every row block before moving on (cache blocking). */
    private static final int DEPTH = 128;
    private static final int PANEL = 512;

    @Override
    public void times(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd) {
        for (int p0 = 0; p0 < k; p0 += DEPTH) {
            int p1 = Math.min(k, p0 + DEPTH);
            for (int j0 = colStart; j0 < colEnd; j0 += PANEL) {
                int j1 = Math.min(colEnd, j0 + PANEL);
                int i = rowStart;
                for (; i + 4 <= rowEnd; i += 4) {
                    fourRows(a, b, c, k, n, i, p0, p1, j0, j1);
                }
                for (; i < rowEnd; i++) {
                    oneRow(a, b, c, k, n, i, p0, p1, j0, j1);
                }
            }
        }
    }

    private static void fourRows(float[] a, float[] b, float[] c, int k, int n, int i, int p0, int p1, int j0, int j1) {
        int c0 = i * n;
        int c1 = c0 + n;
        int c2 = c1 + n;
        int c3 = c2 + n;
        for (int p = p0; p < p1; p++) {
            float a0 = a[i * k + p];
            float a1 = a[(i + 1) * k + p];
            float a2 = a[(i + 2) * k + p];
            float a3 = a[(i + 3) * k + p];
            int bp = p * n;
            for (int j = j0; j < j1; j++) {
                float bv = b[bp + j];
                c[c0 + j] += a0 * bv;
                c[c1 + j] += a1 * bv;
                c[c2 + j] += a2 * bv;
                c[c3 + j] += a3 * bv;
            }
        }
    }

    private static void oneRow(float[] a, float[] b, float[] c, int k, int n, int i, int p0, int p1, int j0, int j1) {
        int ci = i * n;
        for (int p = p0; p < p1; p++) {
            float ai = a[i * k + p];
            int bp = p * n;
            for (int j = j0; j < j1; j++) {
                c[ci + j] += ai * b[bp + j];
            }
        }
    }

    /**
     * Dot products of rows would not vectorise without the Vector API, so each panel of b's rows is
     * transposed into a small [k, panel] block first and multiplied the i-k-j way.
     */
    @Override
    public void timesTransposed(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd) {
        int width = Math.min(PANEL, colEnd - colStart);
        float[] panel = new float[k * width];
        float[] tile = new float[(rowEnd - rowStart) * width];
        float[] rows = Arrays.copyOfRange(a, rowStart * k, rowEnd * k); // [rowEnd - rowStart, k]
        for (int j0 = colStart; j0 < colEnd; j0 += PANEL) {
            int cols = Math.min(PANEL, colEnd - j0);
            for (int j = 0; j < cols; j++) {
                for (int p = 0; p < k; p++) {
                    panel[p * cols + j] = b[(j0 + j) * k + p];
                }
            }
            Arrays.fill(tile, 0f);
            times(rows, panel, tile, k, cols, 0, rowEnd - rowStart, 0, cols);
            for (int i = rowStart; i < rowEnd; i++) {
                System.arraycopy(tile, (i - rowStart) * cols, c, i * n + j0, cols);
            }
        }
    }

    @Override
    public void geluNew(float[] x, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = (float) Activation.GELU_NEW.apply(x[i]);
        }
    }

    @Override
    public int columnPanel() {
        return PANEL;
    }

    @Override
    public String name() {
        return "plain Java";
    }
}
