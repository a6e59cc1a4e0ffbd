package com.attentionstudio.core.train;

import static com.attentionstudio.core.train.Gender.FEMININE;
import static com.attentionstudio.core.train.Gender.MASCULINE;
import static com.attentionstudio.core.train.Noun.Category.ANIMAL;
import static com.attentionstudio.core.train.Noun.Category.CONTAINER;
import static com.attentionstudio.core.train.Noun.Category.FOOD;
import static com.attentionstudio.core.train.Noun.Category.PLACE;

import java.util.List;

/** The words of the built-in model: every noun, predicate and adjective the grammar combines. */
public record Lexicon(List<Noun> nouns, List<Phrase> predicates, List<Phrase> adjectives, List<Phrase> feelings) {

    public Lexicon {
        nouns = List.copyOf(nouns);
        predicates = List.copyOf(predicates);
        adjectives = List.copyOf(adjectives);
        feelings = List.copyOf(feelings);
    }

    /** The lexicon of the issue: six nouns of each kind but places (five), two predicates per kind. */
    public static Lexicon standard() {
        List<Noun> nouns = List.of(
                new Noun("pizza", "pizza", FEMININE, FOOD), new Noun("soup", "soupe", FEMININE, FOOD),
                new Noun("pie", "tarte", FEMININE, FOOD), new Noun("cake", "gâteau", MASCULINE, FOOD),
                new Noun("bread", "pain", MASCULINE, FOOD), new Noun("rice", "riz", MASCULINE, FOOD),
                new Noun("oven", "four", MASCULINE, CONTAINER), new Noun("fridge", "frigo", MASCULINE, CONTAINER),
                new Noun("microwave", "micro-ondes", MASCULINE, CONTAINER), new Noun("box", "boîte", FEMININE, CONTAINER),
                new Noun("pot", "marmite", FEMININE, CONTAINER), new Noun("bag", "sac", MASCULINE, CONTAINER),
                new Noun("animal", "animal", MASCULINE, ANIMAL), new Noun("cat", "chat", MASCULINE, ANIMAL),
                new Noun("dog", "chien", MASCULINE, ANIMAL), new Noun("bird", "oiseau", MASCULINE, ANIMAL),
                new Noun("cow", "vache", FEMININE, ANIMAL), new Noun("mouse", "souris", FEMININE, ANIMAL),
                new Noun("street", "rue", FEMININE, PLACE), new Noun("road", "route", FEMININE, PLACE),
                new Noun("river", "rivière", FEMININE, PLACE), new Noun("bridge", "pont", MASCULINE, PLACE),
                new Noun("park", "parc", MASCULINE, PLACE));
        List<Phrase> predicates = List.of(
                Phrase.of("tasted good", "avait bon goût", "avait bon goût", FOOD),
                Phrase.of("was delicious", "était délicieux", "était délicieuse", FOOD),
                Phrase.of("was broken", "était cassé", "était cassée", CONTAINER),
                Phrase.of("was empty", "était vide", "était vide", CONTAINER),
                Phrase.of("was too tired", "était trop fatigué", "était trop fatiguée", ANIMAL),
                Phrase.of("was hungry", "avait faim", "avait faim", ANIMAL),
                Phrase.of("was too wide", "était trop large", "était trop large", PLACE),
                Phrase.of("was crowded", "était bondé", "était bondée", PLACE));
        List<Phrase> adjectives = List.of(
                Phrase.of("hot", "chaud", "chaude", null), Phrase.of("cold", "froid", "froide", null),
                Phrase.of("red", "rouge", "rouge", null), Phrase.of("black", "noir", "noire", null),
                Phrase.of("green", "vert", "verte", null));
        List<Phrase> feelings = List.of(
                Phrase.of("am happy", "suis heureux", "suis heureuse", null),
                Phrase.of("am tired", "suis fatigué", "suis fatiguée", null),
                Phrase.of("am hungry", "ai faim", "ai faim", null),
                Phrase.of("am cold", "ai froid", "ai froid", null),
                Phrase.of("am hot", "ai chaud", "ai chaud", null));
        return new Lexicon(nouns, predicates, adjectives, feelings);
    }

    public List<Noun> nouns(Noun.Category category) {
        return nouns.stream().filter(n -> n.category() == category).toList();
    }

    public List<Phrase> predicatesFitting(Noun.Category category) {
        return predicates.stream().filter(p -> p.fits() == category).toList();
    }
}
