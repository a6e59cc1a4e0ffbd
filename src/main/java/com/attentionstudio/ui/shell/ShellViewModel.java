package com.attentionstudio.ui.shell;

import com.attentionstudio.app.LatestTaskRunner;
import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.app.UnknownWords;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.io.LoadProgress;
import com.attentionstudio.render.Palette;
import com.attentionstudio.ui.state.StudioState;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The window's top level: which model is loaded, the sentence and target being read, and the background
 * work that turns them into the trace every panel shows. Typing re-runs the model after a short pause.
 */
public final class ShellViewModel implements AutoCloseable {
    /** Long enough to skip the runs between keystrokes, short enough to feel live. */
    static final Duration DEBOUNCE = Duration.millis(150);

    private final StudioState state;
    private final ModelService models;
    /** LatestTaskRunner interrupts a replaced job, so greedy decoding stops early when the sentence changes. */
    private final TraceService traces = new TraceService(() -> Thread.currentThread().isInterrupted());
    private final LatestTaskRunner<TraceResult> traceRunner = new LatestTaskRunner<>("attention-studio-trace");
    private final LatestTaskRunner<LoadedModel> loadRunner = new LatestTaskRunner<>("attention-studio-load");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ReadOnlyObjectWrapper<LoadedModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.VIRIDIS);
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private Consumer<String> onRefusal = message -> { };

    public ShellViewModel(StudioState state, ModelService models) {
        this.state = state;
        this.models = models;
        debounce.setOnFinished(e -> runTrace());
        sentence.addListener((obs, old, now) -> debounce.playFromStart());
        target.addListener((obs, old, now) -> debounce.playFromStart());
        palette.addListener((obs, old, now) -> state.setPalette(now));
    }

    public StudioState state() {
        return state;
    }

    /** Runs the model on the current sentence now, skipping the typing pause. */
    public void runTrace() {
        debounce.stop();
        LoadedModel current = model.get();
        if (current == null) {
            return;
        }
        String text = sentence.get();
        Optional<String> targetText = isEncoderDecoder() && !target.get().isBlank() ? Optional.of(target.get()) : Optional.empty();
        traceRunner.submit(progress -> new TraceResult(traces.trace(current, text, targetText),
                UnknownWords.of(text, current.tokenizer())), result -> {
            problem.set(result.unknownWords().isEmpty() ? "" : result.unknownWords().size() + " word(s) not in "
                    + current.name() + "'s vocabulary, read as [UNK]: " + String.join(", ", result.unknownWords()));
            state.showTrace(result.trace());
        }, error -> problem.set(messageOf(error)));
    }

    /** A trace and the words of its text that the model could only read as its unknown token. */
    private record TraceResult(ForwardTrace trace, List<String> unknownWords) {
    }

    /** Loads the built-in model in the background. */
    public void openBuiltin() {
        load(progress -> models.loadBuiltin(bytes(progress)), Optional.empty(), error -> onRefusal.accept(messageOf(error)));
    }

    /** Loads a model folder in the background; on refusal the current model stays and the message goes to the refusal handler. */
    public void openFolder(Path folder) {
        load(progress -> models.loadFolder(folder, bytes(progress)), Optional.of(folder),
                error -> onRefusal.accept(messageOf(error)));
    }

    /**
     * Opens what the last session had open, then reads its sentence with its selection. A remembered folder
     * that no longer loads falls back to the built-in model, saying why.
     */
    public void restore(ShellSettings settings) {
        sentence.set(settings.sentence());
        target.set(settings.target());
        dark.set(settings.dark());
        palette.set(Palette.fromCliName(settings.palette()));
        state.exportChoicesProperty().set(settings.export());
        recentFolders.setAll(settings.recentFolders().stream().map(Path::of).toList());
        AttentionKind kind = Arrays.stream(AttentionKind.values()).filter(k -> k.shortName().equals(settings.kind()))
                .findFirst().orElse(AttentionKind.ENCODER_SELF);
        state.selectionProperty().set(new Selection(kind, settings.layer(), settings.head(), OptionalInt.empty(), 0));
        if (settings.modelFolder().isEmpty()) {
            openBuiltin();
            return;
        }
        Path folder = Path.of(settings.modelFolder());
        load(progress -> models.loadFolder(folder, bytes(progress)), Optional.of(folder), error -> {
            onRefusal.accept("The last model could not be opened again, so the built-in model is open instead: "
                    + messageOf(error));
            openBuiltin();
        });
    }

    /** What to remember of this session. */
    public ShellSettings snapshot() {
        Selection selection = state.selectionProperty().get();
        String folder = Optional.ofNullable(model.get()).flatMap(LoadedModel::folder).map(Path::toString).orElse("");
        return new ShellSettings(folder, sentence.get(), target.get(), selection.kind().shortName(), selection.layer(),
                selection.head(), dark.get(), palette.get().cliName(), recentFolders.stream().map(Path::toString).toList(),
                state.exportChoicesProperty().get());
    }

    private void load(LatestTaskRunner.Job<LoadedModel> job, Optional<Path> folder, Consumer<Throwable> onFailure) {
        loadRunner.submit(job, loaded -> {
            folder.ifPresent(this::remember);
            model.set(loaded);
            runTrace();
        }, onFailure);
    }

    private static LoadProgress bytes(LatestTaskRunner.Progress progress) {
        return (done, total) -> progress.report(total <= 0 ? -1 : (double) done / total,
                String.format("Reading weights: %.1f of %.1f MB", done / 1e6, total / 1e6));
    }

    private void remember(Path folder) {
        recentFolders.remove(folder);
        recentFolders.add(0, folder);
        if (recentFolders.size() > ShellSettings.MAX_RECENT) {
            recentFolders.remove(ShellSettings.MAX_RECENT, recentFolders.size());
        }
    }

    /** The user-facing text of a failure: an InputException says what to do; anything else is our fault. */
    static String messageOf(Throwable error) {
        if (error instanceof InputException) {
            return error.getMessage();
        }
        Throwable cause = error.getCause();
        if (cause instanceof InputException) {
            return cause.getMessage();
        }
        return "Something went wrong inside Attention Studio (" + error.getClass().getSimpleName() + ": "
                + error.getMessage() + ")";
    }

    public boolean isEncoderDecoder() {
        LoadedModel current = model.get();
        return current != null && current.transformer().config().architecture() == Architecture.ENCODER_DECODER;
    }

    /** Where a refused model folder's message goes (the View shows it as a notification). */
    public void setOnRefusal(Consumer<String> handler) {
        this.onRefusal = handler;
    }

    public ReadOnlyObjectProperty<LoadedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public StringProperty sentenceProperty() {
        return sentence;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** Why the last sentence could not be read ("" when it could). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return traceRunner.runningProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loadRunner.runningProperty();
    }

    public LatestTaskRunner<LoadedModel> loadTask() {
        return loadRunner;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The palette of every figure on screen (View → Palette), kept between runs. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public ObservableList<Path> recentFolders() {
        return recentFolders;
    }

    @Override
    public void close() {
        debounce.stop();
        traceRunner.close();
        loadRunner.close();
    }
}
