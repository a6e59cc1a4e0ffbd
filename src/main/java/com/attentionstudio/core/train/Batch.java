package com.attentionstudio.core.train;

/**
 * Sentence pairs stacked without padding. Row r of the source is word sourceIds[r], and
 * alignmentIds[r] is the French word it should predict through the auxiliary head (or
 * {@link LabelSmoothedCrossEntropy#IGNORE}). The decoder reads decoderInputIds (each sentence starting
 * with &lt;s&gt;) and must predict targetIds (the same sentence shifted left, ending with &lt;/s&gt;):
 * teacher forcing. pronouns[s] and antecedents[s] are the positions of "it" and its antecedent in
 * source sentence s, or −1 where it has none.
 */
public record Batch(int[] sourceIds, int[] alignmentIds, Segments sourceSegments,
                    int[] decoderInputIds, int[] targetIds, Segments targetSegments,
                    int[] pronouns, int[] antecedents) {
    public Batch {
        if (pronouns.length != sourceSegments.count() || antecedents.length != pronouns.length) {
            throw new IllegalArgumentException("expected a pronoun and an antecedent position for each of the "
                    + sourceSegments.count() + " sentences but got " + pronouns.length + " and " + antecedents.length);
        }
        if (sourceIds.length != sourceSegments.totalRows() || alignmentIds.length != sourceIds.length) {
            throw new IllegalArgumentException("source segments cover " + sourceSegments.totalRows()
                    + " rows but there are " + sourceIds.length + " source ids and " + alignmentIds.length + " alignments");
        }
        if (decoderInputIds.length != targetSegments.totalRows() || targetIds.length != decoderInputIds.length) {
            throw new IllegalArgumentException("target segments cover " + targetSegments.totalRows() + " rows but there are "
                    + decoderInputIds.length + " decoder inputs and " + targetIds.length + " targets");
        }
        if (sourceSegments.count() != targetSegments.count()) {
            throw new IllegalArgumentException("expected as many target sentences as source sentences but got "
                    + targetSegments.count() + " and " + sourceSegments.count());
        }
    }

    /** A batch with no coreference annotations. */
    public Batch(int[] sourceIds, int[] alignmentIds, Segments sourceSegments,
                 int[] decoderInputIds, int[] targetIds, Segments targetSegments) {
        this(sourceIds, alignmentIds, sourceSegments, decoderInputIds, targetIds, targetSegments,
                filled(sourceSegments.count()), filled(sourceSegments.count()));
    }

    private static int[] filled(int n) {
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        return none;
    }
}
