package com.attentionstudio.core.analysis;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Attention rollout (Abnar &amp; Zuidema 2020, "Quantifying Attention Flow in Transformers", §3): how much
 * each input token flows into each position after several layers. Per layer, average the heads, add
 * the identity for the residual connection and renormalise the rows: Â = (A + I) / rowsum; then
 * multiply the layers: R₀ = Â₀, Rₗ = Âₗ · Rₗ₋₁. Two entry points: a trace's self attention (the views) and plain
 * weight arrays (the trainer's evaluation).
 */
public final class AttentionRollout {
    private AttentionRollout() {
    }

    /** Whether rollout is defined for {@code kind}: it chains a sequence's own layers, so not for cross attention. */
    public static boolean defined(AttentionKind kind) {
        return kind != AttentionKind.CROSS;
    }

    /** [seqLen, seqLen] per layer, the rollout through layers 0..l. */
    public static List<Matrix> rollout(ForwardTrace trace, AttentionKind kind) {
        if (!defined(kind)) {
            throw new IllegalArgumentException("attention rollout chains self attention; " + kind.label()
                    + " maps one sequence onto another");
        }
        List<Matrix> out = new ArrayList<>();
        FMatrixRMaj rollout = null;
        for (int layer = 0; layer < trace.layerCount(kind); layer++) {
            FMatrixRMaj withResidual = withResidual(HeadAggregates.meanOverHeads(trace.attention(kind, layer)));
            rollout = rollout == null ? withResidual : MatrixProducts.times(withResidual, rollout); // [n, n] x [n, n] -> [n, n]
            out.add(Matrix.of(rollout.numRows, rollout.numCols, rollout.data));
        }
        return out;
    }

    /** (A + I) with each row renormalised to sum to 1. */
    private static FMatrixRMaj withResidual(Matrix mean) {
        int n = mean.rows();
        FMatrixRMaj out = new FMatrixRMaj(n, n);
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int c = 0; c < n; c++) {
                float v = mean.get(r, c) + (r == c ? 1f : 0f);
                out.data[r * n + c] = v;
                sum += v;
            }
            for (int c = 0; c < n; c++) {
                out.data[r * n + c] /= (float) sum;
            }
        }
        return out;
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
