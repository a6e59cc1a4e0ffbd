package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The BPE merge table over ids (Sennrich et al. 2016; GPT-2's byte-level variant). Applying it repeatedly
 * merges the adjacent pair with the lowest rank, the leftmost first among equals, until no pair has a rule:
 * the same result as GPT-2's bpe() loop, found with a priority queue as the tokenizers library does so a
 * long run of letters costs n log n rather than n squared.
 */
final class BpeMerges {

    private static final long NO_RULE = -1L;

    /** (leftId, rightId) packed in a long -> (rank, mergedId) packed in a long. */
    private final Map<Long, Long> rules;

    private BpeMerges(Map<Long, Long> rules) {
        this.rules = rules;
    }

    /**
     * Checks that both parts and the merged token are in the vocabulary; a later duplicate of a pair takes
     * over its rank, as in Hugging Face.
     *
     * @param unit how the source counts its rules, for messages ("line", "merge")
     */
    static BpeMerges of(List<MergeRule> mergeRules, Vocabulary vocabulary, String source, String unit) {
        Map<Long, Long> rules = new HashMap<>(mergeRules.size() * 2);
        for (int rank = 0; rank < mergeRules.size(); rank++) {
            MergeRule rule = mergeRules.get(rank);
            int left = idIn(vocabulary, rule.left(), rule, source, unit);
            int right = idIn(vocabulary, rule.right(), rule, source, unit);
            int merged = idIn(vocabulary, rule.left() + rule.right(), rule, source, unit);
            rules.put(pair(left, right), ((long) rank << 32) | merged);
        }
        return new BpeMerges(rules);
    }

    private static int idIn(Vocabulary vocabulary, String token, MergeRule rule, String source, String unit) {
        return vocabulary.idOf(token).orElseThrow(() -> new InputException(source + " " + unit + " " + rule.number()
                + " merges \"" + rule.left() + "\" and \"" + rule.right() + "\", but the vocabulary has no \"" + token
                + "\"; the vocabulary and the merges do not belong together, use the pair saved with the model"));
    }

    int size() {
        return rules.size();
    }

    /** Merges a word given as the ids of its single symbols. Not modified. */
    int[] apply(int[] symbolIds) {
        int n = symbolIds.length;
        int[] id = symbolIds.clone();
        int[] prev = new int[n];
        int[] next = new int[n];
        boolean[] mergedAway = new boolean[n];
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            prev[i] = i - 1;
            next[i] = i + 1;
            if (i + 1 < n) {
                offer(queue, id, i, i + 1);
            }
        }
        while (!queue.isEmpty()) {
            long top = queue.poll();
            int rank = (int) (top >>> 32);
            int pos = (int) top;
            if (mergedAway[pos] || next[pos] >= n) {
                continue;
            }
            int right = next[pos];
            long rule = ruleFor(id[pos], id[right]);
            // The pair at pos may have changed since it was queued; only the rule that was queued may fire.
            if (rule == NO_RULE || (int) (rule >>> 32) != rank) {
                continue;
            }
            id[pos] = (int) rule;
            mergedAway[right] = true;
            next[pos] = next[right];
            if (next[pos] < n) {
                prev[next[pos]] = pos;
                offer(queue, id, pos, next[pos]);
            }
            if (prev[pos] >= 0) {
                offer(queue, id, prev[pos], pos);
            }
        }
        return survivors(id, mergedAway);
    }

    private void offer(PriorityQueue<Long> queue, int[] id, int leftPos, int rightPos) {
        long rule = ruleFor(id[leftPos], id[rightPos]);
        if (rule != NO_RULE) {
            // Rank in the high half, position in the low half: the queue orders by rank, then leftmost first.
            queue.add((rule & 0xFFFF_FFFF_0000_0000L) | leftPos);
        }
    }

    private long ruleFor(int left, int right) {
        Long rule = rules.get(pair(left, right));
        return rule == null ? NO_RULE : rule;
    }

    private static long pair(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFF_FFFFL);
    }

    private static int[] survivors(int[] id, boolean[] mergedAway) {
        int count = 0;
        for (boolean gone : mergedAway) {
            count += gone ? 0 : 1;
        }
        int[] result = new int[count];
        int at = 0;
        for (int i = 0; i < id.length; i++) {
            if (!mergedAway[i]) {
                result[at++] = id[i];
            }
        }
        return result;
    }
}
