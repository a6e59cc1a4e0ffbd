package com.attentionstudio.ui.decoder;

import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;

/** The decoder tab: {@code #temperatureSlider} and {@code #decoderCanvas}; a note instead for models without a decoder. */
public final class DecoderView extends FigurePanel {
    private final DecoderViewModel viewModel;

    public DecoderView(DecoderViewModel viewModel, StudioState state) {
        super("Decoder", "decoderCanvas", "decoder", state, viewModel.figureProperty(), viewModel::figure);
        this.viewModel = viewModel;
        Slider temperature = new Slider(DecoderViewModel.MIN_TEMPERATURE, DecoderViewModel.MAX_TEMPERATURE, 1.0);
        temperature.setId("temperatureSlider");
        temperature.setPrefWidth(220);
        temperature.setMajorTickUnit(0.5);
        temperature.setShowTickMarks(true);
        temperature.setShowTickLabels(true);
        temperature.valueProperty().bindBidirectional(viewModel.temperatureProperty());
        Label value = new Label();
        value.setMinWidth(60);
        value.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "T = %.2f", viewModel.temperatureProperty().get()), viewModel.temperatureProperty()));
        exportBar().add(new Label("Temperature:"), temperature, value);
        exportBar().note("softmax(logits / T): low T makes the top token surer, high T spreads the probability");
        Label message = new Label();
        message.getStyleClass().add("panel-note");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        root().setCenter(new StackPane(canvas(), message));
    }

    /** Only the tab on screen computes its top-k lists. */
    @Override
    protected void shownChanged(boolean shown) {
        viewModel.activeProperty().set(shown);
    }
}
