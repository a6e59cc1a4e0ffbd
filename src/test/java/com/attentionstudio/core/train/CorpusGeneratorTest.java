package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private final Lexicon lexicon = Lexicon.standard();
    private final CorpusGenerator generator = new CorpusGenerator(lexicon, 42, 0.15);
    private final List<SentencePair> corpus = generator.training(3000);

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<SentencePair> again = new CorpusGenerator(lexicon, 42, 0.15).training(3000);
        List<SentencePair> other = new CorpusGenerator(lexicon, 43, 0.15).training(3000);
        assertThat(again).isEqualTo(corpus);
        assertThat(other).isNotEqualTo(corpus);
        assertThat(new CorpusGenerator(lexicon, 42, 0.15).heldOut()).isEqualTo(generator.heldOut());
    }

    @Test
    void heldOutPairsNeverMeetInTraining() {
        assertThat(generator.heldOutPairs()).hasSize(10); // round(0.15 · 36) + round(0.15 · 30)
        for (NounPair pair : generator.heldOutPairs()) {
            assertThat(corpus).noneMatch(s -> pair.bothIn(s.source()));
        }
        assertThat(generator.heldOut()).allMatch(s -> generator.heldOutPairs().stream().anyMatch(p -> p.bothIn(s.source())));
        assertThat(generator.heldOutPairs()).extracting(NounPair::toString).doesNotContain("pizza+oven", "animal+street");
    }

    @Test
    void everyCombinationOfTheLexiconIsProducible() {
        Set<String> sentences = new HashSet<>();
        for (NounPair pair : generator.pairs(Noun.Category.FOOD, Noun.Category.CONTAINER)) {
            for (Phrase p : lexicon.predicates()) {
                if (p.fits() == Noun.Category.FOOD || p.fits() == Noun.Category.CONTAINER) {
                    sentences.add(Grammar.cameOutOf(pair.first(), null, pair.second(), null, p).sourceText());
                }
            }
        }
        for (NounPair pair : generator.pairs(Noun.Category.ANIMAL, Noun.Category.PLACE)) {
            for (Phrase p : lexicon.predicates()) {
                if (p.fits() == Noun.Category.ANIMAL || p.fits() == Noun.Category.PLACE) {
                    sentences.add(Grammar.didNotCross(pair.first(), null, pair.second(), null, p).sourceText());
                }
            }
        }
        assertThat(sentences).hasSize(36 * 4 + 30 * 4)
                .contains("the pizza came out of the oven and it tasted good .",
                        "the animal didn't cross the street because it was too tired .");
        Vocabulary vocabulary = Vocabulary.of(corpus);
        for (Noun n : lexicon.nouns()) {
            assertThat(vocabulary.contains(n.english()) && vocabulary.contains(n.french())).as(n.english()).isTrue();
        }
    }

    @Test
    void theLessonSentencesTranslateWithAgreement() {
        Noun pizza = noun("pizza");
        Noun oven = noun("oven");
        assertThat(Grammar.cameOutOf(pizza, null, oven, null, lexicon.predicates().get(1)).targetText())
                .isEqualTo("la pizza est sortie du four et elle était délicieuse .");
        assertThat(Grammar.cameOutOf(noun("cake"), null, noun("box"), null, lexicon.predicates().get(2)).targetText())
                .isEqualTo("le gâteau est sorti de la boîte et elle était cassée .");
        assertThat(Grammar.didNotCross(noun("animal"), null, noun("street"), null, lexicon.predicates().get(4)).targetText())
                .isEqualTo("l' animal n' a pas traversé la rue parce qu' il était trop fatigué .");
        assertThat(Grammar.adjective(pizza, lexicon.adjectives().get(0), false).targetText()).isEqualTo("la pizza chaude .");
        assertThat(Grammar.eats(Noun.SQUATCH, false, pizza, false, null).targetText()).isEqualTo("squatch mange la pizza .");
        assertThat(Grammar.eats(pizza, false, Noun.SQUATCH, false, null).targetText()).isEqualTo("la pizza mange squatch .");
        assertThat(Grammar.feeling(lexicon.feelings().get(2)).targetText()).isEqualTo("j' ai faim .");
        assertThat(Grammar.tellMeAbout(pizza, false).targetText()).isEqualTo("parle-moi de la pizza .");
    }

    @Test
    void frenchAgreesInGenderWithTheReferentEverywhereInTheCorpus() {
        for (SentencePair pair : corpus) {
            if (pair.coreference() == null) {
                continue;
            }
            Noun referent = noun(pair.source().get(pair.coreference().antecedent()));
            String pronoun = referent.gender().pick("il", "elle");
            assertThat(pair.target()).as(pair.sourceText()).contains(pronoun).doesNotContain(referent.gender().pick("elle", "il"));
            assertThat(pair.alignment().get(pair.coreference().pronoun())).isEqualTo(referent.french());
            for (String agreeing : List.of("délicieuse", "cassée", "fatiguée", "bondée")) {
                if (pair.target().contains(agreeing) || pair.target().contains(agreeing.substring(0, agreeing.length() - 1))) {
                    String expected = referent.gender() == Gender.FEMININE ? agreeing : agreeing.substring(0, agreeing.length() - 1);
                    assertThat(pair.target()).as(pair.sourceText()).contains(expected);
                }
            }
        }
    }

    private Noun noun(String english) {
        return lexicon.nouns().stream().filter(n -> n.english().equals(english)).findFirst().orElseThrow();
    }
}
