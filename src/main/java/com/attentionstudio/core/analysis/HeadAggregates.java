package com.attentionstudio.core.analysis;

import com.attentionstudio.core.trace.AttentionTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;

/** Summaries of all heads of one attention layer, cell by cell, for the head grid's aggregate rows. */
public final class HeadAggregates {
    private HeadAggregates() {
    }

    /** [queries, keys] the average of every head's weights; rows still sum to 1. */
    public static Matrix meanOverHeads(AttentionTrace layer) {
        Matrix first = layer.head(0).weights();
        float[] sum = new float[first.rows() * first.cols()];
        for (HeadTrace head : layer.heads()) {
            add(sum, head.weights());
        }
        float count = layer.heads().size();
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count;
        }
        return Matrix.adopt(first.rows(), first.cols(), sum);
    }

    /** [queries, keys] the strongest weight any head gives each cell; rows no longer sum to 1. */
    public static Matrix maxOverHeads(AttentionTrace layer) {
        Matrix first = layer.head(0).weights();
        float[] max = first.toArray();
        for (HeadTrace head : layer.heads()) {
            float[] w = head.weights().toArray();
            for (int i = 0; i < max.length; i++) {
                max[i] = Math.max(max[i], w[i]);
            }
        }
        return Matrix.adopt(first.rows(), first.cols(), max);
    }

    private static void add(float[] sum, Matrix m) {
        float[] values = m.toArray();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i];
        }
    }
}
