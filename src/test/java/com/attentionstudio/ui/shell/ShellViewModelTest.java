package com.attentionstudio.ui.shell;

import static com.attentionstudio.ui.FxTestSupport.BERT_TINY;
import static com.attentionstudio.ui.FxTestSupport.GPT2_TINY;
import static com.attentionstudio.ui.FxTestSupport.await;
import static com.attentionstudio.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.app.ModelService;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.render.Palette;
import com.attentionstudio.ui.FxTestSupport;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.StudioState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;
    private final StudioState state = new StudioState();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private ShellViewModel viewModel;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        onFx(() -> viewModel.close());
    }

    private void open(Path folder) {
        viewModel = onFx(() -> {
            ShellViewModel vm = new ShellViewModel(state, new ModelService());
            vm.setOnRefusal(refusals::add);
            vm.sentenceProperty().set("the pizza came out of the oven");
            vm.openFolder(folder);
            return vm;
        });
        await(() -> state.trace().isPresent());
    }

    @Test
    void openingAFolderTracesTheSentenceAndRemembersTheFolder() {
        open(GPT2_TINY);
        ForwardTrace trace = onFx(() -> state.trace().orElseThrow());
        assertThat(trace.kinds()).containsExactly(AttentionKind.DECODER_SELF);
        assertThat(trace.decoder().orElseThrow().tokens()).hasSizeGreaterThan(3);
        assertThat(onFx(() -> viewModel.recentFolders())).containsExactly(GPT2_TINY);
        assertThat(onFx(() -> viewModel.snapshot().modelFolder())).isEqualTo(GPT2_TINY.toString());
    }

    @Test
    void typingReplacesTheTraceAndEmptyTextIsExplainedNotThrown() {
        open(GPT2_TINY);
        ForwardTrace first = onFx(() -> state.trace().orElseThrow());
        onFx(() -> viewModel.sentenceProperty().set("it tasted good"));
        await(() -> state.trace().orElseThrow() != first);
        onFx(() -> viewModel.sentenceProperty().set("   "));
        await(() -> !viewModel.problemProperty().get().isEmpty());
        assertThat(onFx(() -> viewModel.problemProperty().get())).contains("empty");
    }

    @Test
    void wordsOutsideTheVocabularyAreNamedAndTheTraceStillShown() {
        open(BERT_TINY);
        ForwardTrace first = onFx(() -> state.trace().orElseThrow());
        onFx(() -> viewModel.sentenceProperty().set("the 猫 ate pizza"));
        await(() -> state.trace().orElseThrow() != first);
        await(() -> !viewModel.problemProperty().get().isEmpty());
        assertThat(onFx(() -> viewModel.problemProperty().get())).contains("[UNK]").contains("猫");
        onFx(() -> viewModel.sentenceProperty().set("the pizza came out of the oven"));
        await(() -> viewModel.problemProperty().get().isEmpty());
    }

    @Test
    void brokenFolderIsRefusedWithTheEnginesMessageAndTheModelStays() throws Exception {
        open(GPT2_TINY);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("config.json"), "{ \"model_type\": \"gpt2\" ");
        onFx(() -> viewModel.openFolder(broken));
        await(() -> !refusals.isEmpty());
        assertThat(refusals.get(0)).contains("config.json");
        assertThat(onFx(() -> viewModel.modelProperty().get().name())).isEqualTo("gpt2-tiny");
        assertThat(onFx(() -> viewModel.recentFolders())).containsExactly(GPT2_TINY);
    }

    @Test
    void restoreReopensTheFolderWithTheRememberedSelection() {
        viewModel = onFx(() -> new ShellViewModel(state, new ModelService()));
        ShellSettings saved = new ShellSettings(GPT2_TINY.toString(), "it tasted good", "", "decoder", 1, 3, true, "greys",
                List.of(GPT2_TINY.toString()), ExportChoices.defaults().withFolder("/tmp/slides"));
        onFx(() -> viewModel.restore(saved));
        await(() -> state.trace().isPresent());
        assertThat(onFx(() -> viewModel.snapshot())).isEqualTo(saved);
        assertThat(onFx(() -> state.selection().head())).isEqualTo(3);
        assertThat(onFx(() -> state.style().palette())).isEqualTo(Palette.GREYS);
        assertThat(onFx(() -> state.exportChoicesProperty().get().folder())).isEqualTo("/tmp/slides");
    }
}
