package com.attentionstudio.render;

import java.util.function.BiFunction;

/**
 * The last layout a figure computed, kept for the next call at the same size: the window hit-tests on
 * every mouse move, and measuring 512 token labels each time would lag. Thread-safe: a figure drawn on
 * one thread and hit-tested on another at worst computes a layout twice.
 */
final class LayoutCache<L> {
    private record Entry<L>(double width, double height, L layout) {
    }

    private volatile Entry<L> last;

    L get(double width, double height, BiFunction<Double, Double, L> compute) {
        Entry<L> entry = last;
        if (entry == null || entry.width != width || entry.height != height) {
            entry = new Entry<>(width, height, compute.apply(width, height));
            last = entry;
        }
        return entry.layout;
    }
}
