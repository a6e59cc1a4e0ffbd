package com.attentionstudio.core.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast kernel, on the JDK's Vector API (incubating in JDK 17, hence the module flag). A 6-row by
 * 4-vector tile of c stays in registers while k runs, so each load of b feeds six fused multiply-adds
 * and each broadcast of a feeds four: the register blocking every BLAS does. Cells outside full tiles
 * take the same sequence of fused multiply-adds one vector or one float at a time, so a cell's value
 * never depends on which path computed it.
 */
final class VectorProductKernel implements ProductKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int PANEL = 4 * LANES;
    /** A [DEPTH, PANEL] slice of b (32 KB with 512-bit vectors) stays in L1 while every row block reads it. */
    private static final int DEPTH = 128;

    private VectorProductKernel() {
    }

    static ProductKernel create() {
        return new VectorProductKernel();
    }

    @Override
    public void times(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd) {
        float[] panel = new float[DEPTH * PANEL];
        for (int p0 = 0; p0 < k; p0 += DEPTH) {
            int p1 = Math.min(k, p0 + DEPTH);
            int j = colStart;
            for (; j + PANEL <= colEnd; j += PANEL) {
                pack(b, n, p0, p1, j, panel);
                int i = rowStart;
                for (; i + 6 <= rowEnd; i += 6) {
                    tile(a, panel, c, k, n, i, j, p0, p1);
                }
                for (; i < rowEnd; i++) {
                    rowTile(a, panel, c, k, n, i, j, p0, p1);
                }
            }
            for (; j + LANES <= colEnd; j += LANES) {
                for (int i = rowStart; i < rowEnd; i++) {
                    oneVector(a, b, c, k, n, i, j, p0, p1);
                }
            }
            for (; j < colEnd; j++) {
                for (int i = rowStart; i < rowEnd; i++) {
                    float sum = c[i * n + j];
                    for (int p = p0; p < p1; p++) {
                        sum = Math.fma(a[i * k + p], b[p * n + j], sum);
                    }
                    c[i * n + j] = sum;
                }
            }
        }
    }

    /**
     * Copies b[p0..p1, j..j+PANEL] into one contiguous block. Read in place, rows of b lie a multiple of
     * 4 KB apart for our widths (768, 3072) and fall into the same few L1 cache sets, evicting each other;
     * packed, the block stays in L1 for every row tile that reads it.
     */
    private static void pack(float[] b, int n, int p0, int p1, int j, float[] panel) {
        for (int p = p0; p < p1; p++) {
            System.arraycopy(b, p * n + j, panel, (p - p0) * PANEL, PANEL);
        }
    }

    /**
     * c[i..i+6, j..j+PANEL] += a[i..i+6, p0..p1] · panel: 24 accumulators, 4 loads of b and 6 broadcasts per
     * 24 fused multiply-adds, the shape AVX-512's 32 registers allow (a 4-row tile is load-bound by comparison).
     */
    private static void tile(float[] a, float[] panel, float[] c, int k, int n, int i, int j, int p0, int p1) {
        int r0 = i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n, r4 = r3 + n, r5 = r4 + n;
        FloatVector c00 = load(c, r0), c01 = load(c, r0 + LANES), c02 = load(c, r0 + 2 * LANES), c03 = load(c, r0 + 3 * LANES);
        FloatVector c10 = load(c, r1), c11 = load(c, r1 + LANES), c12 = load(c, r1 + 2 * LANES), c13 = load(c, r1 + 3 * LANES);
        FloatVector c20 = load(c, r2), c21 = load(c, r2 + LANES), c22 = load(c, r2 + 2 * LANES), c23 = load(c, r2 + 3 * LANES);
        FloatVector c30 = load(c, r3), c31 = load(c, r3 + LANES), c32 = load(c, r3 + 2 * LANES), c33 = load(c, r3 + 3 * LANES);
        FloatVector c40 = load(c, r4), c41 = load(c, r4 + LANES), c42 = load(c, r4 + 2 * LANES), c43 = load(c, r4 + 3 * LANES);
        FloatVector c50 = load(c, r5), c51 = load(c, r5 + LANES), c52 = load(c, r5 + 2 * LANES), c53 = load(c, r5 + 3 * LANES);
        int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k, a4 = a3 + k, a5 = a4 + k;
        for (int p = p0; p < p1; p++) {
            int bp = (p - p0) * PANEL;
            FloatVector b0 = load(panel, bp), b1 = load(panel, bp + LANES), b2 = load(panel, bp + 2 * LANES), b3 = load(panel, bp + 3 * LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + p]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02); c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(SPECIES, a[a1 + p]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12); c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(SPECIES, a[a2 + p]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22); c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(SPECIES, a[a3 + p]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32); c33 = x.fma(b3, c33);
            x = FloatVector.broadcast(SPECIES, a[a4 + p]);
            c40 = x.fma(b0, c40); c41 = x.fma(b1, c41); c42 = x.fma(b2, c42); c43 = x.fma(b3, c43);
            x = FloatVector.broadcast(SPECIES, a[a5 + p]);
            c50 = x.fma(b0, c50); c51 = x.fma(b1, c51); c52 = x.fma(b2, c52); c53 = x.fma(b3, c53);
        }
        c00.intoArray(c, r0); c01.intoArray(c, r0 + LANES); c02.intoArray(c, r0 + 2 * LANES); c03.intoArray(c, r0 + 3 * LANES);
        c10.intoArray(c, r1); c11.intoArray(c, r1 + LANES); c12.intoArray(c, r1 + 2 * LANES); c13.intoArray(c, r1 + 3 * LANES);
        c20.intoArray(c, r2); c21.intoArray(c, r2 + LANES); c22.intoArray(c, r2 + 2 * LANES); c23.intoArray(c, r2 + 3 * LANES);
        c30.intoArray(c, r3); c31.intoArray(c, r3 + LANES); c32.intoArray(c, r3 + 2 * LANES); c33.intoArray(c, r3 + 3 * LANES);
        c40.intoArray(c, r4); c41.intoArray(c, r4 + LANES); c42.intoArray(c, r4 + 2 * LANES); c43.intoArray(c, r4 + 3 * LANES);
        c50.intoArray(c, r5); c51.intoArray(c, r5 + LANES); c52.intoArray(c, r5 + 2 * LANES); c53.intoArray(c, r5 + 3 * LANES);
    }

    /** The leftover rows of a panel: one row, four independent sums (one would wait on each multiply-add). */
    private static void rowTile(float[] a, float[] panel, float[] c, int k, int n, int i, int j, int p0, int p1) {
        int r = i * n + j;
        FloatVector c0 = load(c, r), c1 = load(c, r + LANES), c2 = load(c, r + 2 * LANES), c3 = load(c, r + 3 * LANES);
        for (int p = p0; p < p1; p++) {
            int bp = (p - p0) * PANEL;
            FloatVector x = FloatVector.broadcast(SPECIES, a[i * k + p]);
            c0 = x.fma(load(panel, bp), c0);
            c1 = x.fma(load(panel, bp + LANES), c1);
            c2 = x.fma(load(panel, bp + 2 * LANES), c2);
            c3 = x.fma(load(panel, bp + 3 * LANES), c3);
        }
        c0.intoArray(c, r); c1.intoArray(c, r + LANES); c2.intoArray(c, r + 2 * LANES); c3.intoArray(c, r + 3 * LANES);
    }

    private static void oneVector(float[] a, float[] b, float[] c, int k, int n, int i, int j, int p0, int p1) {
        FloatVector sum = load(c, i * n + j);
        for (int p = p0; p < p1; p++) {
            sum = FloatVector.broadcast(SPECIES, a[i * k + p]).fma(load(b, p * n + j), sum);
        }
        sum.intoArray(c, i * n + j);
    }

    @Override
    public void timesTransposed(float[] a, float[] b, float[] c, int k, int n, int rowStart, int rowEnd, int colStart, int colEnd) {
        int i = rowStart;
        for (; i + 4 <= rowEnd; i += 4) {
            int j = colStart;
            for (; j + 4 <= colEnd; j += 4) {
                dotTile(a, b, c, k, n, i, j);
            }
            for (; j < colEnd; j++) {
                for (int r = i; r < i + 4; r++) {
                    c[r * n + j] = dot(a, b, k, r, j);
                }
            }
        }
        for (; i < rowEnd; i++) {
            for (int j = colStart; j < colEnd; j++) {
                c[i * n + j] = dot(a, b, k, i, j);
            }
        }
    }

    /** c[i..i+4, j..j+4] = a[i..i+4] · b[j..j+4]ᵀ: 16 dot products of contiguous rows at once. */
    private static void dotTile(float[] a, float[] b, float[] c, int k, int n, int i, int j) {
        int whole = k - k % LANES;
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector s00 = zero, s01 = zero, s02 = zero, s03 = zero, s10 = zero, s11 = zero, s12 = zero, s13 = zero;
        FloatVector s20 = zero, s21 = zero, s22 = zero, s23 = zero, s30 = zero, s31 = zero, s32 = zero, s33 = zero;
        for (int p = 0; p < whole; p += LANES) {
            FloatVector b0 = load(b, j * k + p), b1 = load(b, (j + 1) * k + p), b2 = load(b, (j + 2) * k + p), b3 = load(b, (j + 3) * k + p);
            FloatVector x = load(a, i * k + p);
            s00 = x.fma(b0, s00); s01 = x.fma(b1, s01); s02 = x.fma(b2, s02); s03 = x.fma(b3, s03);
            x = load(a, (i + 1) * k + p);
            s10 = x.fma(b0, s10); s11 = x.fma(b1, s11); s12 = x.fma(b2, s12); s13 = x.fma(b3, s13);
            x = load(a, (i + 2) * k + p);
            s20 = x.fma(b0, s20); s21 = x.fma(b1, s21); s22 = x.fma(b2, s22); s23 = x.fma(b3, s23);
            x = load(a, (i + 3) * k + p);
            s30 = x.fma(b0, s30); s31 = x.fma(b1, s31); s32 = x.fma(b2, s32); s33 = x.fma(b3, s33);
        }
        // One call per cell, not a loop over an array of vectors: an array would force the vectors out of registers.
        put(a, b, c, k, n, i, j, whole, s00); put(a, b, c, k, n, i, j + 1, whole, s01);
        put(a, b, c, k, n, i, j + 2, whole, s02); put(a, b, c, k, n, i, j + 3, whole, s03);
        put(a, b, c, k, n, i + 1, j, whole, s10); put(a, b, c, k, n, i + 1, j + 1, whole, s11);
        put(a, b, c, k, n, i + 1, j + 2, whole, s12); put(a, b, c, k, n, i + 1, j + 3, whole, s13);
        put(a, b, c, k, n, i + 2, j, whole, s20); put(a, b, c, k, n, i + 2, j + 1, whole, s21);
        put(a, b, c, k, n, i + 2, j + 2, whole, s22); put(a, b, c, k, n, i + 2, j + 3, whole, s23);
        put(a, b, c, k, n, i + 3, j, whole, s30); put(a, b, c, k, n, i + 3, j + 1, whole, s31);
        put(a, b, c, k, n, i + 3, j + 2, whole, s32); put(a, b, c, k, n, i + 3, j + 3, whole, s33);
    }

    private static void put(float[] a, float[] b, float[] c, int k, int n, int row, int col, int whole, FloatVector sum) {
        c[row * n + col] = tail(a, b, k, row, col, whole, sum.reduceLanes(VectorOperators.ADD));
    }

    /** One cell the way {@link #dotTile} computes each of its 16. */
    private static float dot(float[] a, float[] b, int k, int row, int col) {
        int whole = k - k % LANES;
        FloatVector sum = FloatVector.zero(SPECIES);
        for (int p = 0; p < whole; p += LANES) {
            sum = load(a, row * k + p).fma(load(b, col * k + p), sum);
        }
        return tail(a, b, k, row, col, whole, sum.reduceLanes(VectorOperators.ADD));
    }

    private static float tail(float[] a, float[] b, int k, int row, int col, int from, float sum) {
        for (int p = from; p < k; p++) {
            sum = Math.fma(a[row * k + p], b[col * k + p], sum);
        }
        return sum;
    }

    private static FloatVector load(float[] array, int offset) {
        return FloatVector.fromArray(SPECIES, array, offset);
    }

    /** In float, as PyTorch computes it; the vector tanh is the JDK's (SVML on x86), within an ulp or two. */
    @Override
    public void geluNew(float[] x, float[] out, int from, int to) {
        float sqrtTwoOverPi = (float) Math.sqrt(2.0 / Math.PI);
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            FloatVector v = load(x, i);
            FloatVector inner = v.mul(v).mul(v).mul(0.044715f).add(v).mul(sqrtTwoOverPi);
            v.mul(0.5f).mul(inner.lanewise(VectorOperators.TANH).add(1f)).intoArray(out, i);
        }
        for (; i < to; i++) {
            out[i] = (float) Activation.GELU_NEW.apply(x[i]);
        }
    }

    @Override
    public int columnPanel() {
        return PANEL;
    }

    @Override
    public String name() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit)";
    }
}
