package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.Matrix;
import org.ejml.data.FMatrixRMaj;

/**
 * A parameter tensor as loaded: row-major floats. It takes ownership of its array without copying,
 * because GPT-2's weights are half a gigabyte and must not be held twice; the loader hands each array
 * over and never touches it again.
 */
public final class WeightMatrix {
    private final int rows;
    private final int cols;
    private final float[] data;

    private WeightMatrix(int rows, int cols, float[] data) {
        if (rows <= 0 || cols <= 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " weight needs "
                    + (long) rows * cols + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Takes ownership of {@code data} (row-major); the caller must not modify it afterwards. */
    public static WeightMatrix of(int rows, int cols, float[] data) {
        return new WeightMatrix(rows, cols, data);
    }

    /** A [1, n] row vector (biases, layer-norm scales); takes ownership of {@code data}. */
    public static WeightMatrix vector(float[] data) {
        return new WeightMatrix(1, data.length, data);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public float get(int row, int col) {
        return data[row * cols + col];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        float[] out = new float[cols];
        System.arraycopy(data, row * cols, out, 0, cols);
        return out;
    }

    /** A copy as a trace value, for views that show a weight table (embedding neighbours, learned positions). */
    public Matrix toMatrix() {
        return Matrix.of(rows, cols, data);
    }

    public String shape() {
        return "[" + rows + ", " + cols + "]";
    }

    /** An EJML view sharing the array; the core only reads it. */
    FMatrixRMaj ejml() {
        return FMatrixRMaj.wrap(rows, cols, data);
    }

    /** The values themselves, for the core's read-only arithmetic. */
    float[] values() {
        return data;
    }
}
