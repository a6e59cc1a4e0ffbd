package com.attentionstudio.core.train;

import org.ejml.data.DMatrixRMaj;

/**
 * One head of one sentence: rows [qStart, qStart+qLen) of Q against rows [kStart, kStart+kLen) of K
 * and V, columns [col, col+dHead). Loops instead of copies, because these blocks are tiny (about
 * 12×12×16) next to the batched projections.
 */
record HeadSlice(int qStart, int qLen, int kStart, int kLen, int col, int dHead) {

    HeadSlice(Segments querySegments, Segments keySegments, int sentence, int head, int dHead) {
        this(querySegments.start(sentence), querySegments.length(sentence),
                keySegments.start(sentence), keySegments.length(sentence), head * dHead, dHead);
    }

    /** softmax(Q·Kᵀ / √dHead) with future keys masked when causal (§3.2.1, §3.2.3). */
    DMatrixRMaj weights(DMatrixRMaj q, DMatrixRMaj k, boolean causal) {
        DMatrixRMaj weights = new DMatrixRMaj(qLen, kLen); // [qLen, kLen]
        double scale = 1.0 / Math.sqrt(dHead);
        int d = q.numCols;
        for (int i = 0; i < qLen; i++) {
            int visible = causal ? Math.min(i + 1, kLen) : kLen;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < visible; j++) {
                double score = 0;
                for (int c = 0; c < dHead; c++) {
                    score += q.data[(qStart + i) * d + col + c] * k.data[(kStart + j) * d + col + c];
                }
                weights.data[i * kLen + j] = score * scale;
                max = Math.max(max, score * scale);
            }
            double sum = 0;
            for (int j = 0; j < visible; j++) {
                double e = Math.exp(weights.data[i * kLen + j] - max);
                weights.data[i * kLen + j] = e;
                sum += e;
            }
            for (int j = 0; j < kLen; j++) {
                weights.data[i * kLen + j] = j < visible ? weights.data[i * kLen + j] / sum : 0;
            }
        }
        return weights;
    }

    /** Writes weights·V into this head's columns of concat. Modifies concat only. */
    void weightedSum(DMatrixRMaj weights, DMatrixRMaj v, DMatrixRMaj concat) {
        int d = v.numCols;
        for (int i = 0; i < qLen; i++) {
            for (int j = 0; j < kLen; j++) {
                double w = weights.data[i * kLen + j];
                if (w == 0) {
                    continue;
                }
                for (int c = 0; c < dHead; c++) {
                    concat.data[(qStart + i) * d + col + c] += w * v.data[(kStart + j) * d + col + c];
                }
            }
        }
    }

    /** Adds this head's share of dQ, dK and dV; extra is dL/dweights from a loss on the weights, or null.
     * Modifies dq, dk, dv only. */
    void backward(MultiHeadAttention.Output out, DMatrixRMaj weights, DMatrixRMaj extra, DMatrixRMaj dConcat,
                  DMatrixRMaj dq, DMatrixRMaj dk, DMatrixRMaj dv) {
        int d = dConcat.numCols;
        double scale = 1.0 / Math.sqrt(dHead);
        double[] dWeights = new double[kLen];
        for (int i = 0; i < qLen; i++) {
            int qRow = (qStart + i) * d + col;
            double dot = 0;
            for (int j = 0; j < kLen; j++) {
                double w = weights.data[i * kLen + j];
                double g = 0;
                for (int c = 0; c < dHead; c++) {
                    g += dConcat.data[qRow + c] * out.v().data[(kStart + j) * d + col + c];
                    dv.data[(kStart + j) * d + col + c] += w * dConcat.data[qRow + c];
                }
                if (extra != null) {
                    g += extra.data[i * kLen + j];
                }
                dWeights[j] = g;
                dot += w * g;
            }
            for (int j = 0; j < kLen; j++) {
                // softmax backward; masked keys have w = 0 and so get no gradient
                double dScore = weights.data[i * kLen + j] * (dWeights[j] - dot) * scale;
                if (dScore == 0) {
                    continue;
                }
                int kRow = (kStart + j) * d + col;
                for (int c = 0; c < dHead; c++) {
                    dq.data[qRow + c] += dScore * out.k().data[kRow + c];
                    dk.data[kRow + c] += dScore * out.q().data[qRow + c];
                }
            }
        }
    }
}
