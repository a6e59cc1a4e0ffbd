package com.attentionstudio.core.model;

import com.attentionstudio.core.math.LayerNorm;
import org.ejml.data.FMatrixRMaj;

/** Layer-norm scale γ and shift β, each [1, dModel]. */
public record NormWeights(WeightMatrix gamma, WeightMatrix beta) {
    public NormWeights {
        if (gamma.rows() != 1 || beta.rows() != 1 || gamma.cols() != beta.cols()) {
            throw new IllegalArgumentException("layer norm needs two [1, d] vectors, got " + gamma.shape() + " and " + beta.shape());
        }
    }

    public int size() {
        return gamma.cols();
    }

    FMatrixRMaj apply(FMatrixRMaj x, double epsilon) {
        return LayerNorm.apply(x, gamma.values(), beta.values(), epsilon);
    }
}
