package com.attentionstudio.tokenize;

import java.util.List;

/** A {@link SpecialWrap} resolved against a vocabulary, plus which ids decode leaves out. */
final class SpecialIds {

    private final int[] before;
    private final int[] after;
    private final boolean[] skippedByDecode;

    private SpecialIds(int[] before, int[] after, boolean[] skippedByDecode) {
        this.before = before;
        this.after = after;
        this.skippedByDecode = skippedByDecode;
    }

    /**
     * @param skipped tokens decode leaves out; those missing from the vocabulary are simply not there to skip
     * @param source  the tokenizer file, for the message when a wrap token is missing
     */
    static SpecialIds resolve(SpecialWrap wrap, List<String> skipped, Vocabulary vocabulary, String source) {
        boolean[] skip = new boolean[vocabulary.size()];
        for (String token : skipped) {
            vocabulary.idOf(token).ifPresent(id -> skip[id] = true);
        }
        int[] before = idsOf(wrap.before(), vocabulary, source);
        int[] after = idsOf(wrap.after(), vocabulary, source);
        for (int id : before) {
            skip[id] = true;
        }
        for (int id : after) {
            skip[id] = true;
        }
        return new SpecialIds(before, after, skip);
    }

    private static int[] idsOf(List<String> tokens, Vocabulary vocabulary, String source) {
        return tokens.stream().mapToInt(token -> vocabulary.requireId(token, "special", source)).toArray();
    }

    /** A fresh builder that already holds the opening special tokens and adds the closing ones on build. */
    EncodingBuilder newEncoding(Vocabulary vocabulary) {
        return new EncodingBuilder(vocabulary, before, after);
    }

    boolean isSkipped(int id) {
        return skippedByDecode[id];
    }
}
