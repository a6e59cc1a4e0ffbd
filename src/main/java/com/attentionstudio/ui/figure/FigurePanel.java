package com.attentionstudio.ui.figure;

import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * A tab that shows one figure: the panel's tool row on top, its figure's canvas below. Every panel is laid
 * out and exported the same way, so that lives here once and a view adds only its own controls and wiring.
 */
public abstract class FigurePanel implements PanelView {
    private final String title;
    private final FigureCanvas canvas;
    private final ExportBar exportBar;
    private final BorderPane root = new BorderPane();

    /**
     * @param canvasId the canvas's node id, what tests and the window look it up by
     * @param stem     the export file name and the prefix of the tool row's ids (see {@link ExportBar})
     * @param figure   the figure on screen, in the window's style
     * @param styled   the same figure drawn in a given style, for export
     */
    protected FigurePanel(String title, String canvasId, String stem, StudioState state,
            ObservableValue<? extends Figure> figure, Function<FigureStyle, Optional<? extends Figure>> styled) {
        this.title = title;
        canvas = new FigureCanvas(canvasId);
        canvas.figureProperty().bind(figure);
        exportBar = new ExportBar(canvas, stem, state, styled);
        root.setTop(exportBar.node());
        root.setCenter(canvas);
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public final ExportBar exportBar() {
        return exportBar;
    }

    /** The canvas stops drawing while its tab is hidden; {@link #shownChanged} lets a panel do more. */
    @Override
    public final void setShown(boolean shown) {
        canvas.setShown(shown);
        shownChanged(shown);
    }

    /** Called after the canvas has been told; for panels that compute or take the keyboard only while seen. */
    protected void shownChanged(boolean shown) {
    }

    protected final FigureCanvas canvas() {
        return canvas;
    }

    /** The panel's layout: the tool row on top, the canvas in the centre; a panel may put more around it. */
    protected final BorderPane root() {
        return root;
    }
}
