package com.attentionstudio.core.model;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.ScoreSteps;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The scores of scaled dot-product attention (§3.2.1), in one place: the forward pass computes them
 * here, and a {@link com.attentionstudio.core.trace.HeadTrace} recomputes them here when a view asks,
 * so both see the same bits. Stateless.
 */
final class ScaledDotProduct implements ScoreSteps {
    static final ScaledDotProduct STEPS = new ScaledDotProduct();

    private ScaledDotProduct() {
    }

    /** [queries, dHead] x [keys, dHead]ᵀ -> [queries, keys], a new matrix; arguments not modified. */
    static FMatrixRMaj scores(FMatrixRMaj query, FMatrixRMaj key) {
        return MatrixProducts.timesTransposed(query, key);
    }

    /**
     * scaled = scores / √dHead, [queries, keys]. {@code scaled} may be {@code scores} itself, as in the
     * forward pass, which keeps neither. Modified: scaled. Not modified: scores, unless it is scaled.
     */
    static void scale(FMatrixRMaj scores, int dHead, FMatrixRMaj scaled) {
        CommonOps_FDRM.divide(scores, (float) Math.sqrt(dHead), scaled);
    }

    @Override
    public Matrix scores(Matrix query, Matrix key) {
        return TraceValues.of(scores(TraceData.ejml(query), TraceData.ejml(key)));
    }

    @Override
    public Matrix scale(Matrix scores, int dHead) {
        FMatrixRMaj scaled = new FMatrixRMaj(scores.rows(), scores.cols());
        scale(TraceData.ejml(scores), dHead, scaled);
        return TraceValues.of(scaled);
    }
}
