package com.attentionstudio.core.analysis;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Attention rollout (Abnar &amp; Zuidema 2020, "Quantifying Attention Flow in Transformers", §3): how much
 * each input token flows into each position after several layers. Per layer, average the heads, add
 * the identity for the residual connection and renormalise the rows: Â = (A + I) / rowsum; then
 * multiply the layers: R₀ = Â₀, Rₗ = Âₗ · Rₗ₋₁.
 */
public final class AttentionRollout {
    private AttentionRollout() {
    }

    /** Whether rollout is defined for {@code kind}: it chains a sequence's own layers, so not for cross attention. */
    public static boolean defined(AttentionKind kind) {
        return kind != AttentionKind.CROSS;
    }

    /** [seqLen, seqLen] per layer, the rollout through layers 0..l. */
    public static List<Matrix> rollout(ForwardTrace trace, AttentionKind kind) {
        if (!defined(kind)) {
            throw new IllegalArgumentException("attention rollout chains self attention; " + kind.label()
                    + " maps one sequence onto another");
        }
        List<Matrix> out = new ArrayList<>();
        FMatrixRMaj rollout = null;
        for (int layer = 0; layer < trace.layerCount(kind); layer++) {
            FMatrixRMaj withResidual = withResidual(HeadAggregates.meanOverHeads(trace.attention(kind, layer)));
            rollout = rollout == null ? withResidual : MatrixProducts.times(withResidual, rollout); // [n, n] x [n, n] -> [n, n]
            out.add(Matrix.of(rollout.numRows, rollout.numCols, rollout.data));
        }
        return out;
    }

    /** (A + I) with each row renormalised to sum to 1. */
    private static FMatrixRMaj withResidual(Matrix mean) {
        int n = mean.rows();
        FMatrixRMaj out = new FMatrixRMaj(n, n);
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int c = 0; c < n; c++) {
                float v = mean.get(r, c) + (r == c ? 1f : 0f);
                out.data[r * n + c] = v;
                sum += v;
            }
            for (int c = 0; c < n; c++) {
                out.data[r * n + c] /= (float) sum;
            }
        }
        return out;
    }
}
