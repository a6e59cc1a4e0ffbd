package com.attentionstudio.core.trace;

import java.util.OptionalInt;

/**
 * What the user is looking at: the attention kind, layer and head, an optional pinned query token and
 * a step of the step-through. Views, exporters and the CLI draw a trace under a selection; nothing else.
 */
public record Selection(AttentionKind kind, int layer, int head, OptionalInt query, int step) {
    public Selection {
        if (layer < 0 || head < 0 || step < 0) {
            throw new IllegalArgumentException("layer, head and step must be >= 0, got " + layer + ", " + head + ", " + step);
        }
        if (query.isPresent() && query.getAsInt() < 0) {
            throw new IllegalArgumentException("query token must be >= 0, got " + query.getAsInt());
        }
    }

    public static Selection first(AttentionKind kind) {
        return new Selection(kind, 0, 0, OptionalInt.empty(), 0);
    }

    public Selection withKind(AttentionKind newKind) {
        return new Selection(newKind, layer, head, query, step);
    }

    public Selection withLayer(int newLayer) {
        return new Selection(kind, newLayer, head, query, step);
    }

    public Selection withHead(int newHead) {
        return new Selection(kind, layer, newHead, query, step);
    }

    public Selection withQuery(OptionalInt newQuery) {
        return new Selection(kind, layer, head, newQuery, step);
    }

    public Selection withStep(int newStep) {
        return new Selection(kind, layer, head, query, newStep);
    }

    /** The same selection made valid for {@code trace}: clamps layer, head and query, keeps the kind if it has it. */
    public Selection fittedTo(ForwardTrace trace) {
        AttentionKind k = trace.kinds().contains(kind) ? kind : trace.kinds().get(0);
        int l = Math.min(layer, trace.layerCount(k) - 1);
        int h = Math.min(head, trace.headCount(k) - 1);
        int queries = trace.querySequence(k).length();
        OptionalInt q = query.isPresent() && query.getAsInt() < queries ? query : OptionalInt.empty();
        return new Selection(k, l, h, q, step);
    }
}
