package com.attentionstudio.core.train;

/** The sizes of the training-time encoder-decoder. */
public record TransformerDims(int vocabSize, int dModel, int numHeads, int dFeedForward,
                              int encoderLayers, int decoderLayers, int maxPositions, double layerNormEps) {
    public TransformerDims {
        if (vocabSize < 5 || dModel <= 0 || numHeads <= 0 || dFeedForward <= 0 || encoderLayers <= 0
                || decoderLayers <= 0 || maxPositions <= 0 || !(layerNormEps > 0)) {
            throw new IllegalArgumentException("expected positive sizes (vocab of at least the 4 specials + 1 word) but got "
                    + "vocab " + vocabSize + ", dModel " + dModel + ", heads " + numHeads + ", dFF " + dFeedForward
                    + ", layers " + encoderLayers + "+" + decoderLayers + ", maxPositions " + maxPositions
                    + ", eps " + layerNormEps);
        }
        if (dModel % numHeads != 0 || dModel % 2 != 0) {
            throw new IllegalArgumentException("dModel must be even and split evenly into heads but dModel is "
                    + dModel + " with " + numHeads + " heads");
        }
    }

    public int dHead() {
        return dModel / numHeads;
    }
}
