package com.attentionstudio.core.train;

import java.util.List;

/**
 * What the evaluation asks of a translation model: greedy translations and attention weights. The
 * trainer's own model answers it during training; the app's inference path answers it for the shipped
 * folder, so the published figures are measured on exactly what users load.
 */
public interface TranslationProbe {

    /** Greedy decoding from &lt;s&gt; until &lt;/s&gt; (or maxLength words); the words without specials. */
    List<String> translate(List<String> sourceWords, int maxLength);

    /** Encoder self attention: result.get(layer)[head][query][key] over the source words. */
    List<float[][][]> encoderAttention(List<String> sourceWords);

    /**
     * Cross attention with the decoder fed &lt;s&gt; + targetWords: result.get(layer)[head][row][sourceWord],
     * where row i is the decoder position that predicts targetWords[i] (its input is the word before).
     */
    List<float[][][]> crossAttention(List<String> sourceWords, List<String> targetWords);
}
