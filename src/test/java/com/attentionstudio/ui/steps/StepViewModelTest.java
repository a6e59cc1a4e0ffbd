package com.attentionstudio.ui.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.StepFigure;
import com.attentionstudio.render.StepValues;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.state.StudioState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepViewModelTest {
    private final StudioState state = new StudioState();
    private final StepViewModel viewModel = new StepViewModel(state);

    @Test
    void nextAndBackWalkEveryStepAndStopAtTheEnds() {
        state.showTrace(TestModels.trace(Architecture.DECODER_ONLY, "the pizza came out"));
        List<String> names = new ArrayList<>();
        names.add(viewModel.values().orElseThrow().name());
        while (viewModel.canGoNext()) {
            viewModel.next();
            names.add(viewModel.values().orElseThrow().name());
        }
        assertThat(names).hasSize(viewModel.stepCount()).startsWith("input").endsWith("output projection");
        viewModel.next();
        assertThat(viewModel.step()).isEqualTo(viewModel.stepCount() - 1);
        assertThat(viewModel.positionProperty().get()).isEqualTo("Step 10 of 10: output projection");
        while (viewModel.canGoBack()) {
            viewModel.back();
        }
        viewModel.back();
        assertThat(viewModel.step()).isZero();
    }

    @Test
    void theNumbersShownAreTheTracesOwn() {
        ForwardTrace trace = TestModels.trace(Architecture.ENCODER_DECODER, "the pizza came out of the oven");
        state.showTrace(trace);
        state.selectKind(AttentionKind.CROSS);
        state.selectHead(1, 1);
        viewModel.selectQuery(2);
        HeadTrace head = trace.head(AttentionKind.CROSS, 1, 1);
        assertThat(panel(2, "scores s").values().row(0)).containsExactly(head.scores().row(2));
        assertThat(panel(3, "scaled s / √dHead").values().row(0)).containsExactly(head.scaledScores().row(2));
        assertThat(panel(5, "weights a").values().row(0)).containsExactly(head.weights().row(2));
        assertThat(panel(7, "head output o").values().row(0)).containsExactly(head.output().row(2));
        assertThat(panel(9, "projected y").values().row(0))
                .containsExactly(trace.attention(AttentionKind.CROSS, 1).projected().row(2));
    }

    @Test
    void theExportedStepIsTheOneOnScreenWithItsNumbers() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out of the oven and it tasted good ".repeat(2)));
        viewModel.selectQuery(8);
        state.selectStep(5);
        viewModel.nextKeys();
        StepFigure screen = viewModel.figureProperty().get();
        FigureFiles.assertSameDrawing(viewModel.figure(state.style()).orElseThrow(), screen);
        StepFigure slide = viewModel.figure(FigureStyle.of(Preset.SLIDE_4x3).withPalette(Palette.GREYS)).orElseThrow();
        assertThat(slide.values()).isEqualTo(screen.values());
        assertThat(slide.title()).isEqualTo(screen.title());
    }

    @Test
    void longSentencesPageThroughTheKeysAndNarrowVectorsNeedNoPaging() {
        state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out of the oven and it tasted good ".repeat(2)));
        assertThat(viewModel.dimensionsProperty().get()).isEmpty();
        assertThat(viewModel.keysProperty().get()).isEqualTo("keys 0–15 of 22");
        state.selectStep(2);
        assertThat(viewModel.values().orElseThrow().panels().get(2).columnLabels()).hasSize(StepViewModel.SHOWN);
        viewModel.nextKeys();
        assertThat(viewModel.keysProperty().get()).isEqualTo("keys 16–21 of 22");
        HeadTrace head = state.trace().orElseThrow().head(state.selection().kind(), 0, 0);
        float[] scores = viewModel.values().orElseThrow().panels().get(2).values().row(0);
        assertThat(scores[scores.length - 1]).isEqualTo(head.scores().get(0, 21));
        viewModel.nextKeys();
        assertThat(viewModel.keysProperty().get()).isEqualTo("keys 0–15 of 22");
    }

    private StepValues.Panel panel(int step, String label) {
        while (viewModel.step() < step) {
            viewModel.next();
        }
        return viewModel.values().orElseThrow().panels().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("step " + step + " has no panel '" + label + "'"));
    }
}
