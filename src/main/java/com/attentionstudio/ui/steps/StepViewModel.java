package com.attentionstudio.ui.steps;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.StepFigure;
import com.attentionstudio.render.StepValues;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One head's maths for one query token, a step at a time: input, q/k/v, scores, scale, mask, softmax,
 * weighted values, sum, concat, output projection. The step and the query live in the shared selection,
 * so the heatmap's pinned row is the token stepped through. Wide vectors show a window of dimensions.
 */
public final class StepViewModel {
    /** How many dimensions and keys one screen shows; the built-in model's vectors fit whole. */
    static final int SHOWN = 16;

    private final StudioState state;
    private final ReadOnlyObjectWrapper<StepFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper dimensions = new ReadOnlyStringWrapper(this, "dimensions", "");
    private final ReadOnlyStringWrapper keys = new ReadOnlyStringWrapper(this, "keys", "");
    private int firstDimension;
    private int firstKey;

    public StepViewModel(StudioState state) {
        this.state = state;
        state.traceProperty().addListener((obs, old, now) -> refresh());
        state.selectionProperty().addListener((obs, old, now) -> refresh());
        state.styleProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<StepFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** "Step 3 of 10: scores", for the label between Back and Next. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The numbers on screen now, exactly as the figure draws them. */
    public Optional<StepValues> values() {
        return Optional.ofNullable(figure.get()).map(StepFigure::values);
    }

    /** The selected head's {@code quantity} with token labels, for CSV export. */
    public Optional<CsvExporter.LabelledMatrix> numbers(CsvExporter.Quantity quantity) {
        return state.numbers(quantity);
    }

    public int step() {
        return state.selection().step();
    }

    public int stepCount() {
        return state.trace().map(t -> StepFigure.stepCount(t, state.selection())).orElse(0);
    }

    public boolean canGoNext() {
        return step() < stepCount() - 1;
    }

    public boolean canGoBack() {
        return step() > 0;
    }

    public void next() {
        if (canGoNext()) {
            state.selectStep(step() + 1);
        }
    }

    public void back() {
        if (canGoBack()) {
            state.selectStep(step() - 1);
        }
    }

    /** The tokens that can ask (the query side of the selected kind). */
    public List<String> queryTokens() {
        Selection selection = state.selection();
        return state.trace().map(t -> t.querySequence(selection.kind()).displayTokens()).orElse(List.of());
    }

    /** The token stepped through: the pinned query, or the first token. */
    public int query() {
        return state.selection().query().orElse(0);
    }

    public void selectQuery(int query) {
        state.pinQuery(OptionalInt.of(query));
    }

    /** Shows the next {@value #SHOWN} dimensions, back to the first after the last. */
    public void nextDimensions() {
        int dModel = dModel();
        firstDimension = firstDimension + SHOWN >= dModel ? 0 : firstDimension + SHOWN;
        refresh();
    }

    /** Shows the next {@value #SHOWN} key tokens, back to the first after the last. */
    public void nextKeys() {
        int keys = keyCount();
        firstKey = firstKey + SHOWN >= keys ? 0 : firstKey + SHOWN;
        refresh();
    }

    /** "d16–d31 of 64" when the vectors are wider than a screen, else "". */
    public ReadOnlyStringProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    /** "keys 16–31 of 40" when the sentence is longer than a screen, else "". */
    public ReadOnlyStringProperty keysProperty() {
        return keys.getReadOnlyProperty();
    }

    private int dModel() {
        Selection selection = state.selection();
        return state.trace().map(t -> t.attention(selection.kind(), selection.layer()).input().cols()).orElse(0);
    }

    private int keyCount() {
        Selection selection = state.selection();
        return state.trace().map(t -> t.keySequence(selection.kind()).length()).orElse(0);
    }

    /** "{first}–{last} of {count}" in the given format, or "" when everything fits. */
    private static String range(String format, int first, int count) {
        return count <= SHOWN ? "" : String.format(format, first, Math.min(count, first + SHOWN) - 1, count);
    }

    /**
     * The step as on screen (head, token, step, the dimensions and keys in view) drawn in {@code style};
     * empty before the first trace.
     */
    public Optional<StepFigure> figure(FigureStyle style) {
        Optional<ForwardTrace> trace = state.trace();
        if (trace.isEmpty()) {
            return Optional.empty();
        }
        Selection selection = state.selection();
        int count = StepFigure.stepCount(trace.get(), selection);
        if (selection.step() >= count) {
            selection = selection.withStep(count - 1); // a later model may have fewer steps; show its last
        }
        StepFigure.Window window = new StepFigure.Window(firstDimension, SHOWN, firstKey, SHOWN);
        return Optional.of(new StepFigure(trace.get(), selection, style, window));
    }

    private void refresh() {
        firstDimension = firstDimension >= dModel() ? 0 : firstDimension; // a narrower model came in
        firstKey = firstKey >= keyCount() ? 0 : firstKey;
        Optional<StepFigure> next = figure(state.style());
        figure.set(next.orElse(null));
        dimensions.set(range("d%d–d%d of %d", firstDimension, dModel())); // "" without a trace: nothing is wide
        keys.set(range("keys %d–%d of %d", firstKey, keyCount()));
        position.set(next.map(f -> "Step " + (Math.min(step(), stepCount() - 1) + 1) + " of " + stepCount() + ": "
                + f.values().name()).orElse(""));
    }
}
