package com.attentionstudio.ui.positional;

import static com.attentionstudio.ui.FxTestSupport.await;
import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.io.LoadProgress;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.PositionalFigure.Mode;
import com.attentionstudio.render.Preset;
import com.attentionstudio.ui.FigureFiles;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PositionalViewModelTest {
    private static LoadedModel gpt2;
    private final StudioState state = new StudioState();
    private PositionalViewModel viewModel;

    @BeforeAll
    static void load() {
        FxTestSupport.startToolkit();
        gpt2 = new ModelService().loadFolder(FxTestSupport.GPT2_TINY, LoadProgress.NONE);
    }

    @AfterEach
    void close() {
        if (viewModel != null) {
            onFx(() -> viewModel.close());
        }
    }

    @Test
    void theSecondWordOrderIsTheSentenceBackwards() {
        assertThat(PositionalViewModel.reversed("  Squatch eats pizza ")).isEqualTo("pizza eats Squatch");
    }

    @Test
    void dimensionsAreCheckedAgainstTheModel() {
        assertThat(PositionalViewModel.parseDimensions("0, 1 6,7", 8)).containsExactly(0, 1, 6, 7);
        assertThat(PositionalViewModel.parseDimensions("  ", 8)).isEmpty();
        assertThatThrownBy(() -> PositionalViewModel.parseDimensions("8", 8)).isInstanceOf(InputException.class)
                .hasMessageContaining("0..7");
        assertThatThrownBy(() -> PositionalViewModel.parseDimensions("one", 8)).isInstanceOf(InputException.class);
    }

    @Test
    void aLearnedTableIsReadFromTheModelFromItsOffset() {
        Matrix table = PositionTable.of(gpt2, AttentionKind.DECODER_SELF, 10);
        var learned = gpt2.transformer().weights().decoder().orElseThrow().embeddings().positions().orElseThrow();
        assertThat(table.rows()).isEqualTo(10);
        assertThat(table.row(3)).containsExactly(learned.row(3 + gpt2.transformer().config().positionOffset()));
    }

    @Test
    void wordOrdersRunTheSecondSentenceThroughTheModel() {
        SimpleStringProperty sentence = new SimpleStringProperty("the pizza came out");
        viewModel = onFx(() -> {
            PositionalViewModel vm = new PositionalViewModel(state, new SimpleObjectProperty<>(gpt2), sentence);
            vm.modeProperty().set(Mode.WORD_ORDERS);
            state.showTrace(new TraceService().trace(gpt2, sentence.get(), Optional.empty()));
            return vm;
        });
        await(() -> viewModel.figureProperty().get() != null && viewModel.problemProperty().get().isEmpty());
        assertThat(onFx(() -> viewModel.figureProperty().get().title())).containsIgnoringCase("word order");
        onFx(() -> FigureFiles.assertSameDrawing(viewModel.figure(state.style()).orElseThrow(), viewModel.figureProperty().get()));
        assertThat(onFx(() -> viewModel.figure(FigureStyle.of(Preset.SQUARE)).orElseThrow().title()))
                .isEqualTo(onFx(() -> viewModel.figureProperty().get().title()));
        onFx(() -> viewModel.dimensionsProperty().set("999"));
        assertThat(onFx(() -> viewModel.problemProperty().get())).contains("does not exist");
    }
}
