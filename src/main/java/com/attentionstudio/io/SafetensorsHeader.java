package com.attentionstudio.io;

import com.attentionstudio.core.InputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed JSON header of one safetensors file: its tensors in header order and its string metadata.
 * Parsing trusts nothing: every entry's fields and types, every offset against the data area, and the
 * tensors against each other (no two may share bytes) are checked before any tensor is read.
 */
record SafetensorsHeader(Map<String, TensorInfo> tensors, Map<String, String> metadata) {

    static final String METADATA_KEY = "__metadata__";

    // Duplicate names would let a later entry silently replace an earlier one; refuse them instead.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    SafetensorsHeader {
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * Parses and validates a header. {@code file} names the file in messages; {@code dataLength} is the
     * number of bytes after the header, which every tensor must lie within.
     */
    static SafetensorsHeader parse(String file, byte[] headerBytes, long dataLength) {
        JsonNode root = parseJson(file, decodeUtf8(file, headerBytes));
        if (!root.isObject()) {
            throw damaged(file, "its header is JSON but not an object (it is " + root.getNodeType() + ")");
        }
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        Map<String, String> metadata = Map.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals(METADATA_KEY)) {
                metadata = parseMetadata(file, field.getValue());
            } else {
                tensors.put(field.getKey(), parseEntry(file, field.getKey(), field.getValue()));
            }
        }
        checkLayout(file, tensors.values(), dataLength);
        return new SafetensorsHeader(tensors, metadata);
    }

    static InputException damaged(String file, String what) {
        return new InputException(file + " is not a valid safetensors file: " + what
                + ". The file is damaged or incomplete; download or save it again.");
    }

    private static String decodeUtf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(file, "its header is not valid UTF-8 text");
        }
    }

    private static JsonNode parseJson(String file, String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw damaged(file, "its header is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw damaged(file, "its header is not valid JSON (" + describe(e) + ")");
        }
    }

    /** Jackson's reason, without its "[Source: ...]" noise, and where in the text it stopped. */
    static String describe(JsonProcessingException e) {
        String reason = e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "");
        return e.getLocation() == null ? reason
                : reason + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static Map<String, String> parseMetadata(String file, JsonNode node) {
        if (!node.isObject()) {
            throw damaged(file, METADATA_KEY + " is " + node.getNodeType() + "; expected an object of strings");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual()) {
                throw damaged(file, METADATA_KEY + " entry " + field.getKey() + " is "
                        + field.getValue().getNodeType() + "; expected a string");
            }
            metadata.put(field.getKey(), field.getValue().textValue());
        }
        return metadata;
    }

    private static TensorInfo parseEntry(String file, String name, JsonNode entry) {
        if (!entry.isObject()) {
            throw damaged(file, "tensor " + name + " is described by " + entry.getNodeType()
                    + "; expected an object with dtype, shape and data_offsets");
        }
        JsonNode dtypeNode = required(file, name, entry, "dtype");
        if (!dtypeNode.isTextual()) {
            throw damaged(file, "tensor " + name + " has dtype " + dtypeNode + "; expected a string such as \"F32\"");
        }
        DType dtype = DType.fromHeaderName(dtypeNode.textValue()).orElseThrow(() -> damaged(file,
                "tensor " + name + " has unknown dtype \"" + dtypeNode.textValue() + "\"; known dtypes are "
                        + DType.supportedNames()));
        long[] shape = longArray(file, name, "shape", required(file, name, entry, "shape"));
        long[] offsets = longArray(file, name, "data_offsets", required(file, name, entry, "data_offsets"));
        if (offsets.length != 2) {
            throw damaged(file, "tensor " + name + " has " + offsets.length
                    + " data_offsets; expected 2 ([begin, end])");
        }
        try {
            return new TensorInfo(name, dtype, shape, offsets[0], offsets[1]);
        } catch (IllegalArgumentException e) {
            throw damaged(file, e.getMessage());
        }
    }

    private static JsonNode required(String file, String name, JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        if (node == null) {
            throw damaged(file, "tensor " + name + " has no " + field);
        }
        return node;
    }

    private static long[] longArray(String file, String name, String field, JsonNode node) {
        if (!node.isArray()) {
            throw damaged(file, "tensor " + name + " has " + field + " " + node.getNodeType()
                    + "; expected an array of whole numbers");
        }
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw damaged(file, "tensor " + name + " has " + field + " " + node
                        + "; expected whole numbers that fit in 64 bits");
            }
            values[i] = value.longValue();
        }
        return values;
    }

    private static void checkLayout(String file, Iterable<TensorInfo> tensors, long dataLength) {
        List<TensorInfo> byBegin = new ArrayList<>();
        for (TensorInfo info : tensors) {
            if (info.end() > dataLength) {
                throw damaged(file, "tensor " + info.name() + " ends at byte " + info.end()
                        + " of the data area, but the data area holds only " + dataLength
                        + " bytes (the file is probably truncated)");
            }
            byBegin.add(info);
        }
        byBegin.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        for (int i = 1; i < byBegin.size(); i++) {
            TensorInfo previous = byBegin.get(i - 1);
            TensorInfo current = byBegin.get(i);
            if (current.begin() < previous.end()) {
                throw damaged(file, "tensors " + previous.name() + " [" + previous.begin() + ", "
                        + previous.end() + ") and " + current.name() + " [" + current.begin() + ", "
                        + current.end() + ") share bytes");
            }
        }
    }
}
