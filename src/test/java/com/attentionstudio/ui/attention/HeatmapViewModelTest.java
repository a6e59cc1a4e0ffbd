package com.attentionstudio.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.FigureExporter;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.HeatmapFigure.Window;
import com.attentionstudio.render.Hit;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Theme;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.state.StudioState;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeatmapViewModelTest {
    private static final String LONG = "the pizza came out of the oven and it tasted good ".repeat(4).strip(); // 44 tokens
    private final StudioState state = new StudioState();
    private final HeatmapViewModel viewModel = new HeatmapViewModel(state);

    @Test
    void showsTheSelectedHeadAndFollowsTheSelection() {
        assertThat(viewModel.figureProperty().get()).isNull();
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out"));
        state.selectHead(1, 1);
        assertThat(viewModel.figureProperty().get().title()).contains("layer 1 · head 1");
        assertThat(viewModel.head().orElseThrow()).isSameAs(state.trace().orElseThrow().head(state.selection().kind(), 1, 1));
    }

    @Test
    void clickingARowPinsItAndClickingItAgainUnpins() {
        state.showTrace(TestModels.trace(Architecture.DECODER_ONLY, "the pizza came out"));
        viewModel.click(Hit.of("query 'came'").withQuery(2).withKey(1));
        assertThat(state.selection().query()).isEqualTo(OptionalInt.of(2));
        viewModel.click(Hit.of("legend"));
        assertThat(state.selection().query()).isEqualTo(OptionalInt.of(2));
        viewModel.click(Hit.of("query 'came'").withQuery(2));
        assertThat(state.selection().query()).isEmpty();
    }

    @Test
    void zoomKeepsTheCellUnderThePointerAndPanStaysInside() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, LONG));
        assertThat(viewModel.window()).isEqualTo(new Window(0, 44, 0, 44));
        viewModel.zoom(2, 30, 10);
        Window zoomed = viewModel.window();
        assertThat(zoomed.queries()).isEqualTo(22);
        assertThat(zoomed.keys()).isEqualTo(22);
        assertThat(30).isBetween(zoomed.firstQuery(), zoomed.firstQuery() + zoomed.queries() - 1);
        assertThat(10).isBetween(zoomed.firstKey(), zoomed.firstKey() + zoomed.keys() - 1);
        viewModel.pan(100, -100);
        assertThat(viewModel.window()).isEqualTo(new Window(22, 22, 0, 22));
        viewModel.zoom(1000, 30, 5);
        assertThat(viewModel.window().queries()).isEqualTo(HeatmapViewModel.MIN_CELLS);
        viewModel.zoom(0.001, 30, 5);
        assertThat(viewModel.zoomed()).isFalse();
    }

    @Test
    void theExportedFigureKeepsTheHeadPinnedRowAndZoomInItsOwnStyle() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, LONG));
        state.selectHead(1, 1);
        state.pinQuery(OptionalInt.of(30));
        viewModel.zoom(2, 30, 10);
        HeatmapFigure screen = viewModel.figureProperty().get();
        FigureFiles.assertSameDrawing(viewModel.figure(state.style()).orElseThrow(), screen);
        HeatmapFigure slide = viewModel.figure(FigureStyle.of(Preset.SLIDE_16x9).withTheme(Theme.PRINT)).orElseThrow();
        assertThat(slide.window()).isEqualTo(screen.window());
        assertThat(slide.title()).isEqualTo(screen.title()).endsWith("layer 1 · head 1");
        assertThat(FigureFiles.svgText(FigureExporter.bytes(slide, Format.SVG, ExportOptions.defaults())))
                .contains("Pinned query: 'it' (30)").contains("Showing queries " + screen.window().firstQuery() + "–");
    }

    @Test
    void anotherSentenceLengthShowsTheWholeMatrixAgain() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, LONG));
        viewModel.zoom(4, 0, 0);
        assertThat(viewModel.zoomed()).isTrue();
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, LONG.replace("pizza", "king")));
        assertThat(viewModel.zoomed()).isTrue();
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza"));
        assertThat(viewModel.zoomed()).isFalse();
        assertThat(viewModel.window()).isEqualTo(new Window(0, 2, 0, 2));
    }
}
