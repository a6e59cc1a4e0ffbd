package com.attentionstudio.core.trace;

import java.lang.ref.SoftReference;
import java.util.Objects;

/**
 * One head of one attention layer, step by step (Vaswani et al. 2017, §3.2.1):
 * scores = Q·Kᵀ, scaled = scores / √dHead, mask, weights = softmax(scaled), output = weights·V.
 *
 * <p>Q, K, V, the weights and the output are stored. The raw and scaled scores can instead be derived
 * on first request ({@link #lazy}): for GPT-2 small over 1024 tokens they would be 1.2 GB of the heap
 * (2 × 4 MB × 144 heads), and a view shows one head's at a time. They are remembered through a soft
 * reference, so a view that walks every head cannot pin them all; recomputing gives the same bits.
 * Immutable apart from that cache, and safe to share between threads.
 */
public final class HeadTrace {
    /** Rows of a softmax may differ from 1 by float rounding over long rows, no more. */
    static final double ROW_SUM_TOLERANCE = 1e-3;

    private final Matrix query;
    private final Matrix key;
    private final Matrix value;
    private final Matrix weights;
    private final Matrix output;
    private final boolean causal;
    /** Null when the scores were given. */
    private final ScoreSteps steps;
    private final Matrix givenScores;
    private final Matrix givenScaledScores;
    private SoftReference<Matrix> cachedScores = new SoftReference<>(null);       // guarded by this
    private SoftReference<Matrix> cachedScaledScores = new SoftReference<>(null); // guarded by this

    /**
     * A head with every step given.
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
    public HeadTrace(Matrix query, Matrix key, Matrix value, Matrix scores, Matrix scaledScores,
                     Matrix weights, Matrix output, boolean causal) {
        this(query, key, value, weights, output, causal, null, Objects.requireNonNull(scores, "scores"),
                Objects.requireNonNull(scaledScores, "scaledScores"));
        requireShape("scores", scores, query.rows(), key.rows());
        requireShape("scaled scores", scaledScores, query.rows(), key.rows());
    }

    /** A head whose raw and scaled scores {@code steps} derives from Q and K when first asked for. */
    public static HeadTrace lazy(Matrix query, Matrix key, Matrix value, Matrix weights, Matrix output, boolean causal,
                                 ScoreSteps steps) {
        return new HeadTrace(query, key, value, weights, output, causal, Objects.requireNonNull(steps, "steps"), null, null);
    }

    private HeadTrace(Matrix query, Matrix key, Matrix value, Matrix weights, Matrix output, boolean causal,
                      ScoreSteps steps, Matrix scores, Matrix scaledScores) {
        int queries = query.rows();
        int keys = key.rows();
        int dHead = query.cols();
        requireShape("key", key, keys, dHead);
        requireShape("value", value, keys, dHead);
        requireShape("weights", weights, queries, keys);
        requireShape("head output", output, queries, dHead);
        requireSoftmaxRows(weights, causal);
        this.query = query;
        this.key = key;
        this.value = value;
        this.weights = weights;
        this.output = output;
        this.causal = causal;
        this.steps = steps;
        this.givenScores = scores;
        this.givenScaledScores = scaledScores;
    }

    /** Every row sums to 1 and, under a causal mask, gives the future exactly 0. */
    private static void requireSoftmaxRows(Matrix weights, boolean causal) {
        for (int q = 0; q < weights.rows(); q++) {
            int future = causal ? weights.firstNonZeroAboveDiagonal(q) : -1;
            if (future >= 0) {
                throw new IllegalArgumentException("the causal mask lets query " + q + " see future key " + future);
            }
            double sum = weights.rowSum(q);
            if (Math.abs(sum - 1.0) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("attention weights of query " + q + " sum to " + sum + ", expected 1");
            }
        }
    }

    public Matrix query() {
        return query;
    }

    public Matrix key() {
        return key;
    }

    public Matrix value() {
        return value;
    }

    /** [queries, keys] Q·Kᵀ, the raw dot products. */
    public Matrix scores() {
        if (givenScores != null) {
            return givenScores;
        }
        synchronized (this) {
            Matrix scores = cachedScores.get();
            if (scores == null) {
                scores = steps.scores(query, key);
                requireShape("scores", scores, query.rows(), key.rows());
                cachedScores = new SoftReference<>(scores);
            }
            return scores;
        }
    }

    /** [queries, keys] scores / √dHead, before the mask. */
    public Matrix scaledScores() {
        if (givenScaledScores != null) {
            return givenScaledScores;
        }
        synchronized (this) {
            Matrix scaled = cachedScaledScores.get();
            if (scaled == null) {
                scaled = steps.scale(scores(), dHead());
                requireShape("scaled scores", scaled, query.rows(), key.rows());
                cachedScaledScores = new SoftReference<>(scaled);
            }
            return scaled;
        }
    }

    /** [queries, keys] softmax of the masked scaled scores; masked cells are exactly 0. */
    public Matrix weights() {
        return weights;
    }

    /** [queries, dHead] weights · V. */
    public Matrix output() {
        return output;
    }

    /** Whether key j &gt; query i was masked out (decoder self attention). */
    public boolean causal() {
        return causal;
    }

    /** Whether the mask hides key {@code key} from query {@code query}. */
    public boolean masked(int query, int key) {
        return causal && key > query;
    }

    public int dHead() {
        return query.cols();
    }

    /** Equal when every stored step is equal; the scores follow from Q and K, so they are not compared again. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HeadTrace h && h.causal == causal && h.query.equals(query) && h.key.equals(key)
                && h.value.equals(value) && h.weights.equals(weights) && h.output.equals(output);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, key, value, weights, output, causal);
    }

    @Override
    public String toString() {
        return "HeadTrace[queries=" + query.rows() + ", keys=" + key.rows() + ", dHead=" + dHead()
                + (causal ? ", causal" : "") + "]";
    }

    static void requireShape(String what, Matrix m, int rows, int cols) {
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(what + " should be [" + rows + ", " + cols + "] but is " + m.shape());
        }
    }
}
