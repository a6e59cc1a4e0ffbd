package com.attentionstudio.ui.shell;

import com.attentionstudio.app.LatestTaskRunner;
import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelService;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.Architecture;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.ui.state.StudioState;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final TraceService traces;
    private final LatestTaskRunner<ForwardTrace> traceRunner = new LatestTaskRunner<>("attention-studio-trace");
    private final LatestTaskRunner<LoadedModel> loadRunner = new LatestTaskRunner<>("attention-studio-load");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ReadOnlyObjectWrapper<LoadedModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private Consumer<String> onRefusal = message -> { };

    public ShellViewModel(StudioState state, ModelService models, TraceService traces) {
        this.state = state;
        this.models = models;
        this.traces = traces;
        debounce.setOnFinished(e -> runTrace());
        sentence.addListener((obs, old, now) -> debounce.playFromStart());
        target.addListener((obs, old, now) -> debounce.playFromStart());
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
        traceRunner.submit(progress -> traces.trace(current, text, targetText), trace -> {
            problem.set("");
            state.showTrace(trace);
        }, error -> problem.set(messageOf(error)));
    }

    /** Loads the built-in model in the background. */
    public void openBuiltin() {
        load(progress -> models.loadBuiltin(), Optional.empty());
    }

    /** Loads a model folder in the background; on refusal the current model stays and the message goes to the refusal handler. */
    public void openFolder(Path folder) {
        load(progress -> models.loadFolder(folder, (fraction, message) -> progress.report(fraction, message)), Optional.of(folder));
    }

    private void load(LatestTaskRunner.Job<LoadedModel> job, Optional<Path> folder) {
        loadRunner.submit(job, loaded -> {
            folder.ifPresent(this::remember);
            model.set(loaded);
            runTrace();
        }, error -> onRefusal.accept(messageOf(error)));
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
