package com.attentionstudio.tokenize;

/**
 * One line of a BPE merges list: the pair that merges, and where it stood (1-based) for messages.
 * Its rank is its position in the list.
 */
record MergeRule(String left, String right, int number) {
}
