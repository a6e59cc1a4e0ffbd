package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge loop by hand, on vocabularies small enough to follow on paper. */
class BpeMergesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.of(
            Map.of("a", 0, "b", 1, "c", 2, "ab", 3, "bc", 4, "abc", 5, "aa", 6, "aaaa", 7), List.of(), "test");

    private static BpeMerges merges(String... lines) {
        List<MergeRule> rules = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            rules.add(new MergeRule(parts[0], parts[1], rules.size() + 1));
        }
        return BpeMerges.of(rules, VOCABULARY, "test", "line");
    }

    @Test
    void lowestRankMergesFirst() {
        // "b c" outranks "a b", so abc -> a bc, and no rule joins a with bc.
        assertThat(merges("b c", "a b", "ab c").apply(new int[] {0, 1, 2})).containsExactly(0, 4);
        // With "a b" first: ab c, then "ab c" makes abc.
        assertThat(merges("a b", "b c", "ab c").apply(new int[] {0, 1, 2})).containsExactly(5);
    }

    @Test
    void equalPairsMergeLeftmostFirst() {
        // "aaa": the left pair merges, the right a is left over, as in GPT-2's bpe().
        assertThat(merges("a a").apply(new int[] {0, 0, 0})).containsExactly(6, 0);
        // "aaaaa" with "aa aa": aa aa a -> aaaa a.
        assertThat(merges("a a", "aa aa").apply(new int[] {0, 0, 0, 0, 0})).containsExactly(7, 0);
    }

    @Test
    void wordsWithoutRulesStayAsTheyAre() {
        assertThat(merges("a b").apply(new int[] {2, 1, 0})).containsExactly(2, 1, 0);
        assertThat(merges("a b").apply(new int[] {2})).containsExactly(2);
        assertThat(merges("a b").apply(new int[0])).isEmpty();
    }

    @Test
    void laterDuplicateOfAPairTakesItsRank() {
        // "a b" listed again after "b c": its rank is now the later one, so b c merges first.
        assertThat(merges("a b", "b c", "a b").apply(new int[] {0, 1, 2})).containsExactly(0, 4);
    }
}
