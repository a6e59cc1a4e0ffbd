package com.attentionstudio.ui.embedding;

import com.attentionstudio.core.analysis.NearestNeighbours;
import com.attentionstudio.render.EmbeddingFigure.Source;
import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The embedding tab: {@code #embeddingSource} (input embeddings, + positions, hidden state),
 * {@code #embeddingLayer} (the layer slider), {@code #embeddingCanvas}, and the word-arithmetic box
 * {@code #arithmeticField} / {@code #arithmeticButton} / {@code #arithmeticResults}.
 */
public final class EmbeddingView extends FigurePanel {
    private final EmbeddingViewModel viewModel;

    public EmbeddingView(EmbeddingViewModel viewModel, StudioState state) {
        super("Embeddings", "embeddingCanvas", "embeddings", state, viewModel.figureProperty(), viewModel::figure);
        this.viewModel = viewModel;
        ChoiceBox<Source> source = sourceChoice();
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        Slider layer = new Slider(0, 1, 0);
        layer.setId("embeddingLayer");
        layer.setMajorTickUnit(1);
        layer.setMinorTickCount(0);
        layer.setSnapToTicks(true);
        layer.setShowTickLabels(true);
        layer.setPrefWidth(160);
        layer.valueProperty().addListener((obs, old, now) -> viewModel.layerProperty().set((int) Math.round(now.doubleValue())));
        layer.disableProperty().bind(viewModel.sourceProperty().isNotEqualTo(Source.HIDDEN_STATE));
        viewModel.figureProperty().addListener((obs, old, now) -> layer.setMax(Math.max(1, viewModel.layerCount() - 1)));
        Label after = new Label("after layer");
        after.disableProperty().bind(layer.disableProperty());
        exportBar().add(new Label("Vectors:"), source, after, layer);
        exportBar().note("Filled dots: the sentence's tokens (colour = position) · hollow (input embeddings only): nearest vocabulary words");
        root().setRight(arithmeticBox(viewModel));
    }

    private static ChoiceBox<Source> sourceChoice() {
        ChoiceBox<Source> source = new ChoiceBox<>();
        source.setId("embeddingSource");
        source.getItems().setAll(Source.values());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : switch (s) {
                    case TOKEN_EMBEDDINGS -> "Input embeddings";
                    case WITH_POSITIONS -> "Embeddings + positions";
                    case HIDDEN_STATE -> "Hidden state";
                };
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        return source;
    }

    private static VBox arithmeticBox(EmbeddingViewModel viewModel) {
        Label heading = new Label("Word arithmetic");
        heading.setStyle("-fx-font-weight: bold");
        TextField field = new TextField();
        field.setId("arithmeticField");
        field.textProperty().bindBidirectional(viewModel.expressionProperty());
        field.setOnAction(e -> viewModel.evaluate());
        Button find = new Button("Find nearest words");
        find.setId("arithmeticButton");
        find.setOnAction(e -> viewModel.evaluate());
        Label message = new Label();
        message.getStyleClass().add("panel-note");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.arithmeticMessageProperty());
        ListView<NearestNeighbours.Neighbour> results = new ListView<>(viewModel.arithmeticResult());
        results.setId("arithmeticResults");
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NearestNeighbours.Neighbour item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : String.format(Locale.ROOT, "%-16s %.3f", item.label().strip(), item.similarity()));
            }
        });
        results.setStyle("-fx-font-family: monospace");
        VBox.setVgrow(results, Priority.ALWAYS);
        Label hint = new Label("Add and subtract word vectors, e.g. king − man + woman");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading, hint, field, find, message, results);
        box.setPrefWidth(250);
        box.setMinWidth(250);
        box.setStyle("-fx-padding: 8");
        box.disableProperty().bind(Bindings.isNull(viewModel.figureProperty()));
        return box;
    }

    /** Only the tab on screen builds the vocabulary index and projects the vectors. */
    @Override
    protected void shownChanged(boolean shown) {
        viewModel.activeProperty().set(shown);
    }
}
