package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;

import com.attentionstudio.core.analysis.AttentionRollout;

/** Measures a {@link TranslationProbe} on the held-out set and on the lesson's own sentences. */
public final class ModelEvaluation {
    public static final double HEAD_THRESHOLD = 0.3;
    private static final int MAX_LENGTH = 40;

    private ModelEvaluation() {
    }

    public static EvaluationReport evaluate(TranslationProbe probe, List<SentencePair> heldOut, Lexicon lexicon) {
        int exact = 0;
        int pronounSentences = 0;
        int pronounsCorrect = 0;
        int rolloutCorrect = 0;
        List<List<float[][][]>> attentions = new ArrayList<>();
        List<SentencePair> withPronoun = new ArrayList<>();
        for (SentencePair pair : heldOut) {
            List<String> translation = probe.translate(pair.source(), MAX_LENGTH);
            exact += translation.equals(pair.target()) ? 1 : 0;
            if (pair.coreference() == null) {
                continue;
            }
            pronounSentences++;
            int pronounAt = pronounPosition(pair.target());
            pronounsCorrect += translation.size() > pronounAt
                    && translation.get(pronounAt).equals(pair.target().get(pronounAt)) ? 1 : 0;
            List<float[][][]> attention = probe.encoderAttention(pair.source());
            float[] itRow = AttentionRollout.of(attention)[pair.coreference().pronoun()];
            rolloutCorrect += itRow[pair.coreference().antecedent()] > itRow[pair.coreference().otherNoun()] ? 1 : 0;
            attentions.add(attention);
            withPronoun.add(pair);
        }
        int[] best = bestHead(attentions, withPronoun);
        double rate = headRate(attentions, withPronoun, best, HEAD_THRESHOLD);
        double anyWeight = headRate(attentions, withPronoun, best, 0);
        return new EvaluationReport(heldOut.size(), exact, pronounSentences, pronounsCorrect, rolloutCorrect,
                best[0], best[1], rate, anyWeight, seedChecks(probe, best, lexicon), crossAttention(probe));
    }

    /** The first il or elle in the reference translation. */
    private static int pronounPosition(List<String> target) {
        for (int i = 0; i < target.size(); i++) {
            if (target.get(i).equals("il") || target.get(i).equals("elle")) {
                return i;
            }
        }
        throw new IllegalArgumentException("a coreference sentence must translate \"it\" as il or elle: " + target);
    }

    private static int[] bestHead(List<List<float[][][]>> attentions, List<SentencePair> pairs) {
        int[] best = {0, 0};
        double bestRate = -1;
        int layers = attentions.isEmpty() ? 0 : attentions.get(0).size();
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < attentions.get(0).get(l).length; h++) {
                double rate = headRate(attentions, pairs, new int[] {l, h}, HEAD_THRESHOLD);
                if (rate > bestRate) {
                    bestRate = rate;
                    best = new int[] {l, h};
                }
            }
        }
        return best;
    }

    private static double headRate(List<List<float[][][]>> attentions, List<SentencePair> pairs, int[] head,
                                   double threshold) {
        int hits = 0;
        for (int s = 0; s < pairs.size(); s++) {
            SentencePair.Coreference c = pairs.get(s).coreference();
            float[] itRow = attentions.get(s).get(head[0])[head[1]][c.pronoun()];
            float antecedent = itRow[c.antecedent()];
            hits += antecedent > itRow[c.otherNoun()] && antecedent >= threshold ? 1 : 0;
        }
        return pairs.isEmpty() ? 0 : (double) hits / pairs.size();
    }

    private static List<EvaluationReport.SeedCheck> seedChecks(TranslationProbe probe, int[] head, Lexicon lexicon) {
        Noun pizza = noun(lexicon, "pizza");
        Noun oven = noun(lexicon, "oven");
        Noun animal = noun(lexicon, "animal");
        Noun street = noun(lexicon, "street");
        List<SentencePair> lessons = List.of(
                Grammar.cameOutOf(pizza, null, oven, null, predicate(lexicon, "tasted good")),
                Grammar.cameOutOf(pizza, null, oven, null, predicate(lexicon, "was broken")),
                Grammar.didNotCross(animal, null, street, null, predicate(lexicon, "was too tired")),
                Grammar.didNotCross(animal, null, street, null, predicate(lexicon, "was too wide")));
        List<EvaluationReport.SeedCheck> checks = new ArrayList<>();
        for (SentencePair pair : lessons) {
            SentencePair.Coreference c = pair.coreference();
            List<float[][][]> attention = probe.encoderAttention(pair.source());
            float[] headRow = attention.get(head[0])[head[1]][c.pronoun()];
            float[] rolloutRow = AttentionRollout.of(attention)[c.pronoun()];
            checks.add(new EvaluationReport.SeedCheck(pair.sourceText(), pair.source().get(c.antecedent()),
                    String.join(" ", probe.translate(pair.source(), MAX_LENGTH)),
                    topNoun(pair, headRow), topNoun(pair, rolloutRow)));
        }
        return checks;
    }

    private static String topNoun(SentencePair pair, float[] row) {
        SentencePair.Coreference c = pair.coreference();
        int top = row[c.antecedent()] > row[c.otherNoun()] ? c.antecedent() : c.otherNoun();
        return pair.source().get(top);
    }

    /** For "the hot pizza ." → "la pizza chaude .", the word "chaude" reads most from, per decoder layer. */
    private static List<String> crossAttention(TranslationProbe probe) {
        List<String> source = List.of("the", "hot", "pizza", ".");
        List<String> target = List.of("la", "pizza", "chaude", ".");
        List<String> tops = new ArrayList<>();
        for (float[][][] layer : probe.crossAttention(source, target)) {
            double[] mean = new double[source.size()];
            for (float[][] head : layer) {
                for (int j = 0; j < source.size(); j++) {
                    mean[j] += head[2][j] / layer.length;
                }
            }
            int top = 0;
            for (int j = 1; j < mean.length; j++) {
                top = mean[j] > mean[top] ? j : top;
            }
            tops.add(source.get(top));
        }
        return tops;
    }

    private static Noun noun(Lexicon lexicon, String english) {
        return lexicon.nouns().stream().filter(n -> n.english().equals(english)).findFirst().orElseThrow();
    }

    private static Phrase predicate(Lexicon lexicon, String english) {
        return lexicon.predicates().stream().filter(p -> String.join(" ", p.english()).equals(english))
                .findFirst().orElseThrow();
    }
}
