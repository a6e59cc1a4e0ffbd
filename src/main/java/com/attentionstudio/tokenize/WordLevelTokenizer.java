package com.attentionstudio.tokenize;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The built-in models' tokenizer: whole lower-cased words looked up in a one-token-per-line vocabulary
 * (see {@link WordLevelSplitter} for how text is cut). A word the vocabulary lacks becomes [UNK] and is
 * counted in {@link Encoding#unknownCount()}; nothing the user types makes it fail.
 */
public final class WordLevelTokenizer extends VocabularyTokenizer {

    public static final String PAD = "[PAD]";
    public static final String UNK = "[UNK]";
    public static final String BOS = "<s>";
    public static final String EOS = "</s>";

    /** No space before these when decoding: they close or follow what stands before them. */
    private static final Set<String> GLUED_LEFT = Set.of(".", ",", "!", "?", ";", ":", ")", "]", "}", "%", "n't");
    private static final Set<String> GLUED_RIGHT = Set.of("(", "[", "{");

    private final int unkId;

    private WordLevelTokenizer(Vocabulary vocabulary, SpecialWrap wrap, String source) {
        // [UNK] stays visible in decoded text: a translation that says "[UNK]" should show it.
        super(vocabulary, List.of(PAD, UNK, BOS, EOS).stream()
                        .filter(vocabulary::contains)
                        .map(token -> AddedToken.special(token, vocabulary.idOf(token).getAsInt()))
                        .toList(),
                SpecialIds.resolve(wrap, List.of(PAD, BOS, EOS), vocabulary, source));
        this.unkId = vocabulary.requireId(UNK, "unknown", source);
    }

    /**
     * A tokenizer over the given vocabulary, the line number (from 0) of each token its id.
     *
     * @param wrap {@link SpecialWrap#NONE}, or {@code SpecialWrap.of("<s>", "</s>")} to put those around every text
     * @throws com.attentionstudio.core.InputException when a token repeats or [UNK] or a wrap token is missing
     */
    public static WordLevelTokenizer fromVocab(List<String> tokens, SpecialWrap wrap, String source) {
        return new WordLevelTokenizer(Vocabulary.of(TokenizerFileReader.lineIds(tokens, source), List.of(), source), wrap, source);
    }

    /**
     * The words a text is cut into before the vocabulary is consulted, with every contraction split; use it
     * to build a vocabulary that this tokenizer will then find words in.
     */
    public static List<String> pieces(String text) {
        return WordLevelSplitter.pieces(text, word -> false);
    }

    @Override
    protected void encodePlain(String text, EncodingBuilder out) {
        for (String piece : WordLevelSplitter.pieces(text, vocabulary::contains)) {
            OptionalInt id = vocabulary.idOf(piece);
            out.add(id.orElse(unkId));
            out.countUnknown(id.isPresent() ? 0 : 1);
        }
    }

    /** Words joined by spaces, without a space before closing punctuation and clitics or after an elided "l'". */
    @Override
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (int id : ids) {
            String token = vocabulary.tokenOf(id);
            if (specialIds.isSkipped(id)) {
                continue;
            }
            boolean glued = previous == null || GLUED_LEFT.contains(token) || (token.length() > 1 && token.startsWith("'"))
                    || GLUED_RIGHT.contains(previous) || (previous.length() > 1 && previous.endsWith("'"));
            text.append(glued ? "" : " ").append(token);
            previous = token;
        }
        return text.toString();
    }

}
