package com.attentionstudio.core.train;

/** Two nouns that a coreference template puts in one sentence (first the subject, then the other noun). */
public record NounPair(Noun first, Noun second) {
    public boolean bothIn(java.util.List<String> words) {
        return words.contains(first.english()) && words.contains(second.english());
    }

    @Override
    public String toString() {
        return first.english() + "+" + second.english();
    }
}
