package com.attentionstudio.core.train;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * y = x·Wᵀ + b with W stored as PyTorch's Linear does, [out, in], so the checkpoint needs no transpose.
 */
public final class Linear {
    private final Param weight;
    private final Param bias;

    /** Xavier-uniform weights (as the paper's reference code), zero bias. */
    public Linear(String name, int in, int out, Random random) {
        this.weight = new Param(name + ".weight", out, in);
        this.bias = new Param(name + ".bias", 1, out);
        double limit = Math.sqrt(6.0 / (in + out));
        double[] w = weight.value().data;
        for (int i = 0; i < w.length; i++) {
            w[i] = (2 * random.nextDouble() - 1) * limit;
        }
    }

    public List<Param> params() {
        return List.of(weight, bias);
    }

    /** x not modified. */
    public DMatrixRMaj forward(DMatrixRMaj x) {
        DMatrixRMaj y = new DMatrixRMaj(x.numRows, weight.value().numRows);
        CommonOps_DDRM.multTransB(x, weight.value(), y); // [n, in] x [in, out] -> [n, out]
        double[] b = bias.value().data;
        int out = b.length;
        for (int r = 0; r < y.numRows; r++) {
            for (int c = 0; c < out; c++) {
                y.data[r * out + c] += b[c];
            }
        }
        return y;
    }

    /**
     * Adds dL/dW and dL/db to the gradients and returns dL/dx. x and dy not modified.
     */
    public DMatrixRMaj backward(DMatrixRMaj x, DMatrixRMaj dy) {
        CommonOps_DDRM.multAddTransA(dy, x, weight.grad()); // [out, n] x [n, in] -> [out, in]
        double[] db = bias.grad().data;
        int out = db.length;
        for (int r = 0; r < dy.numRows; r++) {
            for (int c = 0; c < out; c++) {
                db[c] += dy.data[r * out + c];
            }
        }
        DMatrixRMaj dx = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.mult(dy, weight.value(), dx); // [n, out] x [out, in] -> [n, in]
        return dx;
    }
}
