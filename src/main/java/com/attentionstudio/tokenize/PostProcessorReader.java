package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads which special tokens a tokenizer.json post_processor puts around a single text: RobertaProcessing
 * and BertProcessing (cls … sep), TemplateProcessing (its "single" template), or a Sequence of them.
 * Every token it names must be in the vocabulary with the id the file gives it.
 */
final class PostProcessorReader {

    private final String source;
    private final Vocabulary vocabulary;

    PostProcessorReader(String source, Vocabulary vocabulary) {
        this.source = source;
        this.vocabulary = vocabulary;
    }

    Optional<SpecialWrap> wrapOf(JsonNode processor) {
        if (processor.isNull() || processor.isMissingNode()) {
            return Optional.empty();
        }
        String type = processor.path("type").asText("");
        return switch (type) {
            case "ByteLevel" -> Optional.empty();
            case "RobertaProcessing", "BertProcessing" -> Optional.of(SpecialWrap.of(
                    checkedToken(processor.path("cls")), checkedToken(processor.path("sep"))));
            case "TemplateProcessing" -> Optional.of(template(processor));
            case "Sequence" -> sequence(processor.path("processors"));
            default -> throw new InputException(source + " has a post_processor of type \"" + type
                    + "\", which Attention Studio does not know; it reads RobertaProcessing, BertProcessing and TemplateProcessing");
        };
    }

    private Optional<SpecialWrap> sequence(JsonNode processors) {
        for (JsonNode processor : processors) {
            Optional<SpecialWrap> wrap = wrapOf(processor);
            if (wrap.isPresent()) {
                return wrap;
            }
        }
        return Optional.empty();
    }

    /** ["&lt;s&gt;", 0]: the token, checked against the vocabulary. */
    private String checkedToken(JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).canConvertToInt()) {
            throw new InputException(source + " post_processor should name its tokens as [\"token\", id], but has " + pair
                    + "; the file is damaged, save the tokenizer again");
        }
        return checked(pair.get(0).asText(), pair.get(1).intValue());
    }

    private String checked(String token, int id) {
        int known = vocabulary.requireId(token, "special", source);
        if (known != id) {
            throw new InputException(source + " post_processor gives \"" + token + "\" id " + id
                    + " but the vocabulary gives it id " + known + "; the file is inconsistent, save the tokenizer again");
        }
        return token;
    }

    /** {"single": [{"SpecialToken": {"id": "[CLS]"}}, {"Sequence": {"id": "A"}}, ...], "special_tokens": {...}}. */
    private SpecialWrap template(JsonNode processor) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean seenSequence = false;
        for (JsonNode piece : processor.path("single")) {
            if (piece.has("Sequence")) {
                seenSequence = true;
                continue;
            }
            String name = piece.path("SpecialToken").path("id").asText("");
            JsonNode special = processor.path("special_tokens").path(name);
            JsonNode tokens = special.path("tokens");
            JsonNode ids = special.path("ids");
            if (name.isEmpty() || !tokens.isArray() || !ids.isArray() || tokens.size() != ids.size()) {
                throw new InputException(source + " post_processor template names \"" + name
                        + "\" without matching tokens and ids in special_tokens; the file is damaged, save the tokenizer again");
            }
            for (int i = 0; i < tokens.size(); i++) {
                (seenSequence ? after : before).add(checked(tokens.get(i).asText(), ids.get(i).asInt(-1)));
            }
        }
        return new SpecialWrap(before, after);
    }
}
