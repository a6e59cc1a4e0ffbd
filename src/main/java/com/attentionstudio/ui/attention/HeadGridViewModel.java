package com.attentionstudio.ui.attention;

import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeadGridFigure;
import com.attentionstudio.render.Hit;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Every layer × head of the selected kind as thumbnails on one scale; a click selects that head in every panel. */
public final class HeadGridViewModel {
    private final StudioState state;
    private final ReadOnlyObjectWrapper<HeadGridFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");

    public HeadGridViewModel(StudioState state) {
        this.state = state;
        state.traceProperty().addListener((obs, old, now) -> refresh());
        state.selectionProperty().addListener((obs, old, now) -> {
            if (old.kind() != now.kind() || old.layer() != now.layer() || old.head() != now.head()) {
                refresh();
            }
        });
        state.styleProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<HeadGridFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** Selects the head under a click; the aggregate rows name a layer only, which selects that layer. */
    public void click(Hit hit) {
        if (hit.layer().isPresent() && hit.head().isPresent()) {
            state.selectHead(hit.layer().getAsInt(), hit.head().getAsInt());
        } else if (hit.layer().isPresent()) {
            state.selectLayer(hit.layer().getAsInt());
        }
    }

    /** The grid as on screen (kind, selected head) drawn in {@code style}; empty before the first trace. */
    public Optional<HeadGridFigure> figure(FigureStyle style) {
        return state.trace().map(t -> new HeadGridFigure(t, state.selection(), style));
    }

    private void refresh() {
        figure.set(figure(state.style()).orElse(null));
    }
}
