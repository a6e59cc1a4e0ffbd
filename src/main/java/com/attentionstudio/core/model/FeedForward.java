package com.attentionstudio.core.model;

import com.attentionstudio.core.trace.FeedForwardTrace;
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

    /** @param x [seqLen, dModel] not modified */
    FeedForwardTrace apply(FMatrixRMaj x) {
        boolean preNorm = config.norm() == NormPlacement.PRE;
        FMatrixRMaj normedInput = preNorm ? weights.norm().apply(x, config.layerNormEpsilon()) : x;
        FMatrixRMaj hidden = weights.up().apply(normedInput);        // [seqLen, dModel] x [dModel, dFF] -> [seqLen, dFF]
        FMatrixRMaj activated = config.activation().apply(hidden);
        FMatrixRMaj projected = weights.down().apply(activated);     // [seqLen, dFF] x [dFF, dModel] -> [seqLen, dModel]
        FMatrixRMaj residual = new FMatrixRMaj(x.numRows, x.numCols);
        CommonOps_FDRM.add(x, projected, residual);
        FMatrixRMaj output = preNorm ? residual : weights.norm().apply(residual, config.layerNormEpsilon());
        return new FeedForwardTrace(TraceValues.of(x), TraceValues.of(normedInput), TraceValues.of(hidden),
                TraceValues.of(activated), TraceValues.of(projected), TraceValues.of(residual),
                preNorm ? TraceValues.of(residual) : TraceValues.of(output));
    }
}
