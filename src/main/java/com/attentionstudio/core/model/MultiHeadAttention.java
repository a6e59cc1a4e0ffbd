package com.attentionstudio.core.model;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.math.Softmax;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/** Multi-head scaled dot-product attention with its residual and layer norm (Vaswani et al. 2017, §3.2). */
final class MultiHeadAttention {
    private final ModelConfig config;
    private final AttentionWeights weights;
    private final AttentionKind kind;

    MultiHeadAttention(ModelConfig config, AttentionWeights weights, AttentionKind kind) {
        this.config = config;
        this.weights = weights;
        this.kind = kind;
    }

    /**
     * @param input  [queries, dModel] the sub-layer's input, recorded as it is (not copied again)
     * @param memory [keys, dModel] the encoder output for cross attention; empty for self attention
     */
    AttentionTrace apply(Matrix input, Optional<Matrix> memory) {
        boolean preNorm = config.norm() == NormPlacement.PRE;
        FMatrixRMaj x = TraceData.ejml(input);                                 // [queries, dModel]
        FMatrixRMaj queryInput = preNorm ? weights.norm().apply(x, config.layerNormEpsilon()) : x;
        FMatrixRMaj keyValueInput = memory.map(TraceData::ejml).orElse(queryInput);
        FMatrixRMaj query = weights.query().apply(queryInput);    // [queries, dModel] x [dModel, dModel] -> [queries, dModel]
        FMatrixRMaj key = weights.key().apply(keyValueInput);     // [keys, dModel] x [dModel, dModel] -> [keys, dModel]
        FMatrixRMaj value = weights.value().apply(keyValueInput); // [keys, dModel] x [dModel, dModel] -> [keys, dModel]

        int dHead = config.dHead();
        FMatrixRMaj concat = new FMatrixRMaj(x.numRows, config.dModel());
        // The heads are independent (§3.2.2): they run on every core, each writing only its own columns of concat.
        HeadTrace[] heads = new HeadTrace[config.numHeads()];
        IntStream.range(0, heads.length).parallel().forEach(h -> heads[h] =
                head(columns(query, h, dHead), columns(key, h, dHead), columns(value, h, dHead), concat, h * dHead));
        FMatrixRMaj projected = weights.output().apply(concat);   // [queries, dModel] x [dModel, dModel] -> [queries, dModel]
        FMatrixRMaj residual = new FMatrixRMaj(x.numRows, x.numCols);
        CommonOps_FDRM.add(x, projected, residual);                // x + Sublayer(x)
        FMatrixRMaj output = preNorm ? residual : weights.norm().apply(residual, config.layerNormEpsilon());
        // Matrices that are the input again are recorded as the same object, so a long trace holds them once.
        Matrix queryInputTrace = preNorm ? TraceValues.of(queryInput) : input;
        Matrix residualTrace = TraceValues.of(residual);
        return new AttentionTrace(kind, input, queryInputTrace, memory.orElse(queryInputTrace), List.of(heads), TraceValues.of(concat),
                TraceValues.of(projected), residualTrace, preNorm ? residualTrace : TraceValues.of(output));
    }

    /**
     * softmax(mask(Q·Kᵀ / √dHead))·V for one head (§3.2.1). The trace keeps Q, K, V, the weights and the
     * output; the raw and scaled scores it derives again from Q and K through the same steps when asked.
     */
    private HeadTrace head(FMatrixRMaj query, FMatrixRMaj key, FMatrixRMaj value, FMatrixRMaj concat, int column) {
        // One [queries, keys] array turns into scaled, masked, then softmaxed scores: the trace keeps only
        // the weights, and long sequences would otherwise allocate four such arrays per head.
        FMatrixRMaj weightsMatrix = ScaledDotProduct.scores(query, key); // [queries, dHead] x [keys, dHead]ᵀ -> [queries, keys]
        ScaledDotProduct.scale(weightsMatrix, query.numCols, weightsMatrix);
        boolean causal = kind == AttentionKind.DECODER_SELF;
        if (causal) {
            causalMask(weightsMatrix);
        }
        Softmax.rowsInPlace(weightsMatrix);                              // [queries, keys], rows sum to 1
        FMatrixRMaj output = MatrixProducts.times(weightsMatrix, value);  // [queries, keys] x [keys, dHead] -> [queries, dHead]
        CommonOps_FDRM.insert(output, concat, 0, column);
        // A causal head's weights are zero above the diagonal: kept as the lower triangle, half the memory.
        Matrix weightsTrace = causal ? Matrix.lowerTriangle(weightsMatrix.numRows, weightsMatrix.data)
                : TraceValues.of(weightsMatrix);
        return HeadTrace.lazy(TraceValues.of(query), TraceValues.of(key), TraceValues.of(value),
                weightsTrace, TraceValues.of(output), causal, ScaledDotProduct.STEPS);
    }

    /**
     * Query i may not see keys j &gt; i: −∞ there, so softmax gives exactly 0 (the paper's "setting to −∞").
     * Modified: {@code scaled}, which becomes the masked matrix.
     */
    private static void causalMask(FMatrixRMaj scaled) {
        FMatrixRMaj masked = scaled;
        for (int q = 0; q < masked.numRows; q++) {
            for (int k = q + 1; k < masked.numCols; k++) {
                masked.data[q * masked.numCols + k] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private static FMatrixRMaj columns(FMatrixRMaj m, int head, int dHead) {
        return CommonOps_FDRM.extract(m, 0, m.numRows, head * dHead, (head + 1) * dHead);
    }
}
