package com.attentionstudio.ui.positional;

import com.attentionstudio.app.LatestTaskRunner;
import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.PositionalFigure;
import com.attentionstudio.render.PositionalFigure.Mode;
import com.attentionstudio.ui.state.StudioState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Positional encoding four ways (curves, table, position similarity, two word orders). The second word
 * order is the sentence backwards until the user types another; it is run through the model off the FX thread.
 */
public final class PositionalViewModel implements AutoCloseable {
    /** Positions shown in the curves and tables: enough to see the slow dimensions turn. */
    static final int POSITIONS = 64;

    private final StudioState state;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final StringProperty sentence;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.CURVES);
    private final StringProperty dimensions = new SimpleStringProperty(this, "dimensions", "");
    private final StringProperty otherSentence = new SimpleStringProperty(this, "otherSentence", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<PositionalFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final LatestTaskRunner<ForwardTrace> otherRunner = new LatestTaskRunner<>("attention-studio-word-order");
    private final TraceService traces = new TraceService(() -> Thread.currentThread().isInterrupted());
    private Optional<ForwardTrace> other = Optional.empty();

    /** @param sentence the shell's sentence, whose reverse is the default second word order */
    public PositionalViewModel(StudioState state, ReadOnlyObjectProperty<LoadedModel> model, StringProperty sentence) {
        this.state = state;
        this.model = model;
        this.sentence = sentence;
        state.traceProperty().addListener((obs, old, now) -> runOther());
        state.selectionProperty().addListener((obs, old, now) -> {
            if (!StudioState.sameHeadAndQuery(old, now)) {
                refresh();
            }
        });
        state.styleProperty().addListener((obs, old, now) -> refresh());
        mode.addListener((obs, old, now) -> refresh());
        dimensions.addListener((obs, old, now) -> refresh());
        otherSentence.addListener((obs, old, now) -> runOther());
        refresh();
    }

    public ReadOnlyObjectProperty<PositionalFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Dimensions drawn as curves, "0, 1, 6, 7"; empty lets the figure pick four of different frequency. */
    public StringProperty dimensionsProperty() {
        return dimensions;
    }

    /** The second word order; empty means the sentence backwards. */
    public StringProperty otherSentenceProperty() {
        return otherSentence;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The sentence with its words in reverse order: "squatch eats pizza" → "pizza eats squatch". */
    static String reversed(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        Collections.reverse(words);
        return String.join(" ", words);
    }

    /** The dimensions typed, each checked against dModel. */
    static List<Integer> parseDimensions(String text, int dModel) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int d = Integer.parseInt(part);
                if (d < 0 || d >= dModel) {
                    throw new InputException("dimension " + d + " does not exist; this model has dimensions 0.." + (dModel - 1));
                }
                out.add(d);
            } catch (NumberFormatException e) {
                throw new InputException("'" + part + "' is not a dimension; type numbers like 0, 1, 6, 7");
            }
        }
        return out;
    }

    private void runOther() {
        LoadedModel current = model.get();
        String text = otherSentence.get().isBlank() ? reversed(sentence.get()) : otherSentence.get();
        if (current == null || text.isBlank()) {
            other = Optional.empty();
            refresh();
            return;
        }
        otherRunner.submit(progress -> traces.trace(current, text, Optional.empty()), trace -> {
            other = Optional.of(trace);
            refresh();
        }, error -> {
            other = Optional.empty();
            refresh();
            problem.set(error.getMessage());
        });
        refresh();
    }

    /**
     * The figure as on screen (mode, dimensions, second word order) drawn in {@code style}; empty before
     * the first trace.
     *
     * @throws InputException when the dimensions typed do not exist in this model
     */
    public Optional<PositionalFigure> figure(FigureStyle style) {
        Optional<ForwardTrace> trace = state.trace();
        LoadedModel current = model.get();
        if (trace.isEmpty() || current == null) {
            return Optional.empty();
        }
        Selection selection = state.selection();
        int dModel = trace.get().querySequence(selection.kind()).embeddings().output().cols();
        List<Integer> dims = parseDimensions(dimensions.get(), dModel);
        Mode shown = shownMode();
        Matrix table = PositionTable.of(current, selection.kind(),
                Math.max(POSITIONS, trace.get().querySequence(selection.kind()).length()));
        PositionalFigure.Options options = new PositionalFigure.Options(shown, Optional.of(table), table.rows(), dims,
                shown == Mode.WORD_ORDERS ? other : Optional.empty());
        return Optional.of(new PositionalFigure(trace.get(), selection, style, options));
    }

    /** The mode drawn: the word orders wait for the second sentence's trace and show the curves meanwhile. */
    private Mode shownMode() {
        return mode.get() == Mode.WORD_ORDERS && other.isEmpty() ? Mode.CURVES : mode.get();
    }

    private void refresh() {
        try {
            Optional<PositionalFigure> next = figure(state.style());
            figure.set(next.orElse(null));
            problem.set(next.isEmpty() || shownMode() == mode.get() ? "" : "Reading the second word order…");
        } catch (InputException e) {
            problem.set(e.getMessage()); // the last good figure stays on screen
        }
    }

    @Override
    public void close() {
        otherRunner.close();
    }
}
