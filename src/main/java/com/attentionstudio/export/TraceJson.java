package com.attentionstudio.export;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.SequenceTrace;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * A trace as the CLI's {@code trace} JSON. Encoder-only and decoder-only models:
 * {@code {"model", "architecture", "tokens", "ids", "attentions"}} with attentions[layer][head][query][key].
 * Encoder-decoder models: {@code {"model", "architecture", "source_tokens", "source_ids", "target_tokens",
 * "decoder_ids", "encoder_attentions", "decoder_attentions", "cross_attentions"}}. Streamed, so a
 * 1024-token trace is never held as a JSON tree.
 */
public final class TraceJson {
    private TraceJson() {
    }

    /** Writes the JSON to {@code file} atomically (temporary file, then move). */
    public static void write(ForwardTrace trace, Map<String, Object> extra, java.nio.file.Path file) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            write(trace, extra, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /**
     * @param extra further top-level fields (e.g. "mask_predictions"), written after the attentions as JSON values
     *              through Jackson's default mapping
     */
    public static void write(ForwardTrace trace, Map<String, Object> extra, OutputStream out) throws IOException {
        JsonFactory factory = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("model", trace.modelName());
            json.writeStringField("architecture", trace.architecture().label());
            switch (trace.architecture()) {
                case ENCODER_ONLY -> sequence(json, "", trace.encoder().orElseThrow(), trace, AttentionKind.ENCODER_SELF);
                case DECODER_ONLY -> sequence(json, "", trace.decoder().orElseThrow(), trace, AttentionKind.DECODER_SELF);
                case ENCODER_DECODER -> encoderDecoder(json, trace);
            }
            for (Map.Entry<String, Object> field : extra.entrySet()) {
                json.writeFieldName(field.getKey());
                json.writeObject(field.getValue());
            }
            json.writeEndObject();
        }
        out.flush();
    }

    private static void sequence(JsonGenerator json, String prefix, SequenceTrace s, ForwardTrace trace, AttentionKind kind)
            throws IOException {
        tokensAndIds(json, prefix + "tokens", prefix + "ids", s);
        attentions(json, "attentions", trace, kind);
    }

    private static void encoderDecoder(JsonGenerator json, ForwardTrace trace) throws IOException {
        tokensAndIds(json, "source_tokens", "source_ids", trace.encoder().orElseThrow());
        tokensAndIds(json, "target_tokens", "decoder_ids", trace.decoder().orElseThrow());
        attentions(json, "encoder_attentions", trace, AttentionKind.ENCODER_SELF);
        attentions(json, "decoder_attentions", trace, AttentionKind.DECODER_SELF);
        attentions(json, "cross_attentions", trace, AttentionKind.CROSS);
    }

    private static void tokensAndIds(JsonGenerator json, String tokensField, String idsField, SequenceTrace s) throws IOException {
        json.writeArrayFieldStart(tokensField);
        for (String token : s.tokens()) {
            json.writeString(token);
        }
        json.writeEndArray();
        json.writeArrayFieldStart(idsField);
        for (int id : s.ids()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    private static void attentions(JsonGenerator json, String field, ForwardTrace trace, AttentionKind kind) throws IOException {
        json.writeArrayFieldStart(field);
        for (int layer = 0; layer < trace.layerCount(kind); layer++) {
            json.writeStartArray();
            for (HeadTrace head : trace.attention(kind, layer).heads()) {
                json.writeStartArray();
                for (int q = 0; q < head.weights().rows(); q++) {
                    json.writeStartArray();
                    for (int k = 0; k < head.weights().cols(); k++) {
                        json.writeNumber(head.weights().get(q, k));
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}
