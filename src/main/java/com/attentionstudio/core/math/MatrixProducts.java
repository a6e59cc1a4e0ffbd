package com.attentionstudio.core.math;

import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The matrix products of a forward pass, in one place. {@link #times} and {@link #timesTransposed} run
 * a register-blocked float kernel on every core (about ten times EJML's speed here, see README
 * "Performance"); {@link #referenceTimes} and {@link #referenceTimesTransposed} are EJML's own, kept
 * as the reference the fast kernel is tested against. Every method returns a new matrix; inputs are
 * not modified.
 *
 * <p>A product's bits depend only on its shapes and values, never on how its rows were shared
 * between threads, so a value recomputed later (a trace's lazy scores) equals the one first computed.
 */
public final class MatrixProducts {
    private static final ProductKernel KERNEL = ProductKernel.FASTEST;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    /** Below about 64³ multiply-adds, handing work to another thread costs more than it saves. */
    private static final long PARALLEL_WORK = 64L * 64 * 64;
    /**
     * Dot products shorter than this (Q·Kᵀ over dHead = 64) spend more on summing vector lanes than on
     * multiplying: it is cheaper to transpose b (small then) and run the i-k-j kernel. Measured: 17 vs
     * 49 GFLOP/s for [1024, 64] x [1024, 64]ᵀ. With few rows of a the transpose does not pay back.
     */
    private static final int SHORT_DOT = 128;
    private static final int TRANSPOSE_ROWS = 64;
    /**
     * Tiles per core. More tiles than cores lets a core that was not preempted take over the work of one
     * that was (this machine is shared), instead of both waiting for the slower one at the join.
     */
    private static final int TILES_PER_CORE = 4;
    /** Rows go to threads in multiples of the kernel's 4-row register tile. */
    private static final int ROW_BLOCK = 4;

    private MatrixProducts() {
    }

    /** [m, k] x [k, n] -> [m, n] */
    public static FMatrixRMaj times(FMatrixRMaj a, FMatrixRMaj b) {
        requireInner(a.numCols, b.numRows, "a·b", a, b);
        int k = a.numCols;
        int n = b.numCols;
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, n);
        inTiles(a.numRows, n, k, (r0, r1, c0, c1) -> KERNEL.times(a.data, b.data, c.data, k, n, r0, r1, c0, c1));
        return c;
    }

    /** [m, k] x [n, k]ᵀ -> [m, n], for weights stored [out, in] and for Q·Kᵀ: both read rows contiguously. */
    public static FMatrixRMaj timesTransposed(FMatrixRMaj a, FMatrixRMaj b) {
        requireInner(a.numCols, b.numCols, "a·bᵀ", a, b);
        int k = a.numCols;
        int n = b.numRows;
        if (k < SHORT_DOT && a.numRows >= TRANSPOSE_ROWS) {
            return times(a, CommonOps_FDRM.transpose(b, null)); // [k, n]
        }
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, n);
        inTiles(a.numRows, n, k, (r0, r1, c0, c1) -> KERNEL.timesTransposed(a.data, b.data, c.data, k, n, r0, r1, c0, c1));
        return c;
    }

    /** EJML's {@code CommonOps_FDRM.mult}: [m, k] x [k, n] -> [m, n]. */
    public static FMatrixRMaj referenceTimes(FMatrixRMaj a, FMatrixRMaj b) {
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, b.numCols);
        CommonOps_FDRM.mult(a, b, c);
        return c;
    }

    /** EJML's {@code CommonOps_FDRM.multTransB}: [m, k] x [n, k]ᵀ -> [m, n]. */
    public static FMatrixRMaj referenceTimesTransposed(FMatrixRMaj a, FMatrixRMaj b) {
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, b.numRows);
        CommonOps_FDRM.multTransB(a, b, c);
        return c;
    }

    /** Which fast kernel this JVM runs: the Vector API one, or plain Java without its module. */
    public static String kernelName() {
        return KERNEL.name();
    }

    private interface Tile {
        void run(int rowStart, int rowEnd, int colStart, int colEnd);
    }

    /**
     * Splits [m, n] into a few tiles per core along its longer side: rows for long sequences, columns
     * (so each core streams its share of the weights) for short ones. Small products stay on this thread.
     */
    private static void inTiles(int m, int n, int k, Tile tile) {
        long work = (long) m * n * Math.max(k, 1);
        if (PROCESSORS == 1 || work < PARALLEL_WORK) {
            tile.run(0, m, 0, n);
            return;
        }
        boolean byRows = m >= n;
        int unit = byRows ? ROW_BLOCK : KERNEL.columnPanel();
        int units = ((byRows ? m : n) + unit - 1) / unit;
        int parts = Math.min(PROCESSORS * TILES_PER_CORE, units);
        IntStream.range(0, parts).parallel().forEach(part -> {
            int start = Math.min(units * part / parts * unit, byRows ? m : n);
            int end = Math.min(units * (part + 1) / parts * unit, byRows ? m : n);
            if (byRows) {
                tile.run(start, end, 0, n);
            } else {
                tile.run(0, m, start, end);
            }
        });
    }

    private static void requireInner(int left, int right, String product, FMatrixRMaj a, FMatrixRMaj b) {
        if (left != right) {
            throw new IllegalArgumentException(product + " needs matching inner sizes but a is [" + a.numRows + ", "
                    + a.numCols + "] and b is [" + b.numRows + ", " + b.numCols + "]");
        }
    }
}
