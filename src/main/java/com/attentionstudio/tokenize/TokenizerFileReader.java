package com.attentionstudio.tokenize;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the plain tokenizer files (vocab.json, merges.txt, vocab.txt) and any JSON file, treating them as
 * untrusted: a size cap before reading, strict UTF-8, duplicate JSON keys refused, every id checked.
 */
final class TokenizerFileReader {

    /** GPT-2's tokenizer.json is 1.4 MB and the largest common ones are near 20 MB; more is not a tokenizer. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Vocabulary keys are read once: interning 50,000 of them would cost more than the whole parse. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private TokenizerFileReader() {
    }

    static JsonNode readJson(Path file) {
        byte[] bytes = readCapped(file);
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new InputException(file.getFileName() + " is empty; copy the file again from the model's folder");
            }
            return root;
        } catch (JacksonException e) {
            throw notJson(file.getFileName().toString(), e);
        } catch (IOException e) {
            throw new InputException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** vocab.json: one object from token to id, read as a stream since GPT-2's has 50,257 entries. */
    static Map<String, Integer> readVocabJson(Path file) {
        String name = file.getFileName().toString();
        try (JsonParser parser = JSON.createParser(readCapped(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(name + " should be a JSON object from each token to its id; check that it is the vocabulary file");
            }
            Map<String, Integer> ids = new HashMap<>(1 << 17);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String token = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                        || parser.getIntValue() < 0) {
                    throw new InputException(name + " gives \"" + token + "\" the id " + parser.getText()
                            + ", but ids are whole numbers from 0; the file is damaged");
                }
                ids.put(token, parser.getIntValue());
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new InputException(name + " has something other than token ids in it; check that it is the vocabulary file");
            }
            return ids;
        } catch (JacksonException e) {
            throw notJson(name, e);
        } catch (IOException e) {
            throw new InputException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputException notJson(String name, JacksonException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        return new InputException(name + " is not valid JSON (" + e.getOriginalMessage() + where
                + "); copy the file again from the model's folder", e);
    }

    /** A JSON object from token to id, each id a whole number from 0. */
    static Map<String, Integer> tokenIds(JsonNode object, String source) {
        if (!object.isObject()) {
            throw new InputException(source + " should map each token to its id, but holds a JSON "
                    + object.getNodeType().toString().toLowerCase(Locale.ROOT) + "; check that it is the vocabulary file");
        }
        Map<String, Integer> ids = new HashMap<>(object.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode id = entry.getValue();
            if (!id.isIntegralNumber() || !id.canConvertToInt() || id.intValue() < 0) {
                throw new InputException(source + " gives \"" + entry.getKey() + "\" the id " + id
                        + ", but ids are whole numbers from 0; the file is damaged");
            }
            ids.put(entry.getKey(), id.intValue());
        }
        return ids;
    }

    /** merges.txt: an optional "#version" line, then one "left right" pair per line; blank lines are skipped. */
    static List<MergeRule> readMergesTxt(Path file) {
        String name = file.getFileName().toString();
        List<MergeRule> rules = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || (i == 0 && line.startsWith("#version"))) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1 || line.indexOf(' ', space + 1) >= 0) {
                throw new InputException(name + " line " + (i + 1) + " should be two tokens separated by one space, but is \""
                        + abbreviate(line) + "\"; the file is damaged, copy it again from the model's folder");
            }
            rules.add(new MergeRule(line.substring(0, space), line.substring(space + 1), i + 1));
        }
        return rules;
    }

    /** vocab.txt: one token per line, the line number (from 0) is its id; a final newline adds no token. */
    static List<String> readVocabTxt(Path file) {
        List<String> tokens = readLines(file);
        if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).isEmpty())) {
            throw new InputException(file.getFileName() + " is empty; copy it again from the model's folder");
        }
        return tokens;
    }

    /** Token to id for a one-token-per-line vocabulary, refusing a token listed twice. */
    static Map<String, Integer> lineIds(List<String> tokens, String source) {
        Map<String, Integer> ids = new HashMap<>(tokens.size() * 2);
        for (int id = 0; id < tokens.size(); id++) {
            Integer earlier = ids.putIfAbsent(tokens.get(id), id);
            if (earlier != null) {
                throw new InputException(source + " lists \"" + tokens.get(id) + "\" twice, on lines " + (earlier + 1)
                        + " and " + (id + 1) + "; each token must have one id, fix or replace the file");
            }
        }
        return ids;
    }

    /** Lines without their "\n" or "\r\n"; a newline at the very end does not start another line. */
    private static List<String> readLines(Path file) {
        String text = decodeUtf8(readCapped(file), file);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static byte[] readCapped(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + " is missing or is not a file; copy the model's tokenizer files into its folder");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InputException(String.format(Locale.ROOT,
                        "%s is %,d bytes, more than the %,d (%d MB) a tokenizer file may have; check that it is the right file",
                        file.getFileName(), size, MAX_FILE_BYTES, MAX_FILE_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String decodeUtf8(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file.getFileName() + " is not UTF-8 text; save it again as UTF-8", e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
