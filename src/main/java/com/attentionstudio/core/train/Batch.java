package com.attentionstudio.core.train;

/**
 * Sentence pairs stacked without padding. Row r of the source is word sourceIds[r], and
 * alignmentIds[r] is the French word it should predict through the auxiliary head (or
 * {@link LabelSmoothedCrossEntropy#IGNORE}). The decoder reads decoderInputIds (each sentence starting
 * with &lt;s&gt;) and must predict targetIds (the same sentence shifted left, ending with &lt;/s&gt;):
 * teacher forcing.
 */
public record Batch(int[] sourceIds, int[] alignmentIds, Segments sourceSegments,
                    int[] decoderInputIds, int[] targetIds, Segments targetSegments) {
    public Batch {
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
}
