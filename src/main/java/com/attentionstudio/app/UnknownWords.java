package com.attentionstudio.app;

import com.attentionstudio.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** The words of a text that a tokenizer can only read as its unknown token, so the user can be told which. */
public final class UnknownWords {
    private UnknownWords() {
    }

    public static List<String> of(String text, Tokenizer tokenizer) {
        List<String> unknown = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty() && tokenizer.encode(word).unknownCount() > 0 && !unknown.contains(word)) {
                unknown.add(word);
            }
        }
        return unknown;
    }
}
