package com.attentionstudio.ui.attention;

import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Hit;
import com.attentionstudio.render.LineFigure;
import com.attentionstudio.ui.state.StudioState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Attention as lines from query tokens to key tokens. The selected head is always drawn; other heads of
 * the same layer can be added, each in its own colour. Hovering a token keeps only its lines.
 */
public final class LineViewModel {
    private final StudioState state;
    private final ReadOnlyObjectWrapper<LineFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ObservableSet<Integer> extraHeads = FXCollections.observableSet(new TreeSet<>());
    private Optional<LineFigure.Focus> focus = Optional.empty();

    public LineViewModel(StudioState state) {
        this.state = state;
        state.traceProperty().addListener((obs, old, now) -> {
            int heads = state.headCount();
            extraHeads.removeIf(h -> h >= heads);
            refresh();
        });
        state.selectionProperty().addListener((obs, old, now) -> {
            if (old.kind() != now.kind()) {
                focus = Optional.empty(); // the hovered token belongs to the other kind's sentence
            }
            if (!StudioState.sameHeadAndQuery(old, now)) {
                refresh();
            }
        });
        state.styleProperty().addListener((obs, old, now) -> refresh());
        extraHeads.addListener((SetChangeListener<Integer>) change -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<LineFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** Heads drawn beside the selected one (the view's head toggles). */
    public ObservableSet<Integer> extraHeads() {
        return extraHeads;
    }

    /** The heads drawn, the selected one first so it keeps the first colour. */
    public List<Integer> heads() {
        int selected = state.selection().head();
        List<Integer> heads = new ArrayList<>(List.of(selected));
        extraHeads.stream().filter(h -> h != selected).forEach(heads::add);
        return heads;
    }

    /** Isolates the lines of the token under the pointer; null (pointer gone) shows all lines again. */
    public void hover(Hit hit) {
        Optional<LineFigure.Focus> next = Optional.empty();
        if (hit != null && hit.query().isPresent()) {
            next = Optional.of(new LineFigure.Focus(true, hit.query().getAsInt()));
        } else if (hit != null && hit.key().isPresent()) {
            next = Optional.of(new LineFigure.Focus(false, hit.key().getAsInt()));
        }
        if (!next.equals(focus)) {
            focus = next;
            refresh();
        }
    }

    /** The lines as on screen (the heads drawn, the hovered token) drawn in {@code style}; empty before the first trace. */
    public Optional<LineFigure> figure(FigureStyle style) {
        return state.trace().map(t -> new LineFigure(t, state.selection(), style, heads(), focus));
    }

    private void refresh() {
        figure.set(figure(state.style()).orElse(null));
    }
}
