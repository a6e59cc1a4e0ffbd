package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The two-way map between raw token strings and ids, checked once: ids run densely from 0 and none repeats. */
final class Vocabulary {

    private final String[] tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(String[] tokens, Map<String, Integer> ids) {
        this.tokens = tokens;
        this.ids = ids;
    }

    /**
     * @param entries     token to id, as the model file lists them
     * @param addedTokens tokens added on top (tokenizer.json "added_tokens"); they may repeat a model entry with the same id
     * @param source      the file the entries came from, for messages
     */
    static Vocabulary of(Map<String, Integer> entries, List<AddedToken> addedTokens, String source) {
        Map<String, Integer> ids = new HashMap<>(entries);
        for (AddedToken added : addedTokens) {
            Integer known = ids.putIfAbsent(added.content(), added.id());
            if (known != null && known != added.id()) {
                throw new InputException(source + " gives \"" + added.content() + "\" id " + known
                        + " in the vocabulary but id " + added.id() + " in added_tokens; the file is inconsistent, save the tokenizer again");
            }
        }
        String[] tokens = new String[ids.size()];
        for (Map.Entry<String, Integer> entry : ids.entrySet()) {
            int id = entry.getValue();
            if (id < 0 || id >= tokens.length) {
                throw new InputException(source + " gives \"" + entry.getKey() + "\" id " + id + ", but with "
                        + tokens.length + " tokens the ids must run from 0 to " + (tokens.length - 1) + "; the file is damaged");
            }
            if (tokens[id] != null) {
                throw new InputException(source + " gives id " + id + " to both \"" + tokens[id] + "\" and \""
                        + entry.getKey() + "\"; each id must belong to one token, the file is damaged");
            }
            tokens[id] = entry.getKey();
        }
        return new Vocabulary(tokens, Map.copyOf(ids));
    }

    int size() {
        return tokens.length;
    }

    OptionalInt idOf(String token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The id of a token the tokenizer cannot work without ([UNK], [CLS], &lt;s&gt;). */
    int requireId(String token, String role, String source) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new InputException(source + " has no " + role + " token \"" + token
                    + "\"; use the tokenizer files saved with the model");
        }
        return id;
    }

    boolean contains(String token) {
        return ids.containsKey(token);
    }

    String tokenOf(int id) {
        if (id < 0 || id >= tokens.length) {
            throw new IllegalArgumentException("token id " + id + " is outside the vocabulary of " + tokens.length
                    + " tokens (ids 0 to " + (tokens.length - 1) + ")");
        }
        return tokens[id];
    }
}
