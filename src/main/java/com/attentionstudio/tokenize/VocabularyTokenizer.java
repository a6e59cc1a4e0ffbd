package com.attentionstudio.tokenize;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What every tokenizer here shares: one vocabulary of raw token strings, looked up both ways, and the
 * pipeline around the subword model — special tokens typed in the text stay whole, the rest goes to
 * {@link #encodePlain}, and the configured specials wrap the result.
 */
abstract class VocabularyTokenizer implements Tokenizer {
    protected final Vocabulary vocabulary;
    protected final AddedTokenSplitter addedTokens;
    protected final SpecialIds specialIds;

    VocabularyTokenizer(Vocabulary vocabulary, List<AddedToken> addedTokens, SpecialIds specialIds) {
        this.vocabulary = vocabulary;
        this.addedTokens = new AddedTokenSplitter(addedTokens);
        this.specialIds = specialIds;
    }

    @Override
    public final Encoding encode(String text) {
        Objects.requireNonNull(text, "text");
        EncodingBuilder out = specialIds.newEncoding(vocabulary);
        for (AddedTokenSplitter.Segment segment : addedTokens.split(text)) {
            if (segment.isPlain()) {
                encodePlain(segment.text(), out);
            } else {
                out.add(segment.tokenId());
            }
        }
        return out.build();
    }

    /** Appends the ids of a stretch of text holding no added token. Modified: out. */
    protected abstract void encodePlain(String text, EncodingBuilder out);

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
