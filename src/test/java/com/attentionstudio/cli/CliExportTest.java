package com.attentionstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson figure in one command, in every format, from the built-in model. */
class CliExportTest {
    private static final String SENTENCE = "the pizza came out of the oven and it tasted good";

    @TempDir
    Path temp;

    @Test
    void itPizzaHeatmapAsSvgPdfAndPng() throws IOException {
        Path svg = export("svg", "--preset", "slide-16x9");
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("encoder self attention").contains("layer 1").contains("head 0");
        for (String token : SENTENCE.split(" ")) {
            assertThat(text).contains(">" + token + "<");
        }
        try (PDDocument pdf = Loader.loadPDF(export("pdf", "--preset", "a4-column").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(244f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("pizza").contains("oven");
        }
        BufferedImage png = ImageIO.read(export("png", "--preset", "square", "--dpi", "72").toFile());
        assertThat(png.getWidth()).isEqualTo(600);
        assertThat(png.getHeight()).isEqualTo(600);
    }

    @Test
    void sameExportTwiceIsByteIdentical() throws IOException {
        byte[] first = Files.readAllBytes(export("pdf"));
        byte[] second = Files.readAllBytes(export("pdf"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void csvHoldsTheHeadsWeightsWithTokenHeaders() throws IOException {
        List<String> lines = Files.readAllLines(export("csv", "--quantity", "weights"));
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).contains("pizza").contains("oven");
        JsonNode trace = new ObjectMapper().readTree(CliRun.of("trace", "--text", SENTENCE).out());
        double expected = trace.get("encoder_attentions").get(1).get(0).get(8).get(1).asDouble();
        assertThat(Double.parseDouble(lines.get(9).split(",")[2])).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void jsonIsTheTraceSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(export("json").toFile());
        assertThat(json.get("source_tokens").size()).isEqualTo(11);
        assertThat(json.has("cross_attentions")).isTrue();
    }

    @Test
    void oneFigurePerSentenceOfALessonFile() throws IOException {
        Path sentences = Files.writeString(temp.resolve("lesson.txt"), "# a comment\nthe hot pizza\n\nsquatch eats pizza\n");
        CliRun run = CliRun.of("export", "--sentences", sentences.toString(), "--out-dir", temp.resolve("out").toString(),
                "--view", "lines", "--format", "svg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("01-the-hot-pizza.svg", "02-squatch-eats-pizza.svg");
        }
        assertThat(run.err()).contains("2/2");
    }

    @Test
    void badRequestsAreRefusedClearly() {
        CliRefusalsTest.assertRefused(CliRun.of("export", "--text", SENTENCE, "--view", "heatmap", "--format", "gif",
                "--out", temp.resolve("x.gif").toString()), "unknown format");
        CliRefusalsTest.assertRefused(CliRun.of("export", "--text", SENTENCE, "--view", "pie", "--format", "svg",
                "--out", temp.resolve("x.svg").toString()), "unknown view");
        CliRefusalsTest.assertRefused(CliRun.of("export", "--text", SENTENCE, "--view", "heatmap", "--format", "svg",
                "--out", temp.resolve("x.svg").toString(), "--head", "4"), "--head 4 does not exist");
        CliRefusalsTest.assertRefused(CliRun.of("export", "--view", "heatmap", "--format", "svg"), "--text and --out");
        assertThat(temp.resolve("x.svg")).doesNotExist();
    }

    private Path export(String format, String... extra) {
        Path out = temp.resolve("it-pizza-" + System.nanoTime() + "." + format);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--text", SENTENCE, "--view", "heatmap", "--kind", "encoder",
                "--layer", "1", "--head", "0", "--query", "8", "--format", format, "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }
}
