package com.attentionstudio.ui.decoder;

import com.attentionstudio.app.LatestTaskRunner;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.DecoderFigure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The output token by token with its attention over the source and the top next tokens at a temperature.
 * The top-k needs a pass over the whole vocabulary per position, so the figure is built off the FX
 * thread, and only while its tab is on screen.
 */
public final class DecoderViewModel implements AutoCloseable {
    public static final double MIN_TEMPERATURE = 0.1;
    public static final double MAX_TEMPERATURE = 3.0;

    private final StudioState state;
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1.0);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<DecoderFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestTaskRunner<DecoderFigure> runner = new LatestTaskRunner<>("attention-studio-decoder");
    private boolean stale = true;

    public DecoderViewModel(StudioState state) {
        this.state = state;
        state.traceProperty().addListener((obs, old, now) -> invalidate());
        state.selectionProperty().addListener((obs, old, now) -> {
            if (old.layer() != now.layer() || old.head() != now.head()) {
                invalidate();
            }
        });
        state.styleProperty().addListener((obs, old, now) -> invalidate());
        temperature.addListener((obs, old, now) -> invalidate());
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    public ReadOnlyObjectProperty<DecoderFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** T in softmax(logits / T): below 1 sharpens the choice, above 1 flattens it. */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** Whether the panel is on screen; the view binds it to its tab. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Why there is nothing to show (an encoder-only model), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void invalidate() {
        stale = true;
        if (active.get()) {
            refresh();
        }
    }

    private void refresh() {
        stale = false;
        Optional<ForwardTrace> trace = state.trace();
        if (trace.isEmpty() || trace.get().decoder().isEmpty()) {
            runner.cancel();
            figure.set(null);
            message.set(trace.isEmpty() ? "" : trace.get().modelName() + " is " + trace.get().architecture().label()
                    + ": it reads the whole sentence at once and writes no output, so there is nothing to decode.");
            return;
        }
        message.set("");
        Function<FigureStyle, DecoderFigure> recipe = recipe().orElseThrow();
        FigureStyle style = state.style();
        runner.submit(progress -> recipe.apply(style), figure::set,
                error -> message.set("Could not draw the decoder panel: " + error.getMessage()));
    }

    /**
     * The panel as on screen (head, temperature) drawn in {@code style}; empty without a decoder. Computes
     * the top next tokens over the whole vocabulary on the calling thread.
     */
    public Optional<DecoderFigure> figure(FigureStyle style) {
        return recipe().map(r -> r.apply(style));
    }

    /** How to draw the panel in a style, with the trace, selection and temperature of now, so it can run on any thread. */
    private Optional<Function<FigureStyle, DecoderFigure>> recipe() {
        Optional<ForwardTrace> trace = state.trace().filter(t -> t.decoder().isPresent());
        Selection selection = state.selection();
        double t = Math.max(MIN_TEMPERATURE, Math.min(MAX_TEMPERATURE, temperature.get()));
        return trace.map(tr -> style -> new DecoderFigure(tr, selection, style, t));
    }

    @Override
    public void close() {
        runner.close();
    }
}
