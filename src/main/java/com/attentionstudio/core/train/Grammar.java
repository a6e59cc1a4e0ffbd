package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The English→French templates, one method each. French agreement follows the noun's gender: the
 * article (le, la, l'), the participle (sorti, sortie), the pronoun (il, elle) and the adjectives
 * (chaud, chaude). The auxiliary alignment aligns "it" with the French noun it refers to, so the
 * encoder must find the antecedent at the position of "it".
 */
public final class Grammar {
    public static final String CONTAINER = "coreference-container";
    public static final String CROSSING = "coreference-crossing";
    public static final String WORD_ORDER = "word-order";
    public static final String ADJECTIVE = "adjective";
    public static final String FEELING = "feeling";
    public static final String TELL_ME = "tell-me";

    private Grammar() {
    }

    /** "the FOOD came out of the CONTAINER and it PRED ." (PRED picks either noun). */
    public static SentencePair cameOutOf(Noun food, Phrase foodAdjective, Noun container, Phrase containerAdjective,
                                         Phrase predicate) {
        SentencePair.Builder b = new SentencePair.Builder();
        int foodAt = nounPhrase(b, food, foodAdjective);
        b.english("came", food.gender().pick("sorti", "sortie"));
        b.english("out", null);
        b.english("of", null);
        b.french("est", food.gender().pick("sorti", "sortie"));
        b.french(container.partitive());
        int containerAt = nounPhraseAfterArticle(b, container, containerAdjective);
        b.english("and", "et");
        b.french("et");
        Noun referent = predicate.fits() == food.category() ? food : container;
        int pronounAt = pronounAndPredicate(b, referent, predicate);
        boolean toFood = referent == food;
        endWithPeriod(b);
        return b.build(CONTAINER, new SentencePair.Coreference(pronounAt, toFood ? foodAt : containerAt,
                toFood ? containerAt : foodAt));
    }

    /** "the ANIMAL didn't cross the PLACE because it PRED ." (PRED picks either noun). */
    public static SentencePair didNotCross(Noun animal, Phrase animalAdjective, Noun place, Phrase placeAdjective,
                                           Phrase predicate) {
        SentencePair.Builder b = new SentencePair.Builder();
        int animalAt = nounPhrase(b, animal, animalAdjective);
        b.english("didn't", "pas");
        b.english("cross", "traversé");
        b.french("n'", "a", "pas", "traversé");
        int placeAt = nounPhrase(b, place, placeAdjective);
        b.english("because", "parce");
        b.french("parce", "qu'");
        Noun referent = predicate.fits() == animal.category() ? animal : place;
        int pronounAt = pronounAndPredicate(b, referent, predicate);
        boolean toAnimal = referent == animal;
        endWithPeriod(b);
        return b.build(CROSSING, new SentencePair.Coreference(pronounAt, toAnimal ? animalAt : placeAt,
                toAnimal ? placeAt : animalAt));
    }

    /** "squatch eats pizza ." / "pizza eats squatch ." / "the cat eats the hot cake .": French keeps the order. */
    public static SentencePair eats(Noun subject, boolean subjectArticle, Noun object, boolean objectArticle,
                                    Phrase objectAdjective) {
        SentencePair.Builder b = new SentencePair.Builder();
        bareOrArticle(b, subject, subjectArticle, null);
        b.english("eats", "mange");
        b.french("mange");
        bareOrArticle(b, object, objectArticle, objectAdjective);
        return end(b, WORD_ORDER);
    }

    /** "the hot pizza ." → "la pizza chaude ."; "the pizza is hot ." → "la pizza est chaude ." */
    public static SentencePair adjective(Noun noun, Phrase adjective, boolean predicative) {
        SentencePair.Builder b = new SentencePair.Builder();
        if (!predicative) {
            nounPhrase(b, noun, adjective);
            return end(b, ADJECTIVE);
        }
        nounPhrase(b, noun, null);
        b.english("is", "est");
        b.french("est");
        b.english(adjective.english().get(0), adjective.french(noun.gender()).get(0));
        b.french(adjective.french(noun.gender()));
        return end(b, ADJECTIVE);
    }

    /** "i am happy ." → "je suis heureux ." ("j'ai faim" elides). The speaker is taken as masculine. */
    public static SentencePair feeling(Phrase feeling) {
        SentencePair.Builder b = new SentencePair.Builder();
        List<String> french = feeling.french(Gender.MASCULINE);
        String subject = french.get(0).startsWith("a") ? "j'" : "je";
        b.english("i", subject);
        b.french(subject);
        for (int i = 0; i < feeling.english().size(); i++) {
            b.english(feeling.english().get(i), french.get(i));
        }
        b.french(french);
        return end(b, FEELING);
    }

    /** "tell me about pizza ." / "tell me about the oven ." → "parle-moi de la pizza ." / "parle-moi du four ." */
    public static SentencePair tellMeAbout(Noun noun, boolean article) {
        SentencePair.Builder b = new SentencePair.Builder();
        b.english("tell", "parle-moi");
        b.english("me", null);
        b.english("about", null);
        b.french("parle-moi");
        b.french(noun.partitive());
        if (article) {
            b.english("the", noun.article());
        }
        b.english(noun.english(), noun.french());
        b.french(noun.french());
        return end(b, TELL_ME);
    }

    private static int nounPhrase(SentencePair.Builder b, Noun noun, Phrase adjective) {
        b.french(noun.article());
        return nounPhraseAfterArticle(b, noun, adjective);
    }

    /** English "the [adj] noun", French "noun [adj]" (the French article already written). */
    private static int nounPhraseAfterArticle(SentencePair.Builder b, Noun noun, Phrase adjective) {
        b.english("the", noun.article());
        if (adjective != null) {
            b.english(adjective.english().get(0), adjective.french(noun.gender()).get(0));
        }
        int at = b.english(noun.english(), noun.french());
        b.french(noun.french());
        if (adjective != null) {
            b.french(adjective.french(noun.gender()));
        }
        return at;
    }

    private static void bareOrArticle(SentencePair.Builder b, Noun noun, boolean article, Phrase adjective) {
        if (noun.category() == Noun.Category.PERSON) {
            b.english(noun.english(), noun.french());
            b.french(noun.french());
        } else if (article) {
            nounPhrase(b, noun, adjective);
        } else {
            b.french(noun.article());
            b.english(noun.english(), noun.french());
            b.french(noun.french());
        }
    }

    private static int pronounAndPredicate(SentencePair.Builder b, Noun referent, Phrase predicate) {
        int at = b.english("it", referent.french());
        b.french(referent.pronoun());
        List<String> french = predicate.french(referent.gender());
        for (int i = 0; i < predicate.english().size(); i++) {
            b.english(predicate.english().get(i), french.get(i));
        }
        b.french(new ArrayList<>(french));
        return at;
    }

    private static SentencePair end(SentencePair.Builder b, String lesson) {
        endWithPeriod(b);
        return b.build(lesson, null);
    }

    private static void endWithPeriod(SentencePair.Builder b) {
        b.english(".", ".");
        b.french(".");
    }
}
