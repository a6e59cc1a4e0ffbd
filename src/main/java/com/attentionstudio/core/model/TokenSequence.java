package com.attentionstudio.core.model;

import java.util.Arrays;
import java.util.List;

/** The ids a model reads, with the label shown for each. */
public record TokenSequence(int[] ids, List<String> labels) {
    public TokenSequence {
        ids = ids.clone();
        labels = List.copyOf(labels);
        if (ids.length != labels.size()) {
            throw new IllegalArgumentException(ids.length + " ids but " + labels.size() + " labels");
        }
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    public int length() {
        return ids.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSequence t && Arrays.equals(t.ids, ids) && t.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + labels.hashCode();
    }
}
