package com.attentionstudio.core.train;

import org.ejml.data.DMatrixRMaj;

/**
 * One trainable tensor and the gradient accumulated for it since the last {@link #zeroGrad()}.
 * Training works in double precision so that finite-difference checks can hold gradients to 1e-6;
 * the shipped checkpoint is rounded to F32 only when written.
 */
public final class Param {
    private final String name;
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;

    public Param(String name, int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(name + ": expected a positive shape but got [" + rows + ", " + cols + "]");
        }
        this.name = name;
        this.value = new DMatrixRMaj(rows, cols);
        this.grad = new DMatrixRMaj(rows, cols);
    }

    public String name() {
        return name;
    }

    /** The weights; the optimizer modifies them in place. */
    public DMatrixRMaj value() {
        return value;
    }

    /** The accumulated gradient; every backward pass adds to it. */
    public DMatrixRMaj grad() {
        return grad;
    }

    public void zeroGrad() {
        grad.zero();
    }
}
