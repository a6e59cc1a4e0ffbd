package com.attentionstudio.core.train;

import java.util.List;

/**
 * The figures the README quotes, measured on the held-out sentences (noun pairs never seen together).
 *
 * @param headRate          share of "it" sentences where head (bestLayer, bestHead) gives the antecedent
 *                          more weight than the other noun and at least {@link ModelEvaluation#HEAD_THRESHOLD}
 * @param headRateNoThreshold the same head, antecedent above the other noun at any weight
 * @param crossAttention    for "the hot pizza ." → "la pizza chaude .": per decoder layer, the English word
 *                          the row that writes "chaude" attends to most (heads averaged)
 */
public record EvaluationReport(int sentences, int exactMatches, int pronounSentences, int pronounsCorrect,
                               int rolloutCorrect, int bestLayer, int bestHead, double headRate,
                               double headRateNoThreshold, List<SeedCheck> seedChecks, List<String> crossAttention) {

    /** One lesson sentence: what the model says and where "it" looks in the best head and in rollout. */
    public record SeedCheck(String sentence, String expectedAntecedent, String translation, String headTopNoun,
                            String rolloutTopNoun) {
        public boolean passes() {
            return headTopNoun.equals(expectedAntecedent) && rolloutTopNoun.equals(expectedAntecedent);
        }
    }

    public double exactMatchRate() {
        return (double) exactMatches / sentences;
    }

    public double pronounRate() {
        return (double) pronounsCorrect / pronounSentences;
    }

    public double rolloutRate() {
        return (double) rolloutCorrect / pronounSentences;
    }

    public String summary() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT,
                "held-out exact match %d/%d (%.1f %%), il/elle %d/%d (%.1f %%), rollout antecedent %d/%d (%.1f %%),"
                        + " best encoder head layer %d head %d: %.1f %% (>= 0.3), %.1f %% (any weight)",
                exactMatches, sentences, 100 * exactMatchRate(), pronounsCorrect, pronounSentences, 100 * pronounRate(),
                rolloutCorrect, pronounSentences, 100 * rolloutRate(), bestLayer, bestHead, 100 * headRate,
                100 * headRateNoThreshold));
        for (SeedCheck check : seedChecks) {
            s.append(String.format("%n  \"%s\" -> \"%s\"; it -> head: %s, rollout: %s (expected %s)", check.sentence(),
                    check.translation(), check.headTopNoun(), check.rolloutTopNoun(), check.expectedAntecedent()));
        }
        s.append(String.format("%n  \"the hot pizza .\": chaude attends most to %s (decoder layers 0..)", crossAttention));
        return s.toString();
    }
}
