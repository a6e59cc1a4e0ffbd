package com.attentionstudio.ui.attention;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.HeatmapFigure.Window;
import com.attentionstudio.render.Hit;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected head's weights as a heatmap, with the part on show (zoom and pan, in tokens) and the
 * pinned query row. Long inputs open whole; scrolling narrows the window around the pointer.
 */
public final class HeatmapViewModel {
    /** How far one scroll notch zooms. */
    static final double ZOOM_STEP = 1.25;
    /** The fewest rows and columns a zoom shows: fewer would not be a matrix any more. */
    static final int MIN_CELLS = 4;

    private final StudioState state;
    private final ReadOnlyObjectWrapper<HeatmapFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private Optional<Window> zoom = Optional.empty();

    public HeatmapViewModel(StudioState state) {
        this.state = state;
        state.traceProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !shape(old, state.selection()).equals(shape(now, state.selection()))) {
                zoom = Optional.empty(); // another length: the old window would point at other tokens
            }
            refresh();
        });
        state.selectionProperty().addListener((obs, old, now) -> {
            if (old.kind() != now.kind()) {
                zoom = Optional.empty(); // cross attention has other rows and columns
            }
            if (!StudioState.sameHeadAndQuery(old, now)) {
                refresh();
            }
        });
        state.styleProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<HeatmapFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** The head on show, if a trace is loaded. */
    public Optional<HeadTrace> head() {
        Selection selection = state.selection();
        return state.trace().map(t -> t.head(selection.kind(), selection.layer(), selection.head()));
    }

    /** The selected head's {@code quantity} with token labels, for CSV export. */
    public Optional<CsvExporter.LabelledMatrix> numbers(CsvExporter.Quantity quantity) {
        return state.numbers(quantity);
    }

    /** Pins the query row of {@code hit}; a click on the row already pinned unpins it. */
    public void click(Hit hit) {
        if (hit.query().isEmpty()) {
            return;
        }
        int query = hit.query().getAsInt();
        OptionalInt pinned = state.selection().query();
        state.pinQuery(pinned.isPresent() && pinned.getAsInt() == query ? OptionalInt.empty() : OptionalInt.of(query));
    }

    /**
     * Zooms in ({@code factor} &gt; 1) or out around a cell, keeping that cell under the pointer.
     *
     * @param query the row under the pointer (or the window's middle)
     * @param key   the column under the pointer
     */
    public void zoom(double factor, int query, int key) {
        Window current = window();
        if (current == null) {
            return;
        }
        int rows = head().orElseThrow().weights().rows();
        int cols = head().orElseThrow().weights().cols();
        int queries = clamp((int) Math.round(current.queries() / factor), Math.min(MIN_CELLS, rows), rows);
        int keys = clamp((int) Math.round(current.keys() / factor), Math.min(MIN_CELLS, cols), cols);
        int firstQuery = anchored(query, current.firstQuery(), current.queries(), queries, rows);
        int firstKey = anchored(key, current.firstKey(), current.keys(), keys, cols);
        setWindow(new Window(firstQuery, queries, firstKey, keys));
    }

    /** Moves the window by whole cells (a drag), staying inside the matrix. */
    public void pan(int rows, int cols) {
        Window current = window();
        if (current == null) {
            return;
        }
        int allRows = head().orElseThrow().weights().rows();
        int allCols = head().orElseThrow().weights().cols();
        setWindow(new Window(clamp(current.firstQuery() + rows, 0, allRows - current.queries()), current.queries(),
                clamp(current.firstKey() + cols, 0, allCols - current.keys()), current.keys()));
    }

    public void resetZoom() {
        zoom = Optional.empty();
        refresh();
    }

    public boolean zoomed() {
        return zoom.isPresent();
    }

    /** The rows and columns on show, or null before the first trace. */
    public Window window() {
        HeatmapFigure current = figure.get();
        return current == null ? null : current.window();
    }

    private void setWindow(Window window) {
        HeadTrace head = head().orElseThrow();
        boolean whole = window.queries() == head.weights().rows() && window.keys() == head.weights().cols();
        zoom = whole ? Optional.empty() : Optional.of(window);
        refresh();
    }

    /**
     * The heatmap as on screen (head, pinned query, zoom window) drawn in {@code style}: the screen draws it
     * in the window's style, export in the dialog's. Empty before the first trace.
     */
    public Optional<HeatmapFigure> figure(FigureStyle style) {
        Selection selection = state.selection();
        return state.trace().map(t -> zoom.map(w -> new HeatmapFigure(t, selection, style, w))
                .orElseGet(() -> new HeatmapFigure(t, selection, style)));
    }

    private void refresh() {
        figure.set(figure(state.style()).orElse(null));
    }

    /** The new first index that keeps {@code anchor} at the same relative place in the window. */
    private static int anchored(int anchor, int first, int count, int newCount, int total) {
        double relative = count <= 1 ? 0.5 : (anchor - first) / (double) count;
        return clamp((int) Math.round(anchor - relative * newCount), 0, total - newCount);
    }

    private static List<Integer> shape(ForwardTrace trace, Selection selection) {
        Selection fitted = selection.fittedTo(trace);
        return List.of(trace.querySequence(fitted.kind()).length(), trace.keySequence(fitted.kind()).length());
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, max));
    }
}
