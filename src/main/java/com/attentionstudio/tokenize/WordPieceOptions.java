package com.attentionstudio.tokenize;

import java.util.Objects;

/**
 * The WordPiece model's settings, as tokenizer.json spells them.
 *
 * @param unkToken              the token for a word that cannot be cut into known pieces
 * @param continuingPrefix      what marks a piece inside a word ("##")
 * @param maxInputCharsPerWord  longer words become the unknown token whole (BERT: 100)
 */
record WordPieceOptions(String unkToken, String continuingPrefix, int maxInputCharsPerWord) {

    static final WordPieceOptions BERT = new WordPieceOptions("[UNK]", "##", 100);

    WordPieceOptions {
        Objects.requireNonNull(unkToken, "unkToken");
        Objects.requireNonNull(continuingPrefix, "continuingPrefix");
        if (maxInputCharsPerWord < 1) {
            throw new IllegalArgumentException("maxInputCharsPerWord must be at least 1, got " + maxInputCharsPerWord);
        }
    }
}
