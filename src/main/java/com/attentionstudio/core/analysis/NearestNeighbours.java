package com.attentionstudio.core.analysis;

import com.attentionstudio.core.trace.Matrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * The vocabulary entries whose vectors point the same way as a given vector (cosine similarity), over
 * an embedding table. Row norms are computed once, so a query over GPT-2's 50 257 rows is one pass.
 * Immutable and safe to share between threads.
 */
public final class NearestNeighbours {
    private final Matrix table;
    private final List<String> labels;
    private final double[] norms;

    /**
     * @param table  [vocab, d] one vector per vocabulary entry. Not modified.
     * @param labels the display label of each row
     */
    public NearestNeighbours(Matrix table, List<String> labels) {
        if (labels.size() != table.rows()) {
            throw new IllegalArgumentException("the table has " + table.rows() + " rows but " + labels.size() + " labels");
        }
        this.table = table;
        this.labels = List.copyOf(labels);
        this.norms = new double[table.rows()];
        for (int r = 0; r < table.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < table.cols(); c++) {
                double v = table.get(r, c);
                sum += v * v;
            }
            norms[r] = Math.sqrt(sum);
        }
    }

    /** One vocabulary entry and how similar its vector is to the query (cosine, −1..1). */
    public record Neighbour(int index, String label, double similarity) {
    }

    public int size() {
        return table.rows();
    }

    public int dimensions() {
        return table.cols();
    }

    public String label(int index) {
        return labels.get(index);
    }

    /** A copy of the vector of entry {@code index}. */
    public float[] vector(int index) {
        return table.row(index);
    }

    /** The {@code k} most similar entries, most similar first; ties go to the lower index. */
    public List<Neighbour> nearest(float[] query, int k) {
        return nearest(query, k, index -> false);
    }

    /**
     * The {@code k} most similar entries that {@code skip} does not exclude, most similar first. Rows of
     * length zero have no direction and are never returned.
     */
    public List<Neighbour> nearest(float[] query, int k, IntPredicate skip) {
        if (query.length != table.cols()) {
            throw new IllegalArgumentException("a query of " + query.length + " values cannot be compared with vectors of "
                    + table.cols());
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        double queryNorm = 0;
        for (float v : query) {
            queryNorm += (double) v * v;
        }
        queryNorm = Math.sqrt(queryNorm);
        Comparator<Neighbour> worstFirst = Comparator.comparingDouble(Neighbour::similarity)
                .thenComparing(Comparator.comparingInt(Neighbour::index).reversed());
        PriorityQueue<Neighbour> best = new PriorityQueue<>(worstFirst);
        for (int r = 0; r < table.rows() && queryNorm > 0 && k > 0; r++) {
            if (norms[r] == 0 || skip.test(r)) {
                continue;
            }
            double dot = 0;
            for (int c = 0; c < query.length; c++) {
                dot += (double) query[c] * table.get(r, c);
            }
            Neighbour candidate = new Neighbour(r, labels.get(r), dot / (queryNorm * norms[r]));
            if (best.size() < k) {
                best.add(candidate);
            } else if (worstFirst.compare(candidate, best.peek()) > 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<Neighbour> out = new ArrayList<>(best);
        out.sort(worstFirst.reversed());
        return out;
    }
}
