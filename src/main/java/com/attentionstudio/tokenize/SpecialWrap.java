package com.attentionstudio.tokenize;

import java.util.List;
import java.util.Objects;

/**
 * The special tokens a tokenizer puts around every encoding, as raw vocabulary strings:
 * BERT's [CLS] … [SEP], BART's &lt;s&gt; … &lt;/s&gt;, or nothing for GPT-2.
 */
public record SpecialWrap(List<String> before, List<String> after) {

    public static final SpecialWrap NONE = new SpecialWrap(List.of(), List.of());

    public SpecialWrap {
        before = List.copyOf(Objects.requireNonNull(before, "before"));
        after = List.copyOf(Objects.requireNonNull(after, "after"));
    }

    public static SpecialWrap of(String first, String last) {
        return new SpecialWrap(List.of(first), List.of(last));
    }

    public boolean isNone() {
        return before.isEmpty() && after.isEmpty();
    }
}
