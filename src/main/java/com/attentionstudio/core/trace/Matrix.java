package com.attentionstudio.core.trace;

import java.util.Arrays;

/**
 * An immutable row-major matrix of floats: the value type every intermediate of a forward pass is kept
 * in. Float is plenty for display and halves the memory of a long trace; the model computes in float
 * too, as Hugging Face transformers does. No EJML type crosses the core's boundary; this does.
 *
 * <p>A square matrix that is zero above its diagonal (a causal head's attention weights) can be kept
 * as its lower triangle, one short array per row: half the memory, and no multi-megabyte arrays for the
 * garbage collector to place. Both forms read, compare and hash alike.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    /** Row-major values; null for a lower triangle. */
    private final float[] data;
    /** Row r holds columns 0..r; null for a full matrix. */
    private final float[][] lower;

    private Matrix(int rows, int cols, float[] data, float[][] lower) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a matrix needs non-negative dimensions, got " + rows + "x" + cols);
        }
        if (data != null && (long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    "a " + rows + "x" + cols + " matrix needs " + (long) rows * cols + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.lower = lower;
    }

    /** A matrix holding a copy of {@code values} (row-major). Not modified. */
    public static Matrix of(int rows, int cols, float[] values) {
        return new Matrix(rows, cols, values.clone(), null);
    }

    /**
     * A matrix that takes ownership of {@code values} without copying: the caller hands the array over
     * and must never touch it again. Used where the core has just computed a fresh array, so a long
     * trace is not stored twice.
     */
    public static Matrix adopt(int rows, int cols, float[] values) {
        return new Matrix(rows, cols, values, null);
    }

    /**
     * A [size, size] matrix kept as its lower triangle, copied from {@code values} (row-major, not
     * modified), whose cells above the diagonal must be exactly 0.
     */
    public static Matrix lowerTriangle(int size, float[] values) {
        if ((long) size * size != values.length) {
            throw new IllegalArgumentException("a " + size + "x" + size + " matrix needs " + (long) size * size
                    + " values, got " + values.length);
        }
        float[][] lower = new float[size][];
        for (int r = 0; r < size; r++) {
            for (int c = r + 1; c < size; c++) {
                if (Float.floatToRawIntBits(values[r * size + c]) != 0) {
                    throw new IllegalArgumentException("cell (" + r + ", " + c + ") above the diagonal is "
                            + values[r * size + c] + ", not 0, so the matrix is not lower triangular");
                }
            }
            lower[r] = Arrays.copyOfRange(values, r * size, r * size + r + 1);
        }
        return new Matrix(size, size, null, lower);
    }

    /** A matrix from rows of equal length. Not modified. */
    public static Matrix ofRows(float[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        float[] flat = new float[values.length * cols];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, expected " + cols);
            }
            System.arraycopy(values[r], 0, flat, r * cols, cols);
        }
        return new Matrix(values.length, cols, flat, null);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public float get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") is outside a " + rows + "x" + cols + " matrix");
        }
        if (lower != null) {
            return col > row ? 0f : lower[row][col];
        }
        return data[row * cols + col];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is outside a matrix of " + rows + " rows");
        }
        if (lower != null) {
            return Arrays.copyOf(lower[row], cols);
        }
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    /** A copy of all values, row-major. */
    public float[] toArray() {
        if (lower == null) {
            return data.clone();
        }
        float[] out = new float[rows * cols];
        copyInto(out, 0);
        return out;
    }

    /** Copies all values, row-major, into {@code target} from {@code offset}. Modified: target. */
    public void copyInto(float[] target, int offset) {
        if (lower == null) {
            System.arraycopy(data, 0, target, offset, data.length);
            return;
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(lower[r], 0, target, offset + r * cols, lower[r].length);
            Arrays.fill(target, offset + r * cols + lower[r].length, offset + (r + 1) * cols, 0f);
        }
    }

    public float[][] toRows() {
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = row(r);
        }
        return out;
    }

    public String shape() {
        return "[" + rows + ", " + cols + "]";
    }

    /** The sum of one row, in double, for this package's validation. */
    double rowSum(int row) {
        double sum = 0;
        if (lower != null) {
            for (float v : lower[row]) {
                sum += v;
            }
            return sum;
        }
        for (int c = row * cols; c < (row + 1) * cols; c++) {
            sum += data[c];
        }
        return sum;
    }

    /** The first column right of the diagonal in {@code row} that is not exactly 0, or -1. */
    int firstNonZeroAboveDiagonal(int row) {
        if (lower != null) {
            return -1;
        }
        for (int c = row + 1; c < cols; c++) {
            if (data[row * cols + c] != 0f) {
                return c;
            }
        }
        return -1;
    }

    /** Equal when shapes and every value's bits agree, whichever form either side is kept in. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Matrix m) || m.rows != rows || m.cols != cols) {
            return false;
        }
        if (lower == null && m.lower == null) {
            return Arrays.equals(m.data, data);
        }
        if (lower != null && m.lower != null) {
            return Arrays.deepEquals(m.lower, lower);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (Float.floatToIntBits(get(r, c)) != Float.floatToIntBits(m.get(r, c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As {@code Arrays.hashCode} of the row-major values, for both forms. */
    @Override
    public int hashCode() {
        int valuesHash = 1;
        if (lower == null) {
            valuesHash = Arrays.hashCode(data);
        } else {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    valuesHash = 31 * valuesHash + Float.floatToIntBits(c > r ? 0f : lower[r][c]);
                }
            }
        }
        return 31 * (31 * rows + cols) + valuesHash;
    }

    @Override
    public String toString() {
        return "Matrix" + shape();
    }
}
