package com.attentionstudio.ui.decoder;

import static com.attentionstudio.ui.FxTestSupport.await;
import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.render.DecoderFigure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Preset;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.TestModels;
import com.attentionstudio.ui.state.StudioState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecoderViewModelTest {
    private final StudioState state = new StudioState();
    private DecoderViewModel viewModel;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        onFx(() -> viewModel.close());
    }

    @Test
    void drawsOnlyWhileShownAndAgainWhenTheTemperatureMoves() {
        viewModel = onFx(() -> {
            DecoderViewModel vm = new DecoderViewModel(state);
            state.showTrace(TestModels.trace(Architecture.ENCODER_DECODER, "the pizza came out"));
            return vm;
        });
        assertThat(onFx(() -> viewModel.figureProperty().get())).isNull();
        onFx(() -> viewModel.activeProperty().set(true));
        await(() -> viewModel.figureProperty().get() != null);
        DecoderFigure warm = onFx(() -> viewModel.figureProperty().get());
        assertThat(warm.title()).contains("cross attention");
        onFx(() -> viewModel.temperatureProperty().set(0.5));
        await(() -> viewModel.figureProperty().get() != warm);
        onFx(() -> FigureFiles.assertSameDrawing(viewModel.figure(state.style()).orElseThrow(), viewModel.figureProperty().get()));
        assertThat(onFx(() -> viewModel.figure(FigureStyle.of(Preset.SLIDE_16x9)).orElseThrow().title())).isEqualTo(warm.title());
    }

    @Test
    void anEncoderOnlyModelGetsAnExplanationInsteadOfAFigure() {
        viewModel = onFx(() -> {
            DecoderViewModel vm = new DecoderViewModel(state);
            vm.activeProperty().set(true);
            state.showTrace(TestModels.trace(Architecture.ENCODER_ONLY, "the pizza came out"));
            return vm;
        });
        assertThat(onFx(() -> viewModel.figureProperty().get())).isNull();
        assertThat(onFx(() -> viewModel.messageProperty().get())).contains("encoder-only").contains("nothing to decode");
        assertThat(onFx(() -> viewModel.figure(state.style()))).isEmpty();
    }
}
