package com.attentionstudio.ui.figure;

import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.attention.HeatmapViewModel;
import com.attentionstudio.ui.state.StudioState;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
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
    void heatmap() {
        HeatmapViewModel viewModel = new HeatmapViewModel(state);
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out"));
        onFx(() -> {
            canvas = new FigureCanvas("testCanvas");
            canvas.resize(640, 400);
            canvas.figureProperty().bind(viewModel.figureProperty());
            bar = new ExportBar(canvas, "attention");
            bar.offerCsv("attention weights", () -> viewModel.numbers(CsvExporter.Quantity.WEIGHTS));
        });
    }

    @Test
    void theFileTypeComesFromTheNameOrElseFromTheChosenFilter() throws Exception {
        onFx(() -> bar.save(canvas.figureProperty().get(), dir.resolve("map.svg"), null));
        assertThat(Files.readString(dir.resolve("map.svg"))).contains("<svg").contains("pizza").contains("width='640.0pt'");
        onFx(() -> bar.save(canvas.figureProperty().get(), dir.resolve("map"), new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf")));
        assertThat(Files.readAllBytes(dir.resolve("map.pdf"))).startsWith("%PDF".getBytes());
        onFx(() -> bar.save(canvas.figureProperty().get(), dir.resolve("image.png"), null));
        assertThat(Files.readAllBytes(dir.resolve("image.png"))).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void csvWritesTheSelectedHeadsWeightsWithTokenLabels() throws Exception {
        onFx(() -> bar.save(canvas.figureProperty().get(), dir.resolve("weights"),
                new FileChooser.ExtensionFilter("CSV: attention weights (*.csv)", "*.csv")));
        String csv = Files.readString(dir.resolve("weights.csv"));
        float first = state.trace().orElseThrow().head(state.selection().kind(), 0, 0).weights().get(0, 0);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",the,pizza,came,out");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("the," + first + ",");
    }

    @Test
    void copyImagePutsAPictureTwiceTheCanvasSizeOnTheClipboard() {
        onFx(() -> bar.copyImage());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().hasImage())).isTrue();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getImage().getWidth())).isEqualTo(1280);
    }
}
