package com.attentionstudio.core.model;

import com.attentionstudio.core.math.MatrixProducts;
import java.util.Optional;
import org.ejml.data.FMatrixRMaj;

/**
 * An affine map y = x·W + b. Checkpoints store W either as [in, out] (GPT-2's Conv1D) or as
 * [out, in] (PyTorch's Linear); we keep it as stored and multiply accordingly rather than transposing
 * a copy.
 *
 * @param weight   [in, out] or, when {@code outByIn}, [out, in]
 * @param bias     [1, out] where the model has biases
 * @param outByIn  whether {@code weight} is stored [out, in]
 */
public record Linear(WeightMatrix weight, Optional<WeightMatrix> bias, boolean outByIn) {
    public Linear {
        bias.ifPresent(b -> {
            int out = outByIn ? weight.rows() : weight.cols();
            if (b.rows() != 1 || b.cols() != out) {
                throw new IllegalArgumentException("bias should be [1, " + out + "] but is " + b.shape());
            }
        });
    }

    public int inFeatures() {
        return outByIn ? weight.cols() : weight.rows();
    }

    public int outFeatures() {
        return outByIn ? weight.rows() : weight.cols();
    }

    /** [n, in] -> [n, out], a new matrix; {@code x} not modified. */
    FMatrixRMaj apply(FMatrixRMaj x) {
        // [n, in] x [in, out] -> [n, out]
        FMatrixRMaj y = outByIn ? MatrixProducts.timesTransposed(x, weight.ejml()) : MatrixProducts.times(x, weight.ejml());
        bias.ifPresent(b -> addRowVector(y, b.values()));
        return y;
    }

    static void addRowVector(FMatrixRMaj m, float[] row) {
        int cols = m.numCols;
        for (int r = 0; r < m.numRows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                m.data[base + c] += row[c];
            }
        }
    }
}
