package com.attentionstudio.core.train;

import org.ejml.data.DMatrixRMaj;

/**
 * Cross-entropy against (1 − ε)·onehot + ε/V (label smoothing, §5.4; the paper uses ε = 0.1), averaged
 * over the rows that have a target. A target of {@link #IGNORE} contributes neither loss nor gradient.
 */
public final class LabelSmoothedCrossEntropy {
    public static final int IGNORE = -1;

    private final double smoothing;

    /** The mean loss over counted rows and its gradient with respect to the logits. */
    public record Output(double loss, int counted, DMatrixRMaj dLogits) {
    }

    public LabelSmoothedCrossEntropy(double smoothing) {
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing must be in [0, 1) but was " + smoothing);
        }
        this.smoothing = smoothing;
    }

    /** Arguments not modified. */
    public Output compute(DMatrixRMaj logits, int[] targets) {
        int n = logits.numRows;
        int vocab = logits.numCols;
        if (targets.length != n) {
            throw new IllegalArgumentException("expected one target per logit row (" + n + ") but got " + targets.length);
        }
        int counted = 0;
        for (int t : targets) {
            counted += t == IGNORE ? 0 : 1;
        }
        DMatrixRMaj dLogits = new DMatrixRMaj(n, vocab); // [n, V]
        double loss = 0;
        for (int r = 0; r < n; r++) {
            if (targets[r] != IGNORE) {
                loss += rowLossAndGradient(logits, r, targets[r], dLogits, 1.0 / counted);
            }
        }
        return new Output(counted == 0 ? 0 : loss / counted, counted, dLogits);
    }

    private double rowLossAndGradient(DMatrixRMaj logits, int r, int target, DMatrixRMaj dLogits, double weight) {
        int vocab = logits.numCols;
        int o = r * vocab;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < vocab; c++) {
            max = Math.max(max, logits.data[o + c]);
        }
        double sum = 0;
        for (int c = 0; c < vocab; c++) {
            sum += Math.exp(logits.data[o + c] - max);
        }
        double logSum = Math.log(sum) + max;
        double loss = 0;
        for (int c = 0; c < vocab; c++) {
            double q = smoothing / vocab + (c == target ? 1 - smoothing : 0);
            double logP = logits.data[o + c] - logSum;
            loss -= q * logP;
            dLogits.data[o + c] = (Math.exp(logP) - q) * weight;
        }
        return loss;
    }
}
