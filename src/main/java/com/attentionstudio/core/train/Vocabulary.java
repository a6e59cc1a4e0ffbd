package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One word-level vocabulary for English and French together, the four specials first:
 * [PAD] = 0, [UNK] = 1, &lt;s&gt; = 2, &lt;/s&gt; = 3, then every word of the corpus in sorted order.
 */
public final class Vocabulary {
    public static final String PAD = "[PAD]";
    public static final String UNK = "[UNK]";
    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    public static final int PAD_ID = 0;
    public static final int UNK_ID = 1;
    public static final int BOS_ID = 2;
    public static final int EOS_ID = 3;

    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    public Vocabulary(List<String> tokens) {
        if (tokens.size() < 4 || !tokens.subList(0, 4).equals(List.of(PAD, UNK, BOS, EOS))) {
            throw new IllegalArgumentException("expected the vocabulary to start with [PAD], [UNK], <s>, </s> but it starts with "
                    + tokens.subList(0, Math.min(4, tokens.size())));
        }
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (ids.put(tokens.get(i), i) != null) {
                throw new IllegalArgumentException("token '" + tokens.get(i) + "' appears twice in the vocabulary");
            }
        }
    }

    /** Every word of both sides of the given pairs, sorted. */
    public static Vocabulary of(Collection<SentencePair> pairs) {
        TreeSet<String> words = new TreeSet<>();
        for (SentencePair pair : pairs) {
            words.addAll(pair.source());
            words.addAll(pair.target());
        }
        List<String> tokens = new ArrayList<>(List.of(PAD, UNK, BOS, EOS));
        tokens.addAll(words);
        return new Vocabulary(tokens);
    }

    public int size() {
        return tokens.size();
    }

    /** The id of the word, or [UNK]'s id for a word outside the vocabulary. */
    public int id(String token) {
        return ids.getOrDefault(token, UNK_ID);
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    public String token(int id) {
        return tokens.get(id);
    }

    public List<String> tokens() {
        return tokens;
    }
}
