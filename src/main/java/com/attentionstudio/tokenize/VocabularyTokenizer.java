package com.attentionstudio.tokenize;

import java.util.OptionalInt;

/** What every tokenizer here shares: one vocabulary of raw token strings, looked up both ways. */
abstract class VocabularyTokenizer implements Tokenizer {
    protected final Vocabulary vocabulary;

    VocabularyTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public final int vocabSize() {
        return vocabulary.size();
    }

    @Override
    public final OptionalInt idOf(String token) {
        return vocabulary.idOf(token);
    }

    @Override
    public final String tokenOf(int id) {
        return vocabulary.tokenOf(id);
    }

    /** Word-level and WordPiece tokens are already readable ("##ing" keeps its "##" to show it continues a word). */
    @Override
    public String displayOf(int id) {
        return vocabulary.tokenOf(id);
    }
}
