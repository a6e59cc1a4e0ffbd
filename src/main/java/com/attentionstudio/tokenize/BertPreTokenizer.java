package com.attentionstudio.tokenize;

import java.util.ArrayList;
import java.util.List;

/** BERT's word split: whitespace separates words and is dropped; each punctuation character is a word of its own. */
final class BertPreTokenizer {

    private BertPreTokenizer() {
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (CharClass.isWhiteSpace(cp)) {
                flush(word, words);
            } else if (CharClass.isBertPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
