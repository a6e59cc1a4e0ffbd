package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One encoder layer as in the paper (§3.1), post-LN: x = LN(x + SelfAttention(x)); x = LN(x + FFN(x)).
 * We keep the paper's post-LN because in the trial runs it put the antecedent of "it" into single
 * encoder heads more often than pre-LN. Dropout is left out: the corpus is small and clean, and
 * a deterministic step makes the gradient checks exact.
 */
public final class EncoderLayer {
    private final MultiHeadAttention selfAttention;
    private final LayerNorm selfAttentionNorm;
    private final FeedForward feedForward;
    private final LayerNorm finalNorm;

    public record Output(MultiHeadAttention.Output attention, LayerNorm.Output attentionNorm,
                         FeedForward.Output feedForward, LayerNorm.Output finalNorm) {
        public DMatrixRMaj y() {
            return finalNorm.y();
        }
    }

    public EncoderLayer(String prefix, TransformerDims dims, Random random) {
        this.selfAttention = new MultiHeadAttention(prefix + "self_attn.", dims.dModel(), dims.numHeads(), false, random);
        this.selfAttentionNorm = new LayerNorm(prefix + "self_attn_layer_norm", dims.dModel(), dims.layerNormEps());
        this.feedForward = new FeedForward(prefix, dims.dModel(), dims.dFeedForward(), random);
        this.finalNorm = new LayerNorm(prefix + "final_layer_norm", dims.dModel(), dims.layerNormEps());
    }

    public List<Param> params() {
        List<Param> params = new ArrayList<>(selfAttention.params());
        params.addAll(selfAttentionNorm.params());
        params.addAll(feedForward.params());
        params.addAll(finalNorm.params());
        return params;
    }

    /** x not modified. */
    public Output forward(DMatrixRMaj x, Segments segments) {
        MultiHeadAttention.Output attention = selfAttention.forward(x, segments, x, segments);
        LayerNorm.Output attentionNorm = selfAttentionNorm.forward(sum(x, attention.y())); // [n, dModel]
        FeedForward.Output ffn = feedForward.forward(attentionNorm.y());
        LayerNorm.Output norm = finalNorm.forward(sum(attentionNorm.y(), ffn.y())); // [n, dModel]
        return new Output(attention, attentionNorm, ffn, norm);
    }

    /**
     * Adds every parameter gradient and returns dL/dx; dAttentionWeights is dL/d(self-attention weights)
     * from a loss on them, [sentence][head] (null entries, or null, where none). Arguments not modified.
     */
    public DMatrixRMaj backward(Output out, Segments segments, DMatrixRMaj dy, DMatrixRMaj[][] dAttentionWeights) {
        DMatrixRMaj dFfnSum = finalNorm.backward(out.finalNorm(), dy);
        DMatrixRMaj dMid = sum(dFfnSum, feedForward.backward(out.feedForward(), dFfnSum));
        DMatrixRMaj dAttnSum = selfAttentionNorm.backward(out.attentionNorm(), dMid);
        MultiHeadAttention.Gradients g = selfAttention.backward(out.attention(), segments, segments, dAttnSum,
                dAttentionWeights);
        DMatrixRMaj dx = sum(dAttnSum, g.dxQuery());
        CommonOps_DDRM.addEquals(dx, g.dxKeyValue());
        return dx;
    }

    static DMatrixRMaj sum(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.add(a, b, c);
        return c;
    }
}
