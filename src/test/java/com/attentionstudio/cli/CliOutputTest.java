package com.attentionstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The CLI's JSON carries exactly the reference ids and attentions. */
class CliOutputTest {
    private static final Path FIXTURES = CliRefusalsTest.FIXTURES;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void traceOfGpt2MatchesTheReference() throws Exception {
        JsonNode probe = JSON.readTree(FIXTURES.resolve("gpt2-tiny/reference.json").toFile()).get("probes").get(0);
        CliRun run = CliRun.of("trace", "--model", FIXTURES.resolve("gpt2-tiny").toString(), "--text", probe.get("text").asText());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("ids")).isEqualTo(probe.get("ids"));
        assertThat(out.get("tokens")).isEqualTo(probe.get("tokens"));
        assertThat(out.get("architecture").asText()).isEqualTo("decoder-only");
        JsonNode ours = out.get("attentions");
        JsonNode theirs = probe.get("attentions");
        assertThat(ours.get(1).get(3).get(8).get(1).asDouble()).isCloseTo(theirs.get(1).get(3).get(8).get(1).asDouble(),
                org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void traceOfBartWithTargetTeacherForcesLikeTransformers() throws Exception {
        JsonNode probe = JSON.readTree(FIXTURES.resolve("bart-tiny/reference.json").toFile()).get("probes").get(0);
        CliRun run = CliRun.of("trace", "--model", FIXTURES.resolve("bart-tiny").toString(), "--text",
                probe.get("source").asText(), "--target", probe.get("target").asText());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("source_ids")).isEqualTo(probe.get("source_ids"));
        assertThat(out.get("decoder_ids")).isEqualTo(probe.get("decoder_ids"));
        assertThat(out.has("cross_attentions")).isTrue();
    }

    @Test
    void tokenizeAndBenchPrintTheirSchemas() throws Exception {
        String model = FIXTURES.resolve("bert-tiny").toString();
        JsonNode tokens = JSON.readTree(CliRun.of("tokenize", "--model", model, "--text", "time flies").out());
        assertThat(tokens.get("ids").size()).isEqualTo(tokens.get("tokens").size()).isPositive();
        JsonNode bench = JSON.readTree(CliRun.of("bench", "--model", model, "--text", "time flies", "--repeat", "3").out());
        assertThat(bench.get("median_seconds").asDouble()).isPositive();
        assertThat(bench.get("min_seconds").asDouble()).isLessThanOrEqualTo(bench.get("median_seconds").asDouble());
        assertThat(bench.get("tokens").asInt()).isEqualTo(tokens.get("ids").size());
        assertThat(bench.get("peak_heap_mb").asDouble()).isPositive();
    }

    @Test
    void bertTraceListsMaskFillers() throws Exception {
        CliRun run = CliRun.of("trace", "--model", FIXTURES.resolve("bert-tiny").toString(), "--text", "the [MASK] tasted good");
        JsonNode predictions = JSON.readTree(run.out()).get("mask_predictions");
        assertThat(predictions.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(predictions.get(0).get("predictions")).hasSize(5);
    }
}
