package com.attentionstudio.core.model;

import com.attentionstudio.core.math.Activation;
import com.attentionstudio.core.trace.Architecture;

/**
 * Everything that distinguishes one transformer from another, validated once. Family adapters in the
 * loader translate a checkpoint's config.json into this.
 *
 * @param architecture    encoder-only, decoder-only or encoder-decoder
 * @param vocabSize       rows of the embedding table
 * @param dModel          width of every hidden state
 * @param numHeads        heads per attention layer; dHead = dModel / numHeads
 * @param dFF             width of the feed-forward hidden layer
 * @param encoderLayers   0 for decoder-only models
 * @param decoderLayers   0 for encoder-only models
 * @param maxPositions    longest sequence the model accepts
 * @param norm            pre-LN or post-LN
 * @param activation      feed-forward non-linearity (also BERT's LM-head transform)
 * @param positions       sinusoidal or learned
 * @param positionOffset  index of position 0 in a learned table (2 for BART)
 * @param embeddingScale  factor on token embeddings (√dModel in the paper, 1 for GPT-2 and BERT)
 * @param layerNormEpsilon ε in every layer norm
 */
public record ModelConfig(Architecture architecture, int vocabSize, int dModel, int numHeads, int dFF,
                          int encoderLayers, int decoderLayers, int maxPositions, NormPlacement norm,
                          Activation activation, PositionScheme positions, int positionOffset,
                          float embeddingScale, double layerNormEpsilon) {
    public ModelConfig {
        requirePositive("vocabulary size", vocabSize);
        requirePositive("dModel", dModel);
        requirePositive("number of heads", numHeads);
        requirePositive("feed-forward width", dFF);
        requirePositive("maximum positions", maxPositions);
        if (dModel % numHeads != 0) {
            throw new IllegalArgumentException("dModel " + dModel + " is not divisible by " + numHeads + " heads");
        }
        if ((encoderLayers > 0) != (architecture != Architecture.DECODER_ONLY)
                || (decoderLayers > 0) != (architecture != Architecture.ENCODER_ONLY)) {
            throw new IllegalArgumentException("a " + architecture.label() + " model cannot have "
                    + encoderLayers + " encoder and " + decoderLayers + " decoder layers");
        }
        if (positionOffset < 0) {
            throw new IllegalArgumentException("position offset must be >= 0, got " + positionOffset);
        }
        if (!(embeddingScale > 0) || !(layerNormEpsilon > 0)) {
            throw new IllegalArgumentException("embedding scale and layer-norm epsilon must be positive");
        }
    }

    public int dHead() {
        return dModel / numHeads;
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
