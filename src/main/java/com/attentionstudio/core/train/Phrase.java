package com.attentionstudio.core.train;

import java.util.List;

/**
 * An English phrase with its French translation for a masculine and a feminine subject, e.g.
 * "was delicious" → "était délicieux" / "était délicieuse". The i-th English word is aligned with the
 * i-th French word; French may have more words than English ("tasted good" → "avait bon goût").
 * For a predicate, {@code fits} is the kind of noun it can describe, which makes it pick the referent.
 */
public record Phrase(List<String> english, List<String> masculine, List<String> feminine, Noun.Category fits) {
    public Phrase {
        if (english.isEmpty() || masculine.size() < english.size() || feminine.size() < english.size()) {
            throw new IllegalArgumentException("expected at least as many French words as English ones but got "
                    + english + " / " + masculine + " / " + feminine);
        }
        english = List.copyOf(english);
        masculine = List.copyOf(masculine);
        feminine = List.copyOf(feminine);
    }

    static Phrase of(String english, String masculine, String feminine, Noun.Category fits) {
        return new Phrase(List.of(english.split(" ")), List.of(masculine.split(" ")), List.of(feminine.split(" ")), fits);
    }

    public List<String> french(Gender gender) {
        return gender.pick(masculine, feminine);
    }
}
