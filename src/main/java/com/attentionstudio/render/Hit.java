package com.attentionstudio.render;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What lies under the pointer: a sentence the window shows as it is ("query 'it' → key 'pizza': 0.734"),
 * and the indices it names, so a click can pin a query or select a head.
 *
 * @param description one line for a tooltip or status bar
 * @param layer       the layer the point belongs to, where it names one
 * @param head        the head, where it names one
 * @param query       the query token (row), where it names one
 * @param key         the key token (column), where it names one
 * @param token       a token of the sentence that is neither query nor key (embedding, position views)
 * @param value       the number drawn there
 */
public record Hit(String description, OptionalInt layer, OptionalInt head, OptionalInt query, OptionalInt key,
                  OptionalInt token, OptionalDouble value) {
    public Hit {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a hit needs a description");
        }
    }

    public static Hit of(String description) {
        return new Hit(description, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalDouble.empty());
    }

    public Hit withLayer(int newLayer) {
        return new Hit(description, OptionalInt.of(newLayer), head, query, key, token, value);
    }

    public Hit withHead(int newHead) {
        return new Hit(description, layer, OptionalInt.of(newHead), query, key, token, value);
    }

    public Hit withQuery(int newQuery) {
        return new Hit(description, layer, head, OptionalInt.of(newQuery), key, token, value);
    }

    public Hit withKey(int newKey) {
        return new Hit(description, layer, head, query, OptionalInt.of(newKey), token, value);
    }

    public Hit withToken(int newToken) {
        return new Hit(description, layer, head, query, key, OptionalInt.of(newToken), value);
    }

    public Hit withValue(double newValue) {
        return new Hit(description, layer, head, query, key, token, OptionalDouble.of(newValue));
    }
}
