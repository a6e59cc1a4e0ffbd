package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import java.util.Locale;

/** Which tokenizer a model family uses; it decides the files to look for and the default special tokens. */
public enum TokenizerKind {
    /** Byte-level BPE, no special tokens added. */
    GPT2,
    /** Byte-level BPE, &lt;s&gt; … &lt;/s&gt; around every text. */
    BART,
    /** WordPiece with BERT's basic tokenizer, [CLS] … [SEP] around every text. */
    BERT,
    /** The built-in models: whole lower-cased words from vocab.txt. */
    WORD_LEVEL;

    /** The kind for a Hugging Face config.json "model_type". */
    public static TokenizerKind ofModelType(String modelType) {
        String type = modelType == null ? "" : modelType.trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "gpt2" -> GPT2;
            case "bart" -> BART;
            case "bert" -> BERT;
            case "attention-studio" -> WORD_LEVEL;
            default -> throw new InputException("model_type \"" + modelType + "\" has no tokenizer here: "
                    + "Attention Studio reads gpt2, bart, bert and attention-studio checkpoints; check config.json");
        };
    }
}
