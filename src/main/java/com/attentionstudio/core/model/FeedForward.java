package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.FeedForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** FFN(x) = act(x·W₁ + b₁)·W₂ + b₂ with residual and layer norm (§3.3). */
final class FeedForward {
    private final ModelConfig config;
    private final FeedForwardWeights weights;

    FeedForward(ModelConfig config, FeedForwardWeights weights) {
        this.config = config;
        this.weights = weights;
    }

    /** @param input [seqLen, dModel] recorded as it is (not copied again) */
    FeedForwardTrace apply(Matrix input) {
        boolean preNorm = config.norm() == NormPlacement.PRE;
        FMatrixRMaj x = TraceData.ejml(input);
        FMatrixRMaj normedInput = preNorm ? weights.norm().apply(x, config.layerNormEpsilon()) : x;
        FMatrixRMaj hidden = weights.up().apply(normedInput);        // [seqLen, dModel] x [dModel, dFF] -> [seqLen, dFF]
        FMatrixRMaj activated = config.activation().apply(hidden);
        FMatrixRMaj projected = weights.down().apply(activated);     // [seqLen, dFF] x [dFF, dModel] -> [seqLen, dModel]
        FMatrixRMaj residual = new FMatrixRMaj(x.numRows, x.numCols);
        CommonOps_FDRM.add(x, projected, residual);
        FMatrixRMaj output = preNorm ? residual : weights.norm().apply(residual, config.layerNormEpsilon());
        Matrix residualTrace = TraceValues.of(residual);
        return new FeedForwardTrace(input, preNorm ? TraceValues.of(normedInput) : input, TraceValues.of(hidden),
                TraceValues.of(activated), TraceValues.of(projected), residualTrace,
                preNorm ? residualTrace : TraceValues.of(output));
    }
}
