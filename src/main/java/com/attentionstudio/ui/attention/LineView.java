package com.attentionstudio.ui.attention;

import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/** The line view tab: {@code #lineCanvas}, with toggles {@code #lineHead0}… to draw more heads of the layer at once. */
public final class LineView extends FigurePanel {
    private final LineViewModel viewModel;
    private final StudioState state;
    private final HBox headToggles = new HBox(4);

    public LineView(LineViewModel viewModel, StudioState state) {
        super("Lines", "lineCanvas", "lines", state, viewModel.figureProperty(), viewModel::figure);
        this.viewModel = viewModel;
        this.state = state;
        canvas().hoveredProperty().addListener((obs, old, hit) -> viewModel.hover(hit));
        exportBar().add(new Label("Also show heads:"));
        exportBar().add(headToggles);
        exportBar().note("Line width and opacity are the weight · hover a token to see only its lines");
        state.traceProperty().addListener((obs, old, now) -> rebuildToggles());
        state.selectionProperty().addListener((obs, old, now) -> rebuildToggles());
        rebuildToggles();
    }

    private void rebuildToggles() {
        headToggles.getChildren().clear();
        int selected = state.selection().head();
        for (int h = 0; h < state.headCount(); h++) {
            int head = h;
            ToggleButton toggle = new ToggleButton(Integer.toString(h));
            toggle.setId("lineHead" + h);
            toggle.setSelected(h == selected || viewModel.extraHeads().contains(h));
            toggle.setDisable(h == selected); // the selected head is always drawn
            toggle.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    viewModel.extraHeads().add(head);
                } else {
                    viewModel.extraHeads().remove(head);
                }
            });
            headToggles.getChildren().add(toggle);
        }
    }
}
