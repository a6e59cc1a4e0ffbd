package com.attentionstudio.core.analysis;

import com.attentionstudio.core.trace.LogitsSource;
import java.util.ArrayList;
import java.util.List;

/** The most likely next tokens at a position: softmax(logits / T), the top k of it. */
public final class NextTokens {
    private NextTokens() {
    }

    /** One candidate next token and its probability under the temperature asked for. */
    public record Candidate(int id, String label, double probability) {
    }

    /**
     * @param temperature T &gt; 0: below 1 sharpens the distribution, above 1 flattens it
     * @return the {@code k} most probable tokens, most probable first; ties go to the lower id
     */
    public static List<Candidate> top(LogitsSource source, int position, int k, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        float[] logits = source.logits(position);
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l / temperature);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l / temperature - max);
        }
        int[] best = topIndices(logits, Math.min(k, logits.length));
        List<Candidate> out = new ArrayList<>(best.length);
        for (int id : best) {
            out.add(new Candidate(id, source.label(id), Math.exp(logits[id] / temperature - max) / sum));
        }
        return out;
    }

    /** Indices of the k largest values, largest first; dividing by T &gt; 0 keeps the order, so logits rank directly. */
    private static int[] topIndices(float[] values, int k) {
        int[] best = new int[k];
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            int at = filled;
            while (at > 0 && values[i] > values[best[at - 1]]) {
                at--;
            }
            if (at < k) {
                System.arraycopy(best, at, best, at + 1, Math.min(filled, k - 1) - at);
                best[at] = i;
                filled = Math.min(filled + 1, k);
            }
        }
        return best;
    }
}
