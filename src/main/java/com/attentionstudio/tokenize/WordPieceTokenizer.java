package com.attentionstudio.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * BERT's tokenizer as Hugging Face runs it: cut at added tokens ([MASK] typed by the user stays whole),
 * normalise ({@link BertNormalizer}), split words ({@link BertPreTokenizer}), then cut each word into the
 * longest vocabulary pieces from the left, later pieces marked "##" (Wu et al. 2016). A word with no such
 * cut, or longer than the limit, becomes [UNK] whole.
 */
public final class WordPieceTokenizer extends VocabularyTokenizer {

    private final BertNormalizer normalizer;
    private final WordPieceOptions options;
    private final int unkId;

    WordPieceTokenizer(Vocabulary vocabulary, BertNormalizer normalizer, WordPieceOptions options,
                       List<AddedToken> addedTokens, SpecialIds specialIds, String source) {
        super(vocabulary, addedTokens, specialIds);
        this.normalizer = normalizer;
        this.options = options;
        this.unkId = vocabulary.requireId(options.unkToken(), "unknown", source);
    }

    @Override
    protected void encodePlain(String text, EncodingBuilder out) {
        for (String word : BertPreTokenizer.words(normalizer.normalize(text))) {
            List<Integer> pieces = pieces(word);
            if (pieces.isEmpty()) {
                out.add(unkId);
                out.countUnknown(1);
            } else {
                pieces.forEach(out::add);
            }
        }
    }

    /** Greedy longest-match-first pieces of one word; empty when the word has no cut into known pieces. */
    private List<Integer> pieces(String word) {
        List<Integer> pieces = new ArrayList<>();
        if (word.codePointCount(0, word.length()) > options.maxInputCharsPerWord()) {
            return pieces;
        }
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            OptionalInt found = OptionalInt.empty();
            while (start < end) {
                String candidate = word.substring(start, end);
                found = vocabulary.idOf(start > 0 ? options.continuingPrefix() + candidate : candidate);
                if (found.isPresent()) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            pieces.add(found.getAsInt());
            start = end;
        }
        return pieces;
    }

    /** Hugging Face's WordPiece decoder: pieces joined, "##" glued to the piece before, spaces before , . ! ? removed. */
    @Override
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (int id : ids) {
            String token = vocabulary.tokenOf(id);
            if (specialIds.isSkipped(id)) {
                continue;
            }
            if (!first) {
                token = token.startsWith(options.continuingPrefix())
                        ? token.substring(options.continuingPrefix().length()) : " " + token;
            }
            text.append(cleanup(token));
            first = false;
        }
        return text.toString();
    }

    /** The decoder's clean-up, applied to each token with its leading space, as the tokenizers library does. */
    private static String cleanup(String token) {
        return token.replace(" .", ".").replace(" ?", "?").replace(" !", "!").replace(" ,", ",")
                .replace(" ' ", "'").replace(" n't", "n't").replace(" 'm", "'m").replace(" do not", " don't")
                .replace(" 's", "'s").replace(" 've", "'ve").replace(" 're", "'re");
    }

}
