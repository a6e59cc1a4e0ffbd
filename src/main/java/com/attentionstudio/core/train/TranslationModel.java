package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The training-time encoder-decoder: the paper's architecture (§3) with post-LN, tied embeddings and
 * no dropout, plus one addition the paper does not have: an auxiliary alignment loss on the encoder
 * output. Each English word predicts, through the same tied output projection, its aligned French word
 * in context ("the" → la or le, "it" → the French noun it refers to). Trained on translation alone,
 * a model this small resolves "it" in the decoder; the auxiliary loss makes the encoder resolve it, so
 * the encoder attention the app shows really points from "it" to its antecedent.
 */
public final class TranslationModel {
    private final TransformerDims dims;
    private final TokenEmbedding embedding;
    private final List<EncoderLayer> encoder = new ArrayList<>();
    private final List<DecoderLayer> decoder = new ArrayList<>();
    private final LabelSmoothedCrossEntropy criterion;
    private final double alignmentWeight;
    private final HeadSupervision headSupervision;

    /** Everything one forward pass computed; backward reads it. */
    public record Pass(Batch batch, List<EncoderLayer.Output> encoder, List<DecoderLayer.Output> decoder,
                       DMatrixRMaj logits, LabelSmoothedCrossEntropy.Output translation,
                       LabelSmoothedCrossEntropy.Output alignment, HeadSupervision.Output supervision, double loss) {
        public DMatrixRMaj encoderOutput() {
            return encoder.get(encoder.size() - 1).y();
        }
    }

    public TranslationModel(TransformerDims dims, double labelSmoothing, double alignmentWeight,
                            HeadSupervision headSupervision, long seed) {
        if (headSupervision.layer() >= dims.encoderLayers() || headSupervision.head() >= dims.numHeads()) {
            throw new IllegalArgumentException("the supervised head must be one of the " + dims.encoderLayers()
                    + " encoder layers x " + dims.numHeads() + " heads but is layer " + headSupervision.layer()
                    + " head " + headSupervision.head());
        }
        Random random = new Random(seed);
        this.dims = dims;
        this.embedding = new TokenEmbedding(dims.vocabSize(), dims.dModel(), random);
        for (int i = 0; i < dims.encoderLayers(); i++) {
            encoder.add(new EncoderLayer("encoder.layers." + i + ".", dims, random));
        }
        for (int i = 0; i < dims.decoderLayers(); i++) {
            decoder.add(new DecoderLayer("decoder.layers." + i + ".", dims, random));
        }
        this.criterion = new LabelSmoothedCrossEntropy(labelSmoothing);
        this.alignmentWeight = alignmentWeight;
        this.headSupervision = headSupervision;
    }

    public TransformerDims dims() {
        return dims;
    }

    /** Every parameter, named as in a BART checkpoint, embedding first. */
    public List<Param> params() {
        List<Param> params = new ArrayList<>(embedding.params());
        encoder.forEach(layer -> params.addAll(layer.params()));
        decoder.forEach(layer -> params.addAll(layer.params()));
        return params;
    }

    /** The encoder alone: one output per layer, the last being the encoder output. Arguments not modified. */
    public List<EncoderLayer.Output> encode(int[] sourceIds, Segments sourceSegments) {
        List<EncoderLayer.Output> outputs = new ArrayList<>();
        DMatrixRMaj x = embedding.embed(sourceIds, sourceSegments); // [nSrc, dModel]
        for (EncoderLayer layer : encoder) {
            EncoderLayer.Output out = layer.forward(x, sourceSegments);
            outputs.add(out);
            x = out.y();
        }
        return outputs;
    }

    /** The decoder over teacher-forced inputs. Arguments not modified. */
    public List<DecoderLayer.Output> decode(int[] decoderInputIds, Segments targetSegments,
                                            DMatrixRMaj encoderOutput, Segments sourceSegments) {
        List<DecoderLayer.Output> outputs = new ArrayList<>();
        DMatrixRMaj x = embedding.embed(decoderInputIds, targetSegments); // [nTgt, dModel]
        for (DecoderLayer layer : decoder) {
            DecoderLayer.Output out = layer.forward(x, targetSegments, encoderOutput, sourceSegments);
            outputs.add(out);
            x = out.y();
        }
        return outputs;
    }

    /** Arguments not modified. */
    public DMatrixRMaj logits(DMatrixRMaj hidden) {
        return embedding.logits(hidden); // [n, dModel] -> [n, V]
    }

    /** Forward pass with all losses: translation + alignmentWeight · alignment + head supervision. */
    public Pass forward(Batch batch) {
        List<EncoderLayer.Output> enc = encode(batch.sourceIds(), batch.sourceSegments());
        DMatrixRMaj encoderOutput = enc.get(enc.size() - 1).y();
        List<DecoderLayer.Output> dec = decode(batch.decoderInputIds(), batch.targetSegments(),
                encoderOutput, batch.sourceSegments());
        DMatrixRMaj logits = embedding.logits(dec.get(dec.size() - 1).y()); // [nTgt, V]
        LabelSmoothedCrossEntropy.Output translation = criterion.compute(logits, batch.targetIds());
        LabelSmoothedCrossEntropy.Output alignment = criterion.compute(embedding.logits(encoderOutput),
                batch.alignmentIds()); // [nSrc, V]
        HeadSupervision.Output supervision = headSupervision.compute(
                enc.get(headSupervision.layer()).attention().weights(), batch.pronouns(), batch.antecedents());
        double loss = translation.loss() + alignmentWeight * alignment.loss() + supervision.loss();
        return new Pass(batch, enc, dec, logits, translation, alignment, supervision, loss);
    }

    /** Adds dLoss/dθ to every parameter's gradient. */
    public void backward(Pass pass) {
        Batch batch = pass.batch();
        DMatrixRMaj decoderTop = pass.decoder().get(pass.decoder().size() - 1).y();
        DMatrixRMaj dx = embedding.backwardLogits(decoderTop, pass.translation().dLogits());
        DMatrixRMaj dAlignLogits = pass.alignment().dLogits().copy();
        CommonOps_DDRM.scale(alignmentWeight, dAlignLogits);
        DMatrixRMaj dEncoderOutput = embedding.backwardLogits(pass.encoderOutput(), dAlignLogits);
        for (int i = decoder.size() - 1; i >= 0; i--) {
            DecoderLayer.Gradients g = decoder.get(i).backward(pass.decoder().get(i), batch.targetSegments(),
                    batch.sourceSegments(), dx);
            CommonOps_DDRM.addEquals(dEncoderOutput, g.dEncoderOutput());
            dx = g.dx();
        }
        embedding.backwardEmbed(batch.decoderInputIds(), dx);
        DMatrixRMaj dEnc = dEncoderOutput;
        for (int i = encoder.size() - 1; i >= 0; i--) {
            DMatrixRMaj[][] dWeights = i == headSupervision.layer() ? pass.supervision().dWeights() : null;
            dEnc = encoder.get(i).backward(pass.encoder().get(i), batch.sourceSegments(), dEnc, dWeights);
        }
        embedding.backwardEmbed(batch.sourceIds(), dEnc);
    }

    public void zeroGrad() {
        params().forEach(Param::zeroGrad);
    }
}
