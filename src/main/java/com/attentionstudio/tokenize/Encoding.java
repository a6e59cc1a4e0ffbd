package com.attentionstudio.tokenize;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a tokenizer made of one text.
 *
 * @param ids          model input ids, special tokens included
 * @param tokens       the raw vocabulary string of each id, exactly as Hugging Face's convert_ids_to_tokens
 * @param unknownCount how many pieces of the text the vocabulary could not represent: mapped to the
 *                     unknown token, or, for a byte-level vocabulary without one, dropped as Hugging Face drops them
 */
public record Encoding(int[] ids, List<String> tokens, int unknownCount) {

    public Encoding {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(tokens, "tokens");
        ids = ids.clone();
        tokens = List.copyOf(tokens);
        if (ids.length != tokens.size()) {
            throw new IllegalArgumentException(
                    "an encoding needs one token per id, but got " + ids.length + " ids and " + tokens.size() + " tokens");
        }
        if (unknownCount < 0) {
            throw new IllegalArgumentException("unknownCount must be 0 or more, got " + unknownCount);
        }
    }

    /** A copy: the encoding stays as the tokenizer made it. */
    @Override
    public int[] ids() {
        return ids.clone();
    }

    public int length() {
        return ids.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Encoding that
                && Arrays.equals(ids, that.ids)
                && tokens.equals(that.tokens)
                && unknownCount == that.unknownCount;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(ids) + tokens.hashCode()) + unknownCount;
    }

    @Override
    public String toString() {
        return "Encoding[ids=" + Arrays.toString(ids) + ", tokens=" + tokens + ", unknownCount=" + unknownCount + "]";
    }
}
