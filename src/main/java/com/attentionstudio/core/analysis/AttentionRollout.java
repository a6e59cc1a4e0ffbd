package com.attentionstudio.core.analysis;

import com.attentionstudio.core.math.MatrixProducts;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Attention rollout (Abnar &amp; Zuidema 2020, "Quantifying Attention Flow in Transformers", §3): how much
 * each token draws, through all layers, from each input token. Per layer, average the heads, add the
 * identity for the residual connection and renormalise the rows: Â = (Ā + I) / rowsum; then multiply
 * the layers, first layer rightmost: R₀ = Â₀, Rₗ = Âₗ · Rₗ₋₁. Each Â in double, the products with the
 * core's float kernel, so 1024 tokens × 12 layers stays well under a second.
 */
public final class AttentionRollout {
    private AttentionRollout() {
    }

    /** Whether rollout is defined for {@code kind}: it chains a sequence's own layers, so not for cross attention. */
    public static boolean defined(AttentionKind kind) {
        return kind != AttentionKind.CROSS;
    }

    /** [seqLen, seqLen] per layer: the rollout through layers 0..l of {@code kind}. */
    public static List<Matrix> rollout(ForwardTrace trace, AttentionKind kind) {
        if (!defined(kind)) {
            throw new IllegalArgumentException("attention rollout chains self attention; " + kind.label()
                    + " maps one sequence onto another");
        }
        List<float[][][]> layers = new ArrayList<>();
        for (int layer = 0; layer < trace.layerCount(kind); layer++) {
            AttentionTrace attention = trace.attention(kind, layer);
            layers.add(attention.heads().stream().map(HeadTrace::weights).map(Matrix::toRows).toArray(float[][][]::new));
        }
        return cumulative(layers).stream().map(Matrix::ofRows).toList();
    }

    /**
     * @param layers layers.get(l)[head][query][key], each row a softmax; all square and of one size. Not modified.
     * @return [seqLen, seqLen] the rollout through every layer: row i says how much token i draws from each input
     *         token; rows sum to 1
     */
    public static float[][] of(List<float[][][]> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("rollout needs at least one layer of attention weights");
        }
        List<float[][]> all = cumulative(layers);
        return all.get(all.size() - 1);
    }

    private static List<float[][]> cumulative(List<float[][][]> layers) {
        List<float[][]> out = new ArrayList<>(layers.size());
        if (layers.isEmpty()) {
            return out;
        }
        int seqLen = layers.get(0)[0].length;
        FMatrixRMaj rollout = null;
        for (int l = 0; l < layers.size(); l++) {
            FMatrixRMaj layer = toEjml(withResidual(layers.get(l), seqLen, l));
            rollout = rollout == null ? layer : MatrixProducts.times(layer, rollout); // [seqLen, seqLen] x [seqLen, seqLen] -> [seqLen, seqLen]
            out.add(toRows(rollout));
        }
        return out;
    }

    /** Mean over heads + identity, rows renormalised: (Ā + I) / 2 when Ā's rows sum to 1. */
    private static double[][] withResidual(float[][][] heads, int seqLen, int layer) {
        double[][] mean = new double[seqLen][seqLen];
        for (int i = 0; i < seqLen; i++) {
            mean[i][i] = 1;
        }
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

    private static FMatrixRMaj toEjml(double[][] m) {
        int n = m.length;
        FMatrixRMaj out = new FMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.data[i * n + j] = (float) m[i][j];
            }
        }
        return out;
    }

    private static float[][] toRows(FMatrixRMaj m) {
        float[][] out = new float[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
        }
        return out;
    }
}
