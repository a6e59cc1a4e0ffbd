package com.attentionstudio.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The most likely tokens of a logits row at a temperature: softmax(logits / T), top k. */
public final class NextTokens {
    private NextTokens() {
    }

    public record Prediction(int id, double probability) {
    }

    public static List<Prediction> top(float[] logits, double temperature, int k) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperature);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp((v - max) / temperature);
        }
        PriorityQueue<Integer> best = new PriorityQueue<>(Comparator.comparingDouble(i -> logits[i]));
        for (int i = 0; i < logits.length; i++) {
            best.add(i);
            if (best.size() > k) {
                best.poll();
            }
        }
        List<Prediction> out = new ArrayList<>();
        while (!best.isEmpty()) {
            int id = best.poll();
            out.add(0, new Prediction(id, Math.exp((logits[id] - max) / temperature) / sum));
        }
        return out;
    }
}
