package com.attentionstudio.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.attentionstudio.core.model.TokenSequence;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;

/**
 * Answers the evaluation through the app's inference path: every number comes from a
 * {@link Transformer#forward(TokenSequence, TokenSequence)} trace, as the window and the CLI show it.
 */
public final class TransformerProbe implements TranslationProbe {
    private final Transformer transformer;
    private final List<String> vocabulary;
    private final Function<String, Integer> ids;

    public TransformerProbe(Transformer transformer, List<String> vocabulary) {
        this.transformer = transformer;
        this.vocabulary = List.copyOf(vocabulary);
        Vocabulary lookup = new Vocabulary(vocabulary);
        this.ids = lookup::id;
    }

    @Override
    public List<String> translate(List<String> sourceWords, int maxLength) {
        List<String> words = new ArrayList<>();
        while (words.size() < maxLength) {
            ForwardTrace trace = forward(sourceWords, words);
            float[] logits = trace.logits().orElseThrow().logits(words.size()); // predicts the next word
            int next = 0;
            for (int v = 1; v < logits.length; v++) {
                next = logits[v] > logits[next] ? v : next;
            }
            if (next == Vocabulary.EOS_ID) {
                break;
            }
            words.add(vocabulary.get(next));
        }
        return words;
    }

    @Override
    public List<float[][][]> encoderAttention(List<String> sourceWords) {
        return attention(forward(sourceWords, List.of()), AttentionKind.ENCODER_SELF);
    }

    @Override
    public List<float[][][]> crossAttention(List<String> sourceWords, List<String> targetWords) {
        return attention(forward(sourceWords, targetWords.subList(0, targetWords.size() - 1)), AttentionKind.CROSS);
    }

    /** Source words, and the decoder fed &lt;s&gt; followed by the given French words. */
    private ForwardTrace forward(List<String> sourceWords, List<String> decoded) {
        List<String> decoderWords = new ArrayList<>(List.of(Vocabulary.BOS));
        decoderWords.addAll(decoded);
        return transformer.forward(sequence(sourceWords), sequence(decoderWords));
    }

    private TokenSequence sequence(List<String> words) {
        int[] idArray = words.stream().mapToInt(ids::apply).toArray();
        List<String> labels = new ArrayList<>();
        for (int id : idArray) {
            labels.add(vocabulary.get(id));
        }
        return new TokenSequence(idArray, labels);
    }

    private static List<float[][][]> attention(ForwardTrace trace, AttentionKind kind) {
        List<float[][][]> layers = new ArrayList<>();
        for (int l = 0; l < trace.layerCount(kind); l++) {
            float[][][] heads = new float[trace.headCount(kind)][][];
            for (int h = 0; h < heads.length; h++) {
                heads[h] = trace.head(kind, l, h).weights().toRows();
            }
            layers.add(heads);
        }
        return layers;
    }
}
