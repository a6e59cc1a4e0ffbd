package com.attentionstudio.tokenize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2's byte-level BPE (Radford et al. 2019, §2.2), as Hugging Face runs it for GPT-2 and BART: cut at
 * added tokens, split words with GPT-2's pattern, write each word's UTF-8 bytes in the byte alphabet,
 * merge by rank. Every string encodes, and decode gives it back byte for byte.
 */
public final class ByteLevelBpeTokenizer extends VocabularyTokenizer {

    /**
     * GPT-2's word pattern. UNICODE_CHARACTER_CLASS makes \s mean Unicode White_Space, as in the Python
     * regex module and Rust's Oniguruma; Java's default \s is ASCII only. Java matches \p{L} by code point,
     * so letters outside the BMP stay whole. "\s+(?!\S)" leaves the last space of a run to the next word.
     */
    private static final Pattern WORDS = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Enough for the distinct words of a long document; past it words are merged again rather than stored. */
    private static final int CACHE_CAPACITY = 10_000;

    private final BpeMerges merges;
    private final BpeOptions options;
    private final int[] idOfByte = new int[256];
    private final int unkId;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    ByteLevelBpeTokenizer(Vocabulary vocabulary, BpeMerges merges, BpeOptions options,
                          List<AddedToken> addedTokens, SpecialIds specialIds, String source) {
        super(vocabulary, addedTokens, specialIds);
        this.merges = merges;
        this.options = options;
        for (int b = 0; b < 256; b++) {
            idOfByte[b] = vocabulary.idOf(String.valueOf(ByteLevelAlphabet.charOf(b))).orElse(-1);
        }
        this.unkId = options.unkToken().map(unk -> vocabulary.requireId(unk, "unknown", source)).orElse(-1);
    }

    @Override
    protected void encodePlain(String text, EncodingBuilder out) {
        String plain = options.addPrefixSpace() && !text.startsWith(" ") ? " " + text : text;
        if (options.useRegex()) {
            Matcher words = WORDS.matcher(plain);
            while (words.find()) {
                encodeWord(words.group(), out);
            }
        } else {
            encodeWord(plain, out);
        }
    }

    private void encodeWord(String word, EncodingBuilder out) {
        int[] cached = cache.get(word);
        if (cached != null) {
            out.addAll(cached);
            return;
        }
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        int[] symbols = new int[bytes.length];
        int count = 0;
        int unknown = 0;
        for (byte b : bytes) {
            int id = idOfByte[b & 0xFF];
            if (id < 0) {
                unknown++;
                boolean fused = options.fuseUnk() && count > 0 && symbols[count - 1] == unkId;
                if (unkId >= 0 && !fused) {
                    symbols[count++] = unkId;
                }
            } else {
                symbols[count++] = id;
            }
        }
        int[] ids = mergeWord(bytes, Arrays.copyOf(symbols, count));
        out.addAll(ids);
        out.countUnknown(unknown);
        if (unknown == 0 && cache.size() < CACHE_CAPACITY) {
            cache.put(word, ids);
        }
    }

    private int[] mergeWord(byte[] bytes, int[] symbols) {
        if (options.ignoreMerges()) {
            OptionalInt whole = vocabulary.idOf(ByteLevelAlphabet.encode(bytes));
            if (whole.isPresent()) {
                return new int[] {whole.getAsInt()};
            }
        }
        return merges.apply(symbols);
    }

    @Override
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
        for (int id : ids) {
            String token = vocabulary.tokenOf(id);
            if (!specialIds.isSkipped(id)) {
                ByteLevelAlphabet.appendBytes(token, bytes);
            }
        }
        return ByteLevelAlphabet.decodeLossy(bytes.toByteArray());
    }

    @Override
    public String displayOf(int id) {
        String token = vocabulary.tokenOf(id);
        return specialIds.isSkipped(id) ? token : ByteLevelAlphabet.display(token);
    }

    /** How many merge rules the tokenizer holds (50,000 for GPT-2). */
    public int mergeCount() {
        return merges.size();
    }
}
