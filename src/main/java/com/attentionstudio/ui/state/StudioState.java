package com.attentionstudio.ui.state;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Theme;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every panel shows: the current trace and the one selection (kind, layer, head, pinned query, step)
 * they all share, so picking a head anywhere selects it everywhere. Lives on the FX thread.
 */
public final class StudioState {
    private final ReadOnlyObjectWrapper<ForwardTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ObjectProperty<Selection> selection =
            new SimpleObjectProperty<>(this, "selection", Selection.first(AttentionKind.ENCODER_SELF));
    private final ObjectProperty<FigureStyle> style = new SimpleObjectProperty<>(this, "style", FigureStyle.of(Preset.SCREEN));
    private final ObjectProperty<ExportChoices> exportChoices =
            new SimpleObjectProperty<>(this, "exportChoices", ExportChoices.defaults());

    public ReadOnlyObjectProperty<ForwardTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Optional<ForwardTrace> trace() {
        return Optional.ofNullable(trace.get());
    }

    /**
     * Shows a new trace, keeping the selection where the new trace has it (same kind, layer, head) so a
     * teacher editing the sentence stays on the head they found.
     */
    public void showTrace(ForwardTrace newTrace) {
        trace.set(newTrace);
        selection.set(selection.get().fittedTo(newTrace));
    }

    /** How every figure on screen is drawn: the window's theme and palette, the screen preset's font sizes. */
    public ObjectProperty<FigureStyle> styleProperty() {
        return style;
    }

    public FigureStyle style() {
        return style.get();
    }

    public void setDark(boolean dark) {
        style.set(style.get().withTheme(dark ? Theme.DARK : Theme.LIGHT));
    }

    /** Colours the weights of every figure on screen with {@code palette} (viridis, cividis or greys). */
    public void setPalette(Palette palette) {
        style.set(style.get().withPalette(palette));
    }

    /** The export dialog's last choices, shared by every panel so the second export starts where the first ended. */
    public ObjectProperty<ExportChoices> exportChoicesProperty() {
        return exportChoices;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The selection made valid for the current trace; listeners may run before the two agree. */
    public Selection selection() {
        ForwardTrace current = trace.get();
        return current == null ? selection.get() : selection.get().fittedTo(current);
    }

    public List<AttentionKind> kinds() {
        return trace().map(ForwardTrace::kinds).orElse(List.of());
    }

    public int layerCount() {
        return trace().map(t -> t.layerCount(selection().kind())).orElse(0);
    }

    public int headCount() {
        return trace().map(t -> t.headCount(selection().kind())).orElse(0);
    }

    public void selectKind(AttentionKind kind) {
        trace().ifPresent(t -> {
            if (t.kinds().contains(kind)) {
                // Queries of another kind are other tokens (cross reads decoder rows), so the pin is dropped.
                set(selection().withKind(kind).withQuery(OptionalInt.empty()));
            }
        });
    }

    public void selectLayer(int layer) {
        set(selection().withLayer(clamp(layer, layerCount())));
    }

    public void selectHead(int head) {
        set(selection().withHead(clamp(head, headCount())));
    }

    /** Selects one head of one layer at once, as a click in the head grid does. */
    public void selectHead(int layer, int head) {
        set(selection().withLayer(clamp(layer, layerCount())).withHead(clamp(head, headCount())));
    }

    public void nextLayer() {
        selectLayer(selection().layer() + 1);
    }

    public void previousLayer() {
        selectLayer(selection().layer() - 1);
    }

    public void nextHead() {
        selectHead(selection().head() + 1);
    }

    public void previousHead() {
        selectHead(selection().head() - 1);
    }

    /** Pins a query token (a heatmap row), or unpins with an empty value. */
    public void pinQuery(OptionalInt query) {
        set(selection().withQuery(query));
    }

    /** Whether two selections show the same head and pinned query: only the step-through cares about the step. */
    public static boolean sameHeadAndQuery(Selection a, Selection b) {
        return a.withStep(0).equals(b.withStep(0));
    }

    public void selectStep(int step) {
        set(selection().withStep(Math.max(0, step)));
    }

    /** One quantity of the selected head with its token labels, for CSV export; empty before the first trace. */
    public Optional<CsvExporter.LabelledMatrix> numbers(CsvExporter.Quantity quantity) {
        return trace().map(t -> CsvExporter.matrix(t, selection(), quantity));
    }

    private void set(Selection next) {
        ForwardTrace current = trace.get();
        selection.set(current == null ? next : next.fittedTo(current));
    }

    private static int clamp(int value, int count) {
        return Math.max(0, Math.min(value, count - 1));
    }
}
