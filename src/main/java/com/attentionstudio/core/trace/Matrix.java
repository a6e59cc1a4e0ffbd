package com.attentionstudio.core.trace;

import java.util.Arrays;

/**
 * An immutable row-major matrix of floats: the value type every intermediate of a forward pass is kept
 * in. Float is plenty for display and halves the memory of a long trace; the model computes in float
 * too, as Hugging Face transformers does. No EJML type crosses the core's boundary; this does.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final float[] data;

    private Matrix(int rows, int cols, float[] data) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a matrix needs non-negative dimensions, got " + rows + "x" + cols);
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    "a " + rows + "x" + cols + " matrix needs " + (long) rows * cols + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A matrix holding a copy of {@code values} (row-major). Not modified. */
    public static Matrix of(int rows, int cols, float[] values) {
        return new Matrix(rows, cols, values.clone());
    }

    /**
     * A matrix that takes ownership of {@code values} without copying: the caller hands the array over
     * and must never touch it again. Used where the core has just computed a fresh array, so a long
     * trace is not stored twice.
     */
    public static Matrix adopt(int rows, int cols, float[] values) {
        return new Matrix(rows, cols, values);
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
        return new Matrix(values.length, cols, flat);
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
        return data[row * cols + col];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is outside a matrix of " + rows + " rows");
        }
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    /** The values themselves, row-major, for this package's validation loops; never modified, never handed out. */
    float[] values() {
        return data;
    }

    /** A copy of all values, row-major. */
    public float[] toArray() {
        return data.clone();
    }

    /** Copies all values, row-major, into {@code target} from {@code offset}. Modified: target. */
    public void copyInto(float[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix" + shape();
    }
}
