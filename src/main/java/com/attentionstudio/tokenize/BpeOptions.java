package com.attentionstudio.tokenize;

import java.util.Objects;
import java.util.Optional;

/**
 * The switches of a byte-level BPE tokenizer, as tokenizer.json spells them.
 *
 * @param addPrefixSpace a space goes before text that does not start with one, so the first word
 *                       tokenizes like the others (RoBERTa-style models)
 * @param useRegex       split words with GPT-2's pattern first; without it each stretch of text is one word
 * @param ignoreMerges   a word the vocabulary holds whole is one token before any merge is tried
 * @param unkToken       the token for bytes the vocabulary lacks; without one they are dropped, as in Hugging Face
 * @param fuseUnk        consecutive unknown bytes make one unknown token
 */
record BpeOptions(boolean addPrefixSpace, boolean useRegex, boolean ignoreMerges, Optional<String> unkToken,
                  boolean fuseUnk) {

    static final BpeOptions GPT2 = new BpeOptions(false, true, false, Optional.empty(), false);

    BpeOptions {
        Objects.requireNonNull(unkToken, "unkToken");
    }
}
