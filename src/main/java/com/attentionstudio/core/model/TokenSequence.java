package com.attentionstudio.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * The ids a model reads, with a label for each.
 *
 * @param labels  the tokens as the tokenizer's vocabulary spells them ("Ġpizza"), as Hugging Face reports them
 * @param display the tokens as a person should read them ("pizza"), for figures
 */
public record TokenSequence(int[] ids, List<String> labels, List<String> display) {
    public TokenSequence {
        ids = ids.clone();
        labels = List.copyOf(labels);
        display = List.copyOf(display);
        if (ids.length != labels.size() || ids.length != display.size()) {
            throw new IllegalArgumentException(ids.length + " ids but " + labels.size() + " labels and " + display.size()
                    + " display labels");
        }
    }

    /** Labels that read well as they are (word-level vocabularies, tests). */
    public TokenSequence(int[] ids, List<String> labels) {
        this(ids, labels, labels);
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
        return o instanceof TokenSequence t && Arrays.equals(t.ids, ids) && t.labels.equals(labels) && t.display.equals(display);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + labels.hashCode();
    }
}
