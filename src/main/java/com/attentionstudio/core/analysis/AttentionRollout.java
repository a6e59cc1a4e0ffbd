package com.attentionstudio.core.analysis;

import java.util.List;

/**
 * Attention rollout (Abnar and Zuidema 2020, "Quantifying Attention Flow in Transformers"): how much
 * each token draws, through all layers, from each input token. Per layer the heads are averaged, the
 * identity is added for the residual connection and each row renormalised to sum to 1; the layers are
 * then multiplied, first layer rightmost: R = Â_L · … · Â_1.
 */
public final class AttentionRollout {
    private AttentionRollout() {
    }

    /**
     * @param layers layers.get(l)[head][query][key], each row a softmax; all square and of one size.
     *               Not modified.
     * @return [seqLen, seqLen]: row i says how much token i draws from each input token; rows sum to 1
     */
    public static float[][] of(List<float[][][]> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("rollout needs at least one layer of attention weights");
        }
        int seqLen = layers.get(0)[0].length;
        double[][] rollout = identity(seqLen);
        for (int l = 0; l < layers.size(); l++) {
            double[][] layer = withResidual(layers.get(l), seqLen, l);
            rollout = multiply(layer, rollout); // [seqLen, seqLen] x [seqLen, seqLen] -> [seqLen, seqLen]
        }
        float[][] result = new float[seqLen][seqLen];
        for (int i = 0; i < seqLen; i++) {
            for (int j = 0; j < seqLen; j++) {
                result[i][j] = (float) rollout[i][j];
            }
        }
        return result;
    }

    /** Mean over heads + identity, rows renormalised: (Ā + I) / 2 when Ā's rows sum to 1. */
    private static double[][] withResidual(float[][][] heads, int seqLen, int layer) {
        double[][] mean = identity(seqLen);
        for (float[][] head : heads) {
            if (head.length != seqLen) {
                throw new IllegalArgumentException("layer " + layer + " has a head with " + head.length
                        + " query rows but the first layer has " + seqLen);
            }
            for (int i = 0; i < seqLen; i++) {
                if (head[i].length != seqLen) {
                    throw new IllegalArgumentException("rollout needs square self attention but layer " + layer
                            + " row " + i + " has " + head[i].length + " keys for " + seqLen + " queries");
                }
                for (int j = 0; j < seqLen; j++) {
                    mean[i][j] += head[i][j] / heads.length;
                }
            }
        }
        for (double[] row : mean) {
            double sum = 0;
            for (double v : row) {
                sum += v;
            }
            for (int j = 0; j < seqLen; j++) {
                row[j] /= sum;
            }
        }
        return mean;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
