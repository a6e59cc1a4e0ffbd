package com.attentionstudio.ui.positional;

import com.attentionstudio.render.PositionalFigure.Mode;
import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * The positional-encoding tab: {@code #positionalMode} toggles (curves, table, similarity, word orders),
 * {@code #positionalDimensions} for the curves, {@code #otherSentenceField} for the second word order,
 * and {@code #positionalCanvas}.
 */
public final class PositionalView extends FigurePanel {
    public PositionalView(PositionalViewModel viewModel, StudioState state) {
        super("Positions", "positionalCanvas", "positional", state, viewModel.figureProperty(), viewModel::figure);
        ToggleGroup modes = new ToggleGroup();
        HBox modeButtons = new HBox(0);
        modeButtons.setId("positionalMode");
        for (Mode mode : Mode.values()) {
            ToggleButton button = new ToggleButton(label(mode));
            button.setId("positional" + mode.name());
            button.setUserData(mode);
            button.setToggleGroup(modes);
            button.setSelected(mode == viewModel.modeProperty().get());
            modeButtons.getChildren().add(button);
        }
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one view is always on
            } else {
                viewModel.modeProperty().set((Mode) now.getUserData());
            }
        });
        TextField dimensions = new TextField();
        dimensions.setId("positionalDimensions");
        dimensions.setPromptText("auto");
        dimensions.setPrefColumnCount(8);
        dimensions.textProperty().bindBidirectional(viewModel.dimensionsProperty());
        TextField other = new TextField();
        other.setId("otherSentenceField");
        other.setPromptText("the sentence backwards");
        other.setPrefColumnCount(18);
        other.textProperty().bindBidirectional(viewModel.otherSentenceProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(viewModel.problemProperty());
        exportBar().add(modeButtons, new Label("Dimensions:"), dimensions, new Label("Other order:"), other, problem);
    }

    private static String label(Mode mode) {
        return switch (mode) {
            case CURVES -> "Curves";
            case HEATMAP -> "Table";
            case SIMILARITY -> "Similarity";
            case WORD_ORDERS -> "Word orders";
        };
    }
}
