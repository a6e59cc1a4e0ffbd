package com.attentionstudio.tokenize;

import java.util.OptionalInt;

/**
 * Turns text into the ids a model reads, and back. The three implementations reproduce Hugging Face:
 * {@link ByteLevelBpeTokenizer} (GPT-2, BART), {@link WordPieceTokenizer} (BERT) and
 * {@link WordLevelTokenizer} (the built-in translation model). Build them with {@link TokenizerFiles}.
 * Implementations are immutable (apart from an internal, thread-safe cache) and may be shared between threads.
 */
public interface Tokenizer {

    /**
     * The full pipeline: special-token splitting, normalisation, pre-tokenisation, the subword model, then
     * the configured special tokens around the result ([CLS] … [SEP], &lt;s&gt; … &lt;/s&gt;, or none).
     * Empty or blank text gives only the special tokens; refusing it is the caller's business.
     */
    Encoding encode(String text);

    /** Text for the ids, leaving out special tokens. Throws IllegalArgumentException for an id outside the vocabulary. */
    String decode(int[] ids);

    /** Number of ids, model vocabulary and added tokens together; ids run from 0 to vocabSize() - 1. */
    int vocabSize();

    /** The id of a raw vocabulary string ("Ġpizza", "##ing", "[MASK]"), if the vocabulary holds it. */
    OptionalInt idOf(String token);

    /** The raw vocabulary string of an id, as Hugging Face's convert_ids_to_tokens gives it. */
    String tokenOf(int id);

    /**
     * The token as a person should see it: byte-level tokens decoded to text ("Ġpizza" shows as "pizza",
     * a lone "Ġ" as "␣", bytes of an unfinished UTF-8 character as "&lt;0xF0&gt;"); WordPiece pieces keep
     * their "##"; special tokens show as they are.
     */
    String displayOf(int id);
}
