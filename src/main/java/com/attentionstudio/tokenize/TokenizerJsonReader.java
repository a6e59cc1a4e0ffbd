package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a tokenizer from a Hugging Face tokenizer.json. It reads the parts our tokenizers implement and
 * refuses, with the reason, any setting that would make our tokens differ from Hugging Face's.
 */
final class TokenizerJsonReader {

    private final JsonNode root;
    private final String source;

    private TokenizerJsonReader(Path file) {
        this.root = TokenizerFileReader.readJson(file);
        this.source = file.getFileName().toString();
        if (!root.isObject()) {
            throw new InputException(source + " should hold a JSON object; check that it is a Hugging Face tokenizer file");
        }
    }

    /** @param wrap when empty: what the post_processor says, else the family's own (BART: &lt;s&gt; … &lt;/s&gt;) */
    static ByteLevelBpeTokenizer byteLevelBpe(Path file, TokenizerKind kind, Optional<SpecialWrap> wrap) {
        TokenizerJsonReader reader = new TokenizerJsonReader(file);
        JsonNode model = reader.model("BPE", kind);
        List<AddedToken> added = reader.addedTokens();
        Vocabulary vocabulary = Vocabulary.of(
                TokenizerFileReader.tokenIds(model.path("vocab"), reader.source + " model.vocab"), added, reader.source);
        BpeMerges merges = BpeMerges.of(reader.merges(model), vocabulary, reader.source, "merge");
        SpecialWrap chosen = wrap.or(() -> reader.postProcessorWrap(vocabulary))
                .orElse(kind == TokenizerKind.BART ? SpecialWrap.of("<s>", "</s>") : SpecialWrap.NONE);
        SpecialIds specialIds = SpecialIds.resolve(chosen, specialContents(added), vocabulary, reader.source);
        return new ByteLevelBpeTokenizer(vocabulary, merges, reader.bpeOptions(model), added, specialIds, reader.source);
    }

    /** @param wrap when empty: what the post_processor says, else none (the tokenizers library adds nothing then) */
    static WordPieceTokenizer wordPiece(Path file, Optional<SpecialWrap> wrap) {
        TokenizerJsonReader reader = new TokenizerJsonReader(file);
        JsonNode model = reader.model("WordPiece", TokenizerKind.BERT);
        List<AddedToken> added = reader.addedTokens();
        Vocabulary vocabulary = Vocabulary.of(
                TokenizerFileReader.tokenIds(model.path("vocab"), reader.source + " model.vocab"), added, reader.source);
        reader.requireType("pre_tokenizer", "BertPreTokenizer");
        SpecialWrap chosen = wrap.or(() -> reader.postProcessorWrap(vocabulary)).orElse(SpecialWrap.NONE);
        SpecialIds specialIds = SpecialIds.resolve(chosen, specialContents(added), vocabulary, reader.source);
        WordPieceOptions options = new WordPieceOptions(reader.text(model, "unk_token", "[UNK]"),
                reader.text(model, "continuing_subword_prefix", "##"), reader.positiveInt(model, "max_input_chars_per_word", 100));
        return new WordPieceTokenizer(vocabulary, reader.bertNormalizer(), options, added, specialIds, reader.source);
    }

    private JsonNode model(String type, TokenizerKind kind) {
        JsonNode model = root.path("model");
        String actual = model.path("type").asText("");
        if (!type.equals(actual)) {
            throw new InputException(source + " holds a " + (actual.isEmpty() ? "model without a type" : actual + " model")
                    + ", but a " + kind + " model needs " + type + "; check config.json's model_type or use the tokenizer saved with the model");
        }
        return model;
    }

    private List<AddedToken> addedTokens() {
        List<AddedToken> added = new ArrayList<>();
        for (JsonNode entry : root.path("added_tokens")) {
            JsonNode id = entry.path("id");
            String content = entry.path("content").asText("");
            if (!id.isIntegralNumber() || !id.canConvertToInt() || id.intValue() < 0 || content.isEmpty()) {
                throw new InputException(source + " has an added token without a text or a whole-number id ("
                        + entry + "); the file is damaged, save the tokenizer again");
            }
            added.add(new AddedToken(content, id.intValue(), entry.path("special").asBoolean(false),
                    entry.path("lstrip").asBoolean(false), entry.path("rstrip").asBoolean(false),
                    entry.path("single_word").asBoolean(false)));
        }
        return added;
    }

    private static List<String> specialContents(List<AddedToken> added) {
        return added.stream().filter(AddedToken::special).map(AddedToken::content).toList();
    }

    private List<MergeRule> merges(JsonNode model) {
        List<MergeRule> rules = new ArrayList<>();
        int number = 0;
        for (JsonNode merge : model.path("merges")) {
            number++;
            String[] parts = merge.isArray() && merge.size() == 2 && merge.get(0).isTextual() && merge.get(1).isTextual()
                    ? new String[] {merge.get(0).asText(), merge.get(1).asText()}
                    : merge.isTextual() ? merge.asText().split(" ", -1) : new String[0];
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new InputException(source + " merge " + number + " should be two tokens, but is " + merge
                        + "; the file is damaged, save the tokenizer again");
            }
            rules.add(new MergeRule(parts[0], parts[1], number));
        }
        return rules;
    }

    private BpeOptions bpeOptions(JsonNode model) {
        if (!root.path("normalizer").isNull() && !root.path("normalizer").isMissingNode()) {
            throw unsupported("a normalizer (" + root.path("normalizer").path("type").asText("?") + ")");
        }
        JsonNode preTokenizer = requireType("pre_tokenizer", "ByteLevel");
        if (model.path("dropout").asDouble(0) != 0) {
            throw unsupported("BPE dropout, which makes tokens random");
        }
        for (String field : List.of("continuing_subword_prefix", "end_of_word_suffix")) {
            if (!model.path(field).asText("").isEmpty()) {
                throw unsupported("a " + field);
            }
        }
        if (model.path("byte_fallback").asBoolean(false)) {
            throw unsupported("byte_fallback (a SentencePiece-style BPE)");
        }
        JsonNode unk = model.path("unk_token");
        return new BpeOptions(preTokenizer.path("add_prefix_space").asBoolean(true),
                preTokenizer.path("use_regex").asBoolean(true), model.path("ignore_merges").asBoolean(false),
                unk.isTextual() ? Optional.of(unk.asText()) : Optional.empty(), model.path("fuse_unk").asBoolean(false));
    }

    private BertNormalizer bertNormalizer() {
        JsonNode normalizer = root.path("normalizer");
        if (normalizer.isNull() || normalizer.isMissingNode()) {
            return new BertNormalizer(false, false, false, false);
        }
        requireType("normalizer", "BertNormalizer");
        boolean lowercase = normalizer.path("lowercase").asBoolean(true);
        JsonNode stripAccents = normalizer.path("strip_accents");
        return new BertNormalizer(normalizer.path("clean_text").asBoolean(true),
                normalizer.path("handle_chinese_chars").asBoolean(true),
                stripAccents.isBoolean() ? stripAccents.asBoolean() : lowercase, lowercase);
    }

    /** The special tokens the post_processor puts around a text; empty when it puts none. */
    private Optional<SpecialWrap> postProcessorWrap(Vocabulary vocabulary) {
        return new PostProcessorReader(source, vocabulary).wrapOf(root.path("post_processor"));
    }

    private JsonNode requireType(String field, String type) {
        JsonNode node = root.path(field);
        if (!type.equals(node.path("type").asText(""))) {
            throw unsupported("the " + field + " " + (node.isObject() ? node.path("type").asText("?") : "null")
                    + " where " + type + " was expected");
        }
        return node;
    }

    private String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : fallback;
    }

    private int positiveInt(JsonNode node, String field, int fallback) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new InputException(source + " gives " + field + " = " + value + ", but it must be a whole number from 1; the file is damaged");
        }
        return value.intValue();
    }

    private InputException unsupported(String what) {
        return new InputException(source + " uses " + what + "; Attention Studio reads the GPT-2/BART byte-level BPE"
                + " and BERT WordPiece tokenizers exactly and would give other tokens than Hugging Face here");
    }
}
