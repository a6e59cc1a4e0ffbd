package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the tokenizer of a model folder. tokenizer.json comes first when present, as in Hugging Face;
 * otherwise vocab.json with merges.txt (GPT-2, BART) or vocab.txt (BERT, built-in models). Every file is
 * untrusted: at most {@link #MAX_FILE_BYTES} bytes, checked as it is read, refused with an
 * {@link InputException} that names the file and says what to do.
 */
public final class TokenizerFiles {

    public static final long MAX_FILE_BYTES = TokenizerFileReader.MAX_FILE_BYTES;

    private TokenizerFiles() {
    }

    /**
     * The tokenizer with the special tokens its files configure: the tokenizer.json post_processor when it
     * names any; else GPT-2 none, BART &lt;s&gt; … &lt;/s&gt;, BERT from vocab.txt [CLS] … [SEP] (BERT from a
     * tokenizer.json without a post_processor: none, as the tokenizers library does), built-in models none.
     */
    public static Tokenizer load(Path modelDir, TokenizerKind kind) {
        return load(modelDir, kind, Optional.empty());
    }

    /** The tokenizer with the given special tokens around every text, whatever its files say. */
    public static Tokenizer load(Path modelDir, TokenizerKind kind, SpecialWrap wrap) {
        return load(modelDir, kind, Optional.of(wrap));
    }

    private static Tokenizer load(Path modelDir, TokenizerKind kind, Optional<SpecialWrap> wrap) {
        if (!Files.isDirectory(modelDir)) {
            throw new InputException(modelDir + " is not a folder; choose the folder that holds the model's files");
        }
        Path tokenizerJson = modelDir.resolve("tokenizer.json");
        Path vocabJson = modelDir.resolve("vocab.json");
        Path mergesTxt = modelDir.resolve("merges.txt");
        Path vocabTxt = modelDir.resolve("vocab.txt");
        return switch (kind) {
            case GPT2, BART -> Files.isRegularFile(tokenizerJson)
                    ? TokenizerJsonReader.byteLevelBpe(tokenizerJson, kind, wrap)
                    : byteLevelBpe(require(modelDir, kind, "tokenizer.json, or vocab.json with merges.txt", vocabJson, mergesTxt),
                            mergesTxt, kind, wrap);
            case BERT -> Files.isRegularFile(tokenizerJson)
                    ? TokenizerJsonReader.wordPiece(tokenizerJson, wrap)
                    : wordPiece(require(modelDir, kind, "tokenizer.json or vocab.txt", vocabTxt), modelDir, wrap);
            case WORD_LEVEL -> WordLevelTokenizer.fromVocab(TokenizerFileReader.readVocabTxt(
                    require(modelDir, kind, "vocab.txt", vocabTxt)), wrap.orElse(SpecialWrap.NONE), "vocab.txt");
        };
    }

    /** The first of the files, after checking that all of them are there. */
    private static Path require(Path modelDir, TokenizerKind kind, String lookedFor, Path... files) {
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                missing.add(file.getFileName().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("no " + kind + " tokenizer in " + modelDir + ": looked for " + lookedFor
                    + " and " + String.join(", ", missing) + " is missing; copy the tokenizer files saved with the model"
                    + " (tokenizer.save_pretrained) into this folder");
        }
        return files[0];
    }

    private static ByteLevelBpeTokenizer byteLevelBpe(Path vocabJson, Path mergesTxt, TokenizerKind kind,
                                                      Optional<SpecialWrap> wrap) {
        String source = vocabJson.getFileName().toString();
        List<AddedToken> added = new ArrayList<>();
        Vocabulary model = Vocabulary.of(TokenizerFileReader.readVocabJson(vocabJson), List.of(), source);
        List<String> specials = kind == TokenizerKind.BART
                ? List.of("<s>", "<pad>", "</s>", "<unk>", "<mask>") : List.of("<|endoftext|>");
        for (String special : specials) {
            // BART's <mask> takes the space before it, so "the <mask> ate" masks the word " pizza" would be.
            model.idOf(special).ifPresent(id -> added.add(new AddedToken(special, id, true, special.equals("<mask>"), false, false)));
        }
        BpeMerges merges = BpeMerges.of(TokenizerFileReader.readMergesTxt(mergesTxt), model, mergesTxt.getFileName().toString(), "line");
        SpecialWrap chosen = wrap.orElse(kind == TokenizerKind.BART ? SpecialWrap.of("<s>", "</s>") : SpecialWrap.NONE);
        SpecialIds specialIds = SpecialIds.resolve(chosen, specials, model, source);
        return new ByteLevelBpeTokenizer(model, merges, BpeOptions.GPT2, added, specialIds, source);
    }

    /** vocab.txt, with do_lower_case, strip_accents and tokenize_chinese_chars from tokenizer_config.json if present. */
    private static WordPieceTokenizer wordPiece(Path vocabTxt, Path modelDir, Optional<SpecialWrap> wrap) {
        String source = vocabTxt.getFileName().toString();
        List<String> lines = TokenizerFileReader.readVocabTxt(vocabTxt);
        Vocabulary vocabulary = Vocabulary.of(TokenizerFileReader.lineIds(lines, source), List.of(), source);
        Path configFile = modelDir.resolve("tokenizer_config.json");
        JsonNode config = Files.isRegularFile(configFile)
                ? TokenizerFileReader.readJson(configFile) : MissingNode.getInstance();
        boolean lowercase = config.path("do_lower_case").asBoolean(true);
        JsonNode stripAccents = config.path("strip_accents");
        BertNormalizer normalizer = new BertNormalizer(true, config.path("tokenize_chinese_chars").asBoolean(true),
                stripAccents.isBoolean() ? stripAccents.asBoolean() : lowercase, lowercase);
        String unk = tokenName(config, "unk_token", "[UNK]");
        List<String> specials = List.of(tokenName(config, "pad_token", "[PAD]"), unk,
                tokenName(config, "cls_token", "[CLS]"), tokenName(config, "sep_token", "[SEP]"), tokenName(config, "mask_token", "[MASK]"));
        List<AddedToken> added = specials.stream().filter(vocabulary::contains)
                .map(token -> AddedToken.special(token, vocabulary.idOf(token).getAsInt())).toList();
        SpecialWrap chosen = wrap.orElse(SpecialWrap.of(specials.get(2), specials.get(3)));
        SpecialIds specialIds = SpecialIds.resolve(chosen, specials, vocabulary, source);
        return new WordPieceTokenizer(vocabulary, normalizer, new WordPieceOptions(unk, "##", 100), added, specialIds, source);
    }

    /** tokenizer_config.json names a token as "[UNK]" or as {"content": "[UNK]", ...}. */
    private static String tokenName(JsonNode config, String field, String fallback) {
        JsonNode value = config.path(field);
        JsonNode content = value.isObject() ? value.path("content") : value;
        return content.isTextual() && !content.asText().isEmpty() ? content.asText() : fallback;
    }
}
