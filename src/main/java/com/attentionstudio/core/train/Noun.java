package com.attentionstudio.core.train;

import java.util.List;

/** An English noun with its French translation and gender, e.g. pizza / pizza / feminine. */
public record Noun(String english, String french, Gender gender, Noun.Category category) {

    /** The kinds of noun the templates combine; a predicate fits exactly one kind. */
    public enum Category { FOOD, CONTAINER, ANIMAL, PLACE, PERSON }

    /** Squatch, the proper name of the word-order lesson: the same word in both languages, no article. */
    public static final Noun SQUATCH = new Noun("squatch", "squatch", Gender.MASCULINE, Category.PERSON);

    public Noun {
        if (english.isBlank() || french.isBlank()) {
            throw new IllegalArgumentException("a noun needs an English and a French word but got '"
                    + english + "' / '" + french + "'");
        }
    }

    /** le, la, or l' before a vowel (l'animal, l'oiseau). */
    public String article() {
        return startsWithVowel() ? "l'" : gender.pick("le", "la");
    }

    /** "de" + article: du four, de la boîte, de l'animal. */
    public List<String> partitive() {
        if (startsWithVowel()) {
            return List.of("de", "l'");
        }
        return gender == Gender.MASCULINE ? List.of("du") : List.of("de", "la");
    }

    public String pronoun() {
        return gender.pick("il", "elle");
    }

    private boolean startsWithVowel() {
        return "aeiouéh".indexOf(french.charAt(0)) >= 0;
    }
}
