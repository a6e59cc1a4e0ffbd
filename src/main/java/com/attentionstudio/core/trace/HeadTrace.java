package com.attentionstudio.core.trace;

/**
 * One head of one attention layer, step by step (Vaswani et al. 2017, §3.2.1):
 * scores = Q·Kᵀ, scaled = scores / √dHead, mask, weights = softmax(scaled), output = weights·V.
 *
 * @param query        [queries, dHead]
 * @param key          [keys, dHead]
 * @param value        [keys, dHead]
 * @param scores       [queries, keys] raw dot products
 * @param scaledScores [queries, keys] scores / √dHead, before the mask
 * @param weights      [queries, keys] softmax of the masked scaled scores; masked cells are exactly 0
 * @param output       [queries, dHead] weights · V
 * @param causal       whether key j &gt; query i was masked out (decoder self attention)
 */
public record HeadTrace(Matrix query, Matrix key, Matrix value, Matrix scores, Matrix scaledScores,
                        Matrix weights, Matrix output, boolean causal) {
    /** Rows of a softmax may differ from 1 by float rounding over long rows, no more. */
    static final double ROW_SUM_TOLERANCE = 1e-3;

    public HeadTrace {
        int queries = query.rows();
        int keys = key.rows();
        int dHead = query.cols();
        requireShape("key", key, keys, dHead);
        requireShape("value", value, keys, dHead);
        requireShape("scores", scores, queries, keys);
        requireShape("scaled scores", scaledScores, queries, keys);
        requireShape("weights", weights, queries, keys);
        requireShape("head output", output, queries, dHead);
        for (int q = 0; q < queries; q++) {
            double sum = 0;
            for (int k = 0; k < keys; k++) {
                float w = weights.get(q, k);
                if (causal && k > q && w != 0f) {
                    throw new IllegalArgumentException("the causal mask lets query " + q + " see future key " + k);
                }
                sum += w;
            }
            if (Math.abs(sum - 1.0) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("attention weights of query " + q + " sum to " + sum + ", expected 1");
            }
        }
    }

    /** Whether the mask hides key {@code key} from query {@code query}. */
    public boolean masked(int query, int key) {
        return causal && key > query;
    }

    public int dHead() {
        return query.cols();
    }

    static void requireShape(String what, Matrix m, int rows, int cols) {
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(what + " should be [" + rows + ", " + cols + "] but is " + m.shape());
        }
    }
}
