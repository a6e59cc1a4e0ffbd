package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One English sentence, its French translation, and for each English word the French word it is
 * aligned with in context (null where none is, e.g. "out" in "came out of"). Sentences with "it"
 * carry a {@link Coreference} so evaluation knows the antecedent and the distractor noun.
 */
public record SentencePair(String lesson, List<String> source, List<String> target, List<String> alignment,
                           Coreference coreference) {

    /** Word positions in the English sentence: the pronoun "it", the noun it refers to and the other noun. */
    public record Coreference(int pronoun, int antecedent, int otherNoun) {
    }

    public SentencePair {
        if (source.isEmpty() || target.isEmpty() || alignment.size() != source.size()) {
            throw new IllegalArgumentException("expected non-empty sentences and one alignment per English word but got "
                    + source + " / " + target + " / " + alignment);
        }
        source = List.copyOf(source);
        target = List.copyOf(target);
        alignment = Collections.unmodifiableList(new ArrayList<>(alignment));
    }

    /** The same pair without the closing period on both sides, so typed sentences without one work too. */
    public SentencePair withoutFinalPeriod() {
        if (!source.get(source.size() - 1).equals(".") || !target.get(target.size() - 1).equals(".")) {
            return this;
        }
        return new SentencePair(lesson, source.subList(0, source.size() - 1), target.subList(0, target.size() - 1),
                alignment.subList(0, alignment.size() - 1), coreference);
    }

    public String sourceText() {
        return String.join(" ", source);
    }

    public String targetText() {
        return String.join(" ", target);
    }

    /** Builds a pair word by word; each English word is added with its aligned French word. */
    static final class Builder {
        private final List<String> source = new ArrayList<>();
        private final List<String> target = new ArrayList<>();
        private final List<String> alignment = new ArrayList<>();

        int english(String word, String alignedFrench) {
            source.add(word);
            alignment.add(alignedFrench);
            return source.size() - 1;
        }

        void french(List<String> words) {
            target.addAll(words);
        }

        void french(String... words) {
            target.addAll(List.of(words));
        }

        SentencePair build(String lesson, Coreference coreference) {
            return new SentencePair(lesson, source, target, alignment, coreference);
        }
    }
}
