package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the training corpus and the held-out evaluation set from the {@link Grammar}, deterministically
 * by seed. A share of the noun pairs of the two coreference templates never appears together in training;
 * the held-out set is built from exactly those pairs, so its figures measure generalisation. The pairs of
 * the lesson's own sentences (pizza + oven, animal + street) always stay in training.
 */
public final class CorpusGenerator {
    private static final double ADJECTIVE_CHANCE = 0.2;
    private static final double NO_PERIOD_CHANCE = 0.2;

    private final Lexicon lexicon;
    private final long seed;
    private final List<NounPair> heldOutPairs;

    public CorpusGenerator(Lexicon lexicon, long seed, double heldOutShare) {
        if (!(heldOutShare >= 0 && heldOutShare < 0.5)) {
            throw new IllegalArgumentException("held-out share must be in [0, 0.5) but was " + heldOutShare);
        }
        this.lexicon = lexicon;
        this.seed = seed;
        Random random = new Random(seed ^ 0x5EEDL);
        List<NounPair> held = new ArrayList<>(chooseHeldOut(pairs(Noun.Category.FOOD, Noun.Category.CONTAINER),
                heldOutShare, random, "pizza+oven"));
        held.addAll(chooseHeldOut(pairs(Noun.Category.ANIMAL, Noun.Category.PLACE), heldOutShare, random,
                "animal+street"));
        this.heldOutPairs = List.copyOf(held);
    }

    public List<NounPair> heldOutPairs() {
        return heldOutPairs;
    }

    /** Every pair of the two kinds, the first kind first. */
    public List<NounPair> pairs(Noun.Category first, Noun.Category second) {
        List<NounPair> pairs = new ArrayList<>();
        for (Noun a : lexicon.nouns(first)) {
            for (Noun b : lexicon.nouns(second)) {
                pairs.add(new NounPair(a, b));
            }
        }
        return pairs;
    }

    /** size sentence pairs drawn from all templates, none with a held-out pair. Same seed, same corpus. */
    public List<SentencePair> training(int size) {
        Random random = new Random(seed);
        List<SentencePair> corpus = new ArrayList<>(size);
        while (corpus.size() < size) {
            SentencePair drawn = draw(random);
            SentencePair pair = random.nextDouble() < NO_PERIOD_CHANCE ? drawn.withoutFinalPeriod() : drawn;
            if (heldOutPairs.stream().noneMatch(p -> p.bothIn(pair.source()))) {
                corpus.add(pair);
            }
        }
        return corpus;
    }

    /** For each held-out pair and each predicate of either noun: the plain sentence and one with an adjective. */
    public List<SentencePair> heldOut() {
        Random random = new Random(seed ^ 0xE7A1L);
        List<SentencePair> set = new ArrayList<>();
        for (NounPair pair : heldOutPairs) {
            List<Phrase> predicates = new ArrayList<>(lexicon.predicatesFitting(pair.first().category()));
            predicates.addAll(lexicon.predicatesFitting(pair.second().category()));
            for (Phrase predicate : predicates) {
                set.add(coreference(pair, null, null, predicate));
                Phrase adjective = pick(lexicon.adjectives(), random);
                boolean onFirst = random.nextBoolean();
                set.add(coreference(pair, onFirst ? adjective : null, onFirst ? null : adjective, predicate));
            }
        }
        return set;
    }

    private SentencePair coreference(NounPair pair, Phrase firstAdjective, Phrase secondAdjective, Phrase predicate) {
        return pair.first().category() == Noun.Category.FOOD
                ? Grammar.cameOutOf(pair.first(), firstAdjective, pair.second(), secondAdjective, predicate)
                : Grammar.didNotCross(pair.first(), firstAdjective, pair.second(), secondAdjective, predicate);
    }

    private SentencePair draw(Random random) {
        double r = random.nextDouble();
        if (r < 0.66) {
            boolean food = r < 0.33;
            NounPair pair = food ? pick(pairs(Noun.Category.FOOD, Noun.Category.CONTAINER), random)
                    : pick(pairs(Noun.Category.ANIMAL, Noun.Category.PLACE), random);
            List<Phrase> predicates = new ArrayList<>(lexicon.predicatesFitting(pair.first().category()));
            predicates.addAll(lexicon.predicatesFitting(pair.second().category()));
            return coreference(pair, maybeAdjective(random), maybeAdjective(random), pick(predicates, random));
        }
        if (r < 0.78) {
            return wordOrder(random);
        }
        if (r < 0.90) {
            return Grammar.adjective(pick(lexicon.nouns(), random), pick(lexicon.adjectives(), random),
                    random.nextBoolean());
        }
        if (r < 0.93) {
            return Grammar.feeling(pick(lexicon.feelings(), random));
        }
        Noun topic = pick(lexicon.nouns(), random);
        // a bare noun only for foods ("tell me about pizza"), as English drops the article only there
        return Grammar.tellMeAbout(topic, topic.category() != Noun.Category.FOOD || random.nextBoolean());
    }

    /** Squatch, a bare food or an animal eats Squatch, a bare food, a food or an animal. */
    private SentencePair wordOrder(Random random) {
        List<Noun> foods = lexicon.nouns(Noun.Category.FOOD);
        List<Noun> animals = lexicon.nouns(Noun.Category.ANIMAL);
        int subjectKind = random.nextInt(3);
        Noun subject = subjectKind == 0 ? Noun.SQUATCH : pick(subjectKind == 1 ? foods : animals, random);
        int objectKind = random.nextInt(3);
        if (objectKind == 0 && subject == Noun.SQUATCH) {
            objectKind = 1;
        }
        Noun object = objectKind == 0 ? Noun.SQUATCH : pick(objectKind == 1 ? foods : animals, random);
        if (object == subject) {
            return wordOrder(random);
        }
        boolean objectArticle = objectKind == 2 || random.nextBoolean();
        return Grammar.eats(subject, subjectKind == 2, object, objectArticle, objectArticle ? maybeAdjective(random) : null);
    }

    private Phrase maybeAdjective(Random random) {
        return random.nextDouble() < ADJECTIVE_CHANCE ? pick(lexicon.adjectives(), random) : null;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Shuffled by seed; a pair is held out only if both its nouns keep at least 3 partners in training. */
    private static List<NounPair> chooseHeldOut(List<NounPair> candidates, double share, Random random, String keep) {
        int wanted = (int) Math.round(share * candidates.size());
        List<NounPair> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        Map<Noun, Integer> partnersLeft = new HashMap<>();
        for (NounPair p : candidates) {
            partnersLeft.merge(p.first(), 1, Integer::sum);
            partnersLeft.merge(p.second(), 1, Integer::sum);
        }
        List<NounPair> held = new ArrayList<>();
        for (NounPair p : shuffled) {
            if (held.size() < wanted && !p.toString().equals(keep)
                    && partnersLeft.get(p.first()) > 3 && partnersLeft.get(p.second()) > 3) {
                held.add(p);
                partnersLeft.merge(p.first(), -1, Integer::sum);
                partnersLeft.merge(p.second(), -1, Integer::sum);
            }
        }
        return held;
    }
}
