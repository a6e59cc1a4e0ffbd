package com.attentionstudio.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Hit;
import com.attentionstudio.render.LineFigure;
import com.attentionstudio.render.Preset;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.state.StudioState;
import org.junit.jupiter.api.Test;

class HeadGridAndLineViewModelTest {
    private final StudioState state = new StudioState();

    @Test
    void clickingAThumbnailSelectsThatHeadAndAnAggregateRowItsLayer() {
        HeadGridViewModel grid = new HeadGridViewModel(state);
        state.showTrace(TestModels.trace(Architecture.ENCODER_DECODER, "the pizza came out"));
        grid.click(Hit.of("layer 1, head 1").withLayer(1).withHead(1));
        assertThat(state.selection().layer()).isEqualTo(1);
        assertThat(state.selection().head()).isEqualTo(1);
        grid.click(Hit.of("layer 0, mean over heads").withLayer(0));
        assertThat(state.selection().layer()).isZero();
        assertThat(state.selection().head()).isEqualTo(1);
        FigureFiles.assertSameDrawing(grid.figure(state.style()).orElseThrow(), grid.figureProperty().get());
        assertThat(grid.figure(FigureStyle.of(Preset.SQUARE)).orElseThrow().title()).isEqualTo(grid.figureProperty().get().title());
    }

    @Test
    void linesDrawTheSelectedHeadFirstThenTheAddedOnes() {
        LineViewModel lines = new LineViewModel(state);
        state.showTrace(TestModels.trace(Architecture.DECODER_ONLY, "the pizza came out"));
        state.selectHead(1);
        lines.extraHeads().add(0);
        assertThat(lines.heads()).containsExactly(1, 0);
        LineFigure before = lines.figureProperty().get();
        lines.hover(Hit.of("query 'pizza'").withQuery(1));
        assertThat(lines.figureProperty().get()).isNotSameAs(before);
        LineFigure focused = lines.figureProperty().get();
        lines.hover(Hit.of("query 'pizza'").withQuery(1));
        assertThat(lines.figureProperty().get()).isSameAs(focused);
        FigureFiles.assertSameDrawing(lines.figure(state.style()).orElseThrow(), focused);
        lines.hover(null);
        assertThat(lines.figureProperty().get()).isNotSameAs(focused);
    }
}
