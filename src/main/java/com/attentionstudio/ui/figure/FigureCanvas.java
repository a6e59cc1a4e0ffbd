package com.attentionstudio.ui.figure;

import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Hit;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A render {@link Figure} on a resizable JavaFX canvas, through FXGraphics2D: the same drawing code as
 * every export. Hovering shows the figure's own description of what is under the pointer; a click (not
 * the end of a drag) hands that {@link Hit} to the view.
 */
public final class FigureCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Label hoverLabel = new Label();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ReadOnlyObjectWrapper<Hit> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private Consumer<Hit> onHit = hit -> { };
    /** Whether the canvas is on screen; a hidden tab's canvas draws once it is shown, not on every change. */
    private boolean shown = true;
    private boolean dirty;
    /** Where the pointer is, so the description under it stays right when the figure changes under a still pointer. */
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    public FigureCanvas(String id) {
        setId(id);
        getStyleClass().add("figure-pane");
        hoverLabel.getStyleClass().add("hover-label");
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setManaged(false);
        getChildren().addAll(canvas, hoverLabel);
        setMinSize(200, 150);
        figure.addListener((obs, old, now) -> redraw());
        widthProperty().addListener((obs, old, now) -> redraw());
        heightProperty().addListener((obs, old, now) -> redraw());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointerX = Double.NaN;
            clearHover();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        // Clicking a figure takes the keyboard from the sentence field, so Ctrl+Left/Right then switch heads
        // instead of moving the caret by a word.
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** What the pointer is over, or null. */
    public ReadOnlyObjectProperty<Hit> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public void setOnHit(Consumer<Hit> handler) {
        this.onHit = handler;
    }

    /** What lies at (x, y) in this canvas's coordinates, as the figure says. */
    public Optional<Hit> hitAt(double x, double y) {
        Figure current = figure.get();
        if (current == null || getWidth() <= 0 || getHeight() <= 0) {
            return Optional.empty();
        }
        return current.hitTest(x, y, getWidth(), getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Tells the canvas whether its tab is on screen; drawing waits until it is. */
    public void setShown(boolean isShown) {
        shown = isShown;
        if (shown && dirty) {
            redraw();
        }
    }

    /** Draws the figure again at the canvas's size; a fresh Graphics2D each time so no state leaks between draws. */
    public void redraw() {
        if (!shown) {
            dirty = true;
            return;
        }
        dirty = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Figure current = figure.get();
        if (current != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            gc.save();
            current.draw(new FXGraphics2D(gc), canvas.getWidth(), canvas.getHeight());
            gc.restore();
        }
        if (Double.isNaN(pointerX)) {
            clearHover();
        } else {
            hover(pointerX, pointerY);
        }
    }

    private void hover(double x, double y) {
        pointerX = x;
        pointerY = y;
        Optional<Hit> hit = hitAt(x, y);
        hovered.set(hit.orElse(null));
        if (hit.isEmpty()) {
            hoverLabel.setVisible(false);
            return;
        }
        hoverLabel.setText(hit.get().description());
        hoverLabel.autosize();
        // Beside the pointer, flipped inward near the right and bottom edges so it is never cut off.
        double w = hoverLabel.getWidth();
        double h = hoverLabel.getHeight();
        double lx = x + 16 + w > getWidth() ? Math.max(0, x - 12 - w) : x + 16;
        double ly = y + 18 + h > getHeight() ? Math.max(0, y - 8 - h) : y + 18;
        hoverLabel.relocate(lx, ly);
        hoverLabel.setVisible(true);
    }

    private void clearHover() {
        hovered.set(null);
        hoverLabel.setVisible(false);
    }

    private void click(MouseEvent e) {
        // A click that ends a drag (panning) is not a selection.
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            hitAt(e.getX(), e.getY()).ifPresent(onHit);
        }
    }
}
