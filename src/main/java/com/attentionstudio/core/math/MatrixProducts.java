package com.attentionstudio.core.math;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The matrix products of a forward pass, in one place, so a faster kernel can replace EJML's where
 * measurement says so and be tested against it. Every method returns a new matrix; inputs not modified.
 */
public final class MatrixProducts {
    private MatrixProducts() {
    }

    /** [m, k] x [k, n] -> [m, n] */
    public static FMatrixRMaj times(FMatrixRMaj a, FMatrixRMaj b) {
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, b.numCols);
        CommonOps_FDRM.mult(a, b, c);
        return c;
    }

    /** [m, k] x [n, k]ᵀ -> [m, n] */
    public static FMatrixRMaj timesTransposed(FMatrixRMaj a, FMatrixRMaj b) {
        FMatrixRMaj c = new FMatrixRMaj(a.numRows, b.numRows);
        CommonOps_FDRM.multTransB(a, b, c);
        return c;
    }
}
