package com.attentionstudio.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects ids for one encode call between the special tokens that wrap it; lives only inside that call. */
final class EncodingBuilder {

    private final Vocabulary vocabulary;
    private final int[] after;
    private int[] ids = new int[32];
    private int size;
    private int unknownCount;

    EncodingBuilder(Vocabulary vocabulary, int[] before, int[] after) {
        this.vocabulary = vocabulary;
        this.after = after;
        addAll(before);
    }

    void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    void addAll(int[] more) {
        for (int id : more) {
            add(id);
        }
    }

    void countUnknown(int count) {
        unknownCount += count;
    }

    Encoding build() {
        addAll(after);
        int[] result = Arrays.copyOf(ids, size);
        List<String> tokens = new ArrayList<>(size);
        for (int id : result) {
            tokens.add(vocabulary.tokenOf(id));
        }
        return new Encoding(result, tokens, unknownCount);
    }
}
