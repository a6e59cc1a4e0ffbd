package com.attentionstudio.ui.embedding;

import static com.attentionstudio.ui.FxTestSupport.await;
import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.io.LoadProgress;
import com.attentionstudio.render.EmbeddingFigure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Preset;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingViewModelTest {
    private static LoadedModel gpt2;
    private final StudioState state = new StudioState();
    private final SimpleObjectProperty<LoadedModel> model = new SimpleObjectProperty<>();
    private EmbeddingViewModel viewModel;

    @BeforeAll
    static void load() {
        FxTestSupport.startToolkit();
        gpt2 = new ModelService().loadFolder(FxTestSupport.GPT2_TINY, LoadProgress.NONE);
    }

    @AfterEach
    void close() {
        onFx(() -> viewModel.close());
    }

    private void show(String sentence) {
        viewModel = onFx(() -> {
            EmbeddingViewModel vm = new EmbeddingViewModel(state, model);
            vm.activeProperty().set(true);
            model.set(gpt2);
            state.showTrace(new TraceService().trace(gpt2, sentence, Optional.empty()));
            return vm;
        });
        await(() -> viewModel.figureProperty().get() != null && !viewModel.arithmeticMessageProperty().get().isEmpty());
    }

    @Test
    void nothingIsComputedWhileThePanelIsHidden() {
        viewModel = onFx(() -> {
            EmbeddingViewModel vm = new EmbeddingViewModel(state, model);
            model.set(gpt2);
            state.showTrace(new TraceService().trace(gpt2, "the pizza", Optional.empty()));
            return vm;
        });
        assertThat(onFx(() -> viewModel.figureProperty().get())).isNull();
        onFx(() -> viewModel.activeProperty().set(true));
        await(() -> viewModel.figureProperty().get() != null);
    }

    @Test
    void wordArithmeticListsNearestWordsWithoutTheWordsTyped() {
        show("the pizza came out of the oven");
        onFx(() -> {
            viewModel.expressionProperty().set("pizza - oven + it");
            viewModel.evaluate();
        });
        assertThat(onFx(() -> viewModel.arithmeticMessageProperty().get())).startsWith("Nearest words to pizza − oven + it");
        assertThat(onFx(() -> viewModel.arithmeticResult().stream().map(NearestNeighbours.Neighbour::label).toList()))
                .hasSize(EmbeddingViewModel.ARITHMETIC_RESULTS)
                .doesNotContain(" pizza", " oven", " it", "pizza", "oven", "it");
    }

    @Test
    void aWordSplitIntoPiecesIsExplained() {
        show("the pizza came out of the oven");
        onFx(() -> {
            viewModel.expressionProperty().set("pizza - tasted");
            viewModel.evaluate();
        });
        assertThat(onFx(() -> viewModel.arithmeticMessageProperty().get())).contains("'tasted' is split into");
        assertThat(onFx(() -> viewModel.arithmeticResult())).isEmpty();
    }

    @Test
    void theSourceAndLayerChooseWhichVectorsArePlotted() {
        show("the pizza came out of the oven");
        EmbeddingFigure first = onFx(() -> viewModel.figureProperty().get());
        onFx(() -> {
            viewModel.sourceProperty().set(EmbeddingFigure.Source.HIDDEN_STATE);
            viewModel.layerProperty().set(1);
        });
        await(() -> viewModel.figureProperty().get() != first && viewModel.figureProperty().get().title().contains("layer 1"));
        onFx(() -> FigureFiles.assertSameDrawing(viewModel.figure(state.style()).orElseThrow(), viewModel.figureProperty().get()));
        assertThat(onFx(() -> viewModel.figure(FigureStyle.of(Preset.SLIDE_16x9)).orElseThrow().title())).contains("layer 1");
    }
}
