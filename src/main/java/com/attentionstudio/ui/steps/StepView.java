package com.attentionstudio.ui.steps;

import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.ui.figure.FigureCanvas;
import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The step-through tab: {@code #stepQuery} picks the token, {@code #stepBack} / {@code #stepNext} (or the
 * left and right arrow keys) walk the steps, {@code #stepLabel} says where you are, {@code #stepCanvas}
 * shows the formula and the numbers. {@code #stepDimensions} scrolls wide vectors.
 */
public final class StepView extends FigurePanel {
    private final StepViewModel viewModel;
    private final ChoiceBox<Integer> query = new ChoiceBox<>();
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Label position = new Label();
    private final Button moreDimensions = new Button();
    private final Button moreKeys = new Button();
    private boolean syncing;

    public StepView(StepViewModel viewModel, StudioState state) {
        super("Step-through", "stepCanvas", "step", state, viewModel.figureProperty(), viewModel::figure);
        this.viewModel = viewModel;
        query.setId("stepQuery");
        back.setId("stepBack");
        next.setId("stepNext");
        position.setId("stepLabel");
        moreDimensions.setId("stepDimensions");
        moreKeys.setId("stepKeys");
        position.textProperty().bind(viewModel.positionProperty());
        position.setPrefWidth(230);
        back.setOnAction(e -> viewModel.back());
        next.setOnAction(e -> viewModel.next());
        moreDimensions.setOnAction(e -> viewModel.nextDimensions());
        moreKeys.setOnAction(e -> viewModel.nextKeys());
        showWhenNeeded(moreDimensions, viewModel.dimensionsProperty(), "Shown: ", "Show the next dimensions of these vectors");
        showWhenNeeded(moreKeys, viewModel.keysProperty(), "Shown: ", "Show the next key tokens");
        query.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                viewModel.selectQuery(now);
            }
        });
        state.traceProperty().addListener(this::sync);
        state.selectionProperty().addListener(this::sync);
        sync(null);
        exportBar().add(new Label("Token:"), query, back, position, next, moreDimensions, moreKeys);
        for (CsvExporter.Quantity quantity : CsvExporter.Quantity.values()) {
            exportBar().offerCsv("the head's " + quantity.cliName().replace('-', ' '), () -> viewModel.numbers(quantity));
        }
        root().addEventFilter(KeyEvent.KEY_PRESSED, this::arrowKeys);
        FigureCanvas canvas = canvas();
        canvas.setFocusTraversable(true);
        canvas.setOnMousePressed(e -> canvas.requestFocus());
    }

    /** The paging button reads "Shown: d0–d15 of 64 ▶" and is there only when the vectors (or the sentence) do not fit. */
    private static void showWhenNeeded(Button button, ObservableStringValue range, String prefix, String tip) {
        button.textProperty().bind(Bindings.concat(prefix, range, " ▶"));
        button.visibleProperty().bind(Bindings.isNotEmpty(range));
        button.managedProperty().bind(button.visibleProperty());
        button.setTooltip(new Tooltip(tip));
    }

    /** Left and right walk the steps, except inside a text field where they move the caret. */
    private void arrowKeys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.RIGHT) {
            viewModel.next();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT) {
            viewModel.back();
            e.consume();
        }
    }

    private void sync(Observable ignored) {
        syncing = true;
        try {
            List<String> tokens = viewModel.queryTokens();
            List<Integer> indices = IntStream.range(0, tokens.size()).boxed().toList();
            if (!query.getItems().equals(indices)) {
                query.getItems().setAll(indices);
            }
            query.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer i) {
                    return i == null || i >= tokens.size() ? "" : i + ": " + tokens.get(i);
                }

                @Override
                public Integer fromString(String s) {
                    return null;
                }
            });
            query.setValue(tokens.isEmpty() ? null : viewModel.query());
            back.setDisable(!viewModel.canGoBack());
            next.setDisable(!viewModel.canGoNext());
        } finally {
            syncing = false;
        }
    }

    /** Coming on screen, the panel takes the keyboard so the arrow keys step at once (not the tab headers). */
    @Override
    protected void shownChanged(boolean shown) {
        if (shown) {
            Platform.runLater(canvas()::requestFocus);
        }
    }
}
