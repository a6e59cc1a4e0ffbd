package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One decoder layer as in the paper (§3.1), post-LN: masked self attention, then cross attention over
 * the encoder output, then the feed-forward network, each wrapped as x = LN(x + sublayer(x)).
 */
public final class DecoderLayer {
    private final MultiHeadAttention selfAttention;
    private final LayerNorm selfAttentionNorm;
    private final MultiHeadAttention crossAttention;
    private final LayerNorm crossAttentionNorm;
    private final FeedForward feedForward;
    private final LayerNorm finalNorm;

    public record Output(MultiHeadAttention.Output selfAttention, LayerNorm.Output selfAttentionNorm,
                         MultiHeadAttention.Output crossAttention, LayerNorm.Output crossAttentionNorm,
                         FeedForward.Output feedForward, LayerNorm.Output finalNorm) {
        public DMatrixRMaj y() {
            return finalNorm.y();
        }
    }

    /** dL/dx for the decoder stream and dL/d(encoder output) from this layer's cross attention. */
    public record Gradients(DMatrixRMaj dx, DMatrixRMaj dEncoderOutput) {
    }

    public DecoderLayer(String prefix, TransformerDims dims, Random random) {
        int d = dims.dModel();
        this.selfAttention = new MultiHeadAttention(prefix + "self_attn.", d, dims.numHeads(), true, random);
        this.selfAttentionNorm = new LayerNorm(prefix + "self_attn_layer_norm", d, dims.layerNormEps());
        this.crossAttention = new MultiHeadAttention(prefix + "encoder_attn.", d, dims.numHeads(), false, random);
        this.crossAttentionNorm = new LayerNorm(prefix + "encoder_attn_layer_norm", d, dims.layerNormEps());
        this.feedForward = new FeedForward(prefix, d, dims.dFeedForward(), random);
        this.finalNorm = new LayerNorm(prefix + "final_layer_norm", d, dims.layerNormEps());
    }

    public List<Param> params() {
        List<Param> params = new ArrayList<>(selfAttention.params());
        params.addAll(selfAttentionNorm.params());
        params.addAll(crossAttention.params());
        params.addAll(crossAttentionNorm.params());
        params.addAll(feedForward.params());
        params.addAll(finalNorm.params());
        return params;
    }

    /** Arguments not modified. */
    public Output forward(DMatrixRMaj x, Segments targetSegments, DMatrixRMaj encoderOutput, Segments sourceSegments) {
        MultiHeadAttention.Output self = selfAttention.forward(x, targetSegments, x, targetSegments);
        LayerNorm.Output selfNorm = selfAttentionNorm.forward(EncoderLayer.sum(x, self.y()));
        MultiHeadAttention.Output cross = crossAttention.forward(selfNorm.y(), targetSegments,
                encoderOutput, sourceSegments);
        LayerNorm.Output crossNorm = crossAttentionNorm.forward(EncoderLayer.sum(selfNorm.y(), cross.y()));
        FeedForward.Output ffn = feedForward.forward(crossNorm.y());
        LayerNorm.Output norm = finalNorm.forward(EncoderLayer.sum(crossNorm.y(), ffn.y()));
        return new Output(self, selfNorm, cross, crossNorm, ffn, norm);
    }

    /** Adds every parameter gradient. Arguments not modified. */
    public Gradients backward(Output out, Segments targetSegments, Segments sourceSegments, DMatrixRMaj dy) {
        DMatrixRMaj dFfnSum = finalNorm.backward(out.finalNorm(), dy);
        DMatrixRMaj dCrossOut = EncoderLayer.sum(dFfnSum, feedForward.backward(out.feedForward(), dFfnSum));
        DMatrixRMaj dCrossSum = crossAttentionNorm.backward(out.crossAttentionNorm(), dCrossOut);
        MultiHeadAttention.Gradients cross = crossAttention.backward(out.crossAttention(), targetSegments,
                sourceSegments, dCrossSum);
        DMatrixRMaj dSelfOut = EncoderLayer.sum(dCrossSum, cross.dxQuery());
        DMatrixRMaj dSelfSum = selfAttentionNorm.backward(out.selfAttentionNorm(), dSelfOut);
        MultiHeadAttention.Gradients self = selfAttention.backward(out.selfAttention(), targetSegments,
                targetSegments, dSelfSum);
        DMatrixRMaj dx = EncoderLayer.sum(dSelfSum, self.dxQuery());
        CommonOps_DDRM.addEquals(dx, self.dxKeyValue());
        return new Gradients(dx, cross.dxKeyValue());
    }
}
