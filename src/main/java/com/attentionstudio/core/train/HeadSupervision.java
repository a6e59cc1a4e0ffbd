package com.attentionstudio.core.train;

import org.ejml.data.DMatrixRMaj;

/**
 * An optional loss on one encoder head's weights, not in the paper: −log of the weight that "it" gives its
 * antecedent in encoder layer {@code layer}, head {@code head}, averaged over the sentences that have one.
 * The alignment loss alone makes the encoder resolve "it" (rollout finds the antecedent), but spreads the
 * work over heads, so no single head shows it reliably; this names the head the lesson points to.
 *
 * @param weight 0 turns it off
 */
public record HeadSupervision(int layer, int head, double weight) {
    public static final HeadSupervision NONE = new HeadSupervision(0, 0, 0);

    public HeadSupervision {
        if (layer < 0 || head < 0 || weight < 0) {
            throw new IllegalArgumentException("expected a layer, a head and a weight >= 0 but got "
                    + layer + ", " + head + ", " + weight);
        }
    }

    /** The loss, and its gradient per [sentence][head] (only this head's entries non-null). */
    public record Output(double loss, DMatrixRMaj[][] dWeights) {
    }

    /** weights[sentence][head] from the supervised layer; pronoun and antecedent are positions, −1 for none. */
    public Output compute(DMatrixRMaj[][] weights, int[] pronouns, int[] antecedents) {
        int counted = 0;
        for (int p : pronouns) {
            counted += p >= 0 ? 1 : 0;
        }
        DMatrixRMaj[][] dWeights = new DMatrixRMaj[weights.length][weights.length == 0 ? 0 : weights[0].length];
        double loss = 0;
        for (int s = 0; s < weights.length && weight > 0; s++) {
            if (pronouns[s] < 0) {
                continue;
            }
            DMatrixRMaj w = weights[s][head];
            double value = Math.max(w.get(pronouns[s], antecedents[s]), 1e-12); // no log(0) if a weight underflows
            loss -= Math.log(value) / counted;
            dWeights[s][head] = new DMatrixRMaj(w.numRows, w.numCols);
            dWeights[s][head].set(pronouns[s], antecedents[s], -weight / (counted * value));
        }
        return new Output(weight * loss, dWeights);
    }
}
