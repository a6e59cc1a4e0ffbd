package com.attentionstudio.tokenize;

import java.util.Objects;

/**
 * A token matched in the raw text before any other step, so "[MASK]" or "&lt;|endoftext|&gt;" typed by the
 * user stays one token. Flags as in tokenizer.json "added_tokens".
 *
 * @param special    left out by decode
 * @param lstrip     the token also takes the whitespace on its left (BART's &lt;mask&gt;)
 * @param rstrip     the token also takes the whitespace on its right
 * @param singleWord the token only counts when no letter, digit or '_' touches it
 */
record AddedToken(String content, int id, boolean special, boolean lstrip, boolean rstrip, boolean singleWord) {

    AddedToken {
        Objects.requireNonNull(content, "content");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an added token needs text, got an empty string for id " + id);
        }
    }

    static AddedToken special(String content, int id) {
        return new AddedToken(content, id, true, false, false, false);
    }
}
