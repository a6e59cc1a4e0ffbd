package com.attentionstudio.ui.figure;

import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Theme;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.attention.HeatmapViewModel;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import com.attentionstudio.ui.state.StudioState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.OptionalInt;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBarTest {
    @TempDir
    Path dir;
    private final StudioState state = new StudioState();
    private FigureCanvas canvas;
    private ExportBar bar;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void heatmapWithAPinnedRow() {
        HeatmapViewModel viewModel = new HeatmapViewModel(state);
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out"));
        state.pinQuery(OptionalInt.of(1));
        onFx(() -> {
            canvas = new FigureCanvas("testCanvas");
            canvas.resize(640, 400);
            canvas.figureProperty().bind(viewModel.figureProperty());
            bar = new ExportBar(canvas, "attention", state, viewModel::figure);
            bar.offerCsv("attention weights", () -> viewModel.numbers(CsvExporter.Quantity.WEIGHTS));
        });
    }

    @Test
    void aFigureKeepsThePinnedRowAtTheChosenSizeAndLook() throws Exception {
        ExportChoices slide = ExportChoices.defaults().withCaption("Figure 1: who 'pizza' looks at");
        assertThat(onFx(() -> bar.save(slide, dir.resolve("map")))).isTrue();
        assertThat(Files.readString(dir.resolve("map.svg"))).contains("width='960.0pt'");
        assertThat(FigureFiles.svgText(Files.readAllBytes(dir.resolve("map.svg")))).contains("Pinned query: 'pizza' (1)")
                .contains("Figure 1: who 'pizza' looks at");

        ExportChoices screenPdf = new ExportChoices(ExportOutput.figure(Format.PDF).label(), Preset.SCREEN, Theme.LIGHT,
                Palette.VIRIDIS, 144, "", "");
        onFx(() -> bar.save(screenPdf, dir.resolve("map")));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("map.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(640f);
        }

        ExportChoices printPng = new ExportChoices(ExportOutput.figure(Format.PNG).label(), Preset.SLIDE_16x9, Theme.PRINT,
                Palette.GREYS, 72, "", "");
        onFx(() -> bar.save(printPng, dir.resolve("map.png")));
        BufferedImage png = ImageIO.read(dir.resolve("map.png").toFile());
        assertThat(png.getWidth()).isEqualTo(960);
        assertThat(png.getHeight()).isEqualTo(540);
        assertThat(png.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF); // print is white paper; the light theme is off-white
    }

    @Test
    void csvWritesTheSelectedHeadsWeightsWithTokenLabels() throws Exception {
        onFx(() -> bar.save(ExportChoices.defaults().withOutput(ExportOutput.csv("attention weights")), dir.resolve("weights")));
        String csv = Files.readString(dir.resolve("weights.csv"));
        float first = state.trace().orElseThrow().head(state.selection().kind(), 0, 0).weights().get(0, 0);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",the,pizza,came,out");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("the," + first + ",");
    }

    @Test
    void theWholeTraceGoesOutAsTheCommandLinesJson() throws Exception {
        onFx(() -> bar.save(ExportChoices.defaults().withOutput(ExportOutput.traceJson()), dir.resolve("trace")));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("trace.json").toFile());
        assertThat(json.get("tokens")).extracting(JsonNode::asText).containsExactly("the", "pizza", "came", "out");
        assertThat(json.get("attentions")).hasSize(TestModels.LAYERS);
        assertThat(json.get("attentions").get(0)).hasSize(TestModels.NUM_HEADS);
    }

    @Test
    void aFolderThatCannotBeWrittenGivesTheReasonAndNoFile() {
        Path missing = dir.resolve("no-such-folder").resolve("map.svg");
        assertThat(onFx(() -> bar.save(ExportChoices.defaults(), missing))).isFalse();
        assertThat(missing.getParent()).doesNotExist();
        String shown = onFx(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                    ((Stage) window).close();
                    return pane.getHeaderText() + ": " + pane.getContentText();
                }
            }
            return "no alert";
        });
        assertThat(shown).startsWith("Export failed: cannot write").contains("does not exist");
    }

    @Test
    void copyImagePutsAPictureTwiceTheCanvasSizeOnTheClipboard() {
        onFx(() -> bar.copyImage());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().hasImage())).isTrue();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getImage().getWidth())).isEqualTo(1280);
    }
}
