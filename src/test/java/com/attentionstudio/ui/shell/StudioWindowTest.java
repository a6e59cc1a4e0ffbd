package com.attentionstudio.ui.shell;

import static com.attentionstudio.ui.FxTestSupport.await;
import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.Hit;
import com.attentionstudio.render.StepFigure;
import com.attentionstudio.render.StepValues;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.figure.ExportBar;
import com.attentionstudio.ui.figure.FigureCanvas;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's wiring, driven as a user would; the ViewModel tests cover the logic behind it. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    @TempDir
    static Path home;
    private StudioWindow window;
    private Path nextFolder = FxTestSupport.BART_TINY;

    @Start
    void start(Stage stage) throws Exception {
        ShellSettingsStore store = new ShellSettingsStore(Files.createTempDirectory(home, "settings").resolve("settings.json"));
        store.save(ShellSettings.defaults().withRecent(FxTestSupport.GPT2_TINY.toString()).withModel(FxTestSupport.GPT2_TINY.toString()));
        window = StudioWindow.show(stage, store, new ModelService(), Map.of("Coreference", List.of("the pizza came out of the oven")),
                (owner, startAt) -> Optional.of(nextFolder));
    }

    @AfterEach
    void close() {
        onFx(() -> window.close());
    }

    @Test
    void typingASentenceUpdatesTheHeatmap(FxRobot robot) {
        awaitModel("gpt2-tiny");
        List<String> expected = onFx(() -> new TraceService().encode(window.viewModel().modelProperty().get(), "it tasted good", "text")
                .labels());
        robot.clickOn("#sentenceField").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("it tasted good");
        await(() -> figure(robot, "#heatmapCanvas").title().contains("gpt2-tiny")
                && trace().decoder().orElseThrow().tokens().equals(expected));
        assertThat(((HeatmapFigure) figure(robot, "#heatmapCanvas")).window().queries()).isEqualTo(expected.size());
        assertThat(robot.lookup("#busyIndicator").queryAs(javafx.scene.control.ProgressIndicator.class).isVisible()).isFalse();
    }

    @Test
    void pickingAHeadInTheGridSelectsItEverywhere(FxRobot robot) {
        awaitModel("gpt2-tiny");
        robot.clickOn("Head grid");
        FigureCanvas grid = robot.lookup("#headGridCanvas").queryAs(FigureCanvas.class);
        robot.clickOn(pointWhere(grid, hit -> hit.layer().orElse(-1) == 1 && hit.head().orElse(-1) == 2));
        await(() -> window.viewModel().state().selection().head() == 2);
        assertThat(robot.lookup("#layerSpinner").queryAs(Spinner.class).getValue()).isEqualTo(1);
        assertThat(robot.lookup("#headSpinner").queryAs(Spinner.class).getValue()).isEqualTo(2);
        assertThat(figure(robot, "#heatmapCanvas").title()).endsWith("layer 1 · head 2");
        assertThat(figure(robot, "#stepCanvas").title()).contains("layer 1 · head 2");
        robot.press(KeyCode.SHORTCUT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHORTCUT);
        await(() -> window.viewModel().state().selection().head() == 1 && window.viewModel().state().selection().layer() == 0);
        assertThat(robot.lookup("#headSpinner").queryAs(Spinner.class).getValue()).isEqualTo(1);
    }

    @Test
    void stepThroughWalksEveryStepShowingTheTracesNumbers(FxRobot robot) {
        awaitModel("gpt2-tiny");
        robot.clickOn("Step-through");
        int steps = StepFigure.stepCount(trace(), window.viewModel().state().selection());
        robot.clickOn("#stepNext");
        for (int step = 2; step < steps; step++) {
            robot.type(KeyCode.RIGHT);
            assertThat(robot.lookup("#stepLabel").queryAs(Label.class).getText()).startsWith("Step " + (step + 1) + " of " + steps);
        }
        assertThat(robot.lookup("#stepNext").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.LEFT, 4);
        StepValues softmax = ((StepFigure) figure(robot, "#stepCanvas")).values();
        HeadTrace head = trace().head(trace().kinds().get(0), 0, 0);
        assertThat(softmax.name()).isEqualTo("softmax");
        assertThat(softmax.panels().get(1).values().row(0)).containsExactly(head.weights().row(0));
        robot.clickOn("#stepBack").type(KeyCode.LEFT, steps);
        assertThat(robot.lookup("#stepLabel").queryAs(Label.class).getText()).isEqualTo("Step 1 of " + steps + ": input");
    }

    /** Their tabs tell them when they come on screen; until then they compute nothing. */
    @Test
    void theDecoderAndEmbeddingTabsComputeOnceShown(FxRobot robot) {
        awaitModel("gpt2-tiny");
        assertThat(figure(robot, "#decoderCanvas")).isNull();
        assertThat(figure(robot, "#embeddingCanvas")).isNull();
        robot.clickOn("Decoder");
        await(() -> figure(robot, "#decoderCanvas") != null);
        robot.clickOn("Embeddings");
        await(() -> figure(robot, "#embeddingCanvas") != null);
    }

    @Test
    void openingAFixtureFolderLoadsItAndShowsTheTargetField(FxRobot robot) {
        awaitModel("gpt2-tiny");
        robot.clickOn("#modelPicker").clickOn("Open model folder…");
        awaitModel("bart-tiny");
        await(() -> trace().modelName().equals("bart-tiny"));
        assertThat(robot.lookup("#targetField").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(window.viewModel().recentFolders()).startsWith(FxTestSupport.BART_TINY);
    }

    @Test
    void aBrokenFolderShowsTheEnginesMessageAndKeepsTheModel(FxRobot robot) throws Exception {
        awaitModel("gpt2-tiny");
        nextFolder = Files.createDirectories(home.resolve("broken-" + System.nanoTime()));
        Files.writeString(nextFolder.resolve("config.json"), "{\"model_type\": \"gpt2\"}");
        robot.clickOn("#modelPicker").clickOn("Open model folder…");
        NotificationPane notice = robot.lookup("#notice").queryAs(NotificationPane.class);
        await(notice::isShowing);
        assertThat(notice.getText()).contains(nextFolder.getFileName().toString());
        assertThat(window.viewModel().modelProperty().get().name()).isEqualTo("gpt2-tiny");
        assertThat(robot.lookup("#panels").queryAs(TabPane.class).isDisabled()).isFalse();
    }

    @Test
    void theHeatmapGoesOnASlideAsSvgAndPdfWithItsTitleAndTokens(FxRobot robot) throws Exception {
        awaitModel("gpt2-tiny");
        ExportBar bar = onFx(() -> window.view().panels().get(0).exportBar());
        Path folder = Files.createTempDirectory(home, "export");
        ExportChoices slide = ExportChoices.defaults();
        assertThat(onFx(() -> bar.save(slide, folder.resolve("it-pizza")))).isTrue();
        assertThat(onFx(() -> bar.save(slide.withOutput(ExportOutput.figure(Format.PDF)), folder.resolve("it-pizza")))).isTrue();
        String title = figure(robot, "#heatmapCanvas").title();
        List<String> tokens = trace().decoder().orElseThrow().displayTokens().stream().map(String::strip).toList();
        String svg = FigureFiles.svgText(Files.readAllBytes(folder.resolve("it-pizza.svg")));
        assertThat(svg).contains(title);
        assertThat(tokens).allSatisfy(token -> assertThat(svg).contains(token));
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("it-pizza.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(960f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(540f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("pizza");
        }
    }

    private void awaitModel(String name) {
        await(() -> window.viewModel().modelProperty().get() != null
                && window.viewModel().modelProperty().get().name().equals(name)
                && window.viewModel().state().trace().isPresent());
    }

    private ForwardTrace trace() {
        return onFx(() -> window.viewModel().state().trace().orElseThrow());
    }

    private static Figure figure(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(FigureCanvas.class).figureProperty().get();
    }

    /** A point on screen where the figure reports a hit matching {@code wanted}. */
    private static Point2D pointWhere(FigureCanvas canvas, java.util.function.Predicate<Hit> wanted) {
        return onFx(() -> {
            for (double y = 0; y < canvas.getHeight(); y += 10) {
                for (double x = 0; x < canvas.getWidth(); x += 10) {
                    if (canvas.hitAt(x, y).filter(wanted).isPresent()) {
                        Bounds screen = canvas.localToScreen(canvas.getBoundsInLocal());
                        return new Point2D(screen.getMinX() + x + 2, screen.getMinY() + y + 2);
                    }
                }
            }
            throw new AssertionError("no point of " + canvas.getId() + " shows the wanted hit");
        });
    }
}
