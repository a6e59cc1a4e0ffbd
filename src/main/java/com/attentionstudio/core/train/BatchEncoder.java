package com.attentionstudio.core.train;

import java.util.List;

/** Turns sentence pairs into a stacked {@link Batch}: decoder input = &lt;s&gt; + French, target = French + &lt;/s&gt;. */
public final class BatchEncoder {
    private final Vocabulary vocabulary;

    public BatchEncoder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Batch encode(List<SentencePair> pairs) {
        int[] sourceLengths = pairs.stream().mapToInt(p -> p.source().size()).toArray();
        int[] targetLengths = pairs.stream().mapToInt(p -> p.target().size() + 1).toArray();
        Segments sourceSegments = Segments.ofLengths(sourceLengths);
        Segments targetSegments = Segments.ofLengths(targetLengths);
        int[] source = new int[sourceSegments.totalRows()];
        int[] alignment = new int[source.length];
        int[] decoderInput = new int[targetSegments.totalRows()];
        int[] target = new int[decoderInput.length];
        int[] pronouns = new int[pairs.size()];
        int[] antecedents = new int[pairs.size()];
        for (int s = 0; s < pairs.size(); s++) {
            SentencePair pair = pairs.get(s);
            pronouns[s] = pair.coreference() == null ? -1 : pair.coreference().pronoun();
            antecedents[s] = pair.coreference() == null ? -1 : pair.coreference().antecedent();
            int so = sourceSegments.start(s);
            for (int i = 0; i < pair.source().size(); i++) {
                source[so + i] = vocabulary.id(pair.source().get(i));
                String aligned = pair.alignment().get(i);
                alignment[so + i] = aligned == null ? LabelSmoothedCrossEntropy.IGNORE : vocabulary.id(aligned);
            }
            int to = targetSegments.start(s);
            decoderInput[to] = Vocabulary.BOS_ID;
            for (int i = 0; i < pair.target().size(); i++) {
                int id = vocabulary.id(pair.target().get(i));
                target[to + i] = id;
                decoderInput[to + i + 1] = id;
            }
            target[to + pair.target().size()] = Vocabulary.EOS_ID;
        }
        return new Batch(source, alignment, sourceSegments, decoderInput, target, targetSegments, pronouns, antecedents);
    }
}
