package com.attentionstudio.ui.attention;

import com.attentionstudio.ui.figure.ExportBar;
import com.attentionstudio.ui.figure.FigureCanvas;
import com.attentionstudio.ui.figure.PanelView;
import com.attentionstudio.ui.state.StudioState;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The line view tab: {@code #lineCanvas}, with toggles {@code #lineHead0}… to draw more heads of the layer at once. */
public final class LineView implements PanelView {
    private final LineViewModel viewModel;
    private final StudioState state;
    private final FigureCanvas canvas = new FigureCanvas("lineCanvas");
    private final HBox headToggles = new HBox(4);
    private final ExportBar exportBar;
    private final BorderPane root = new BorderPane();

    public LineView(LineViewModel viewModel, StudioState state) {
        this.viewModel = viewModel;
        this.state = state;
        canvas.figureProperty().bind(viewModel.figureProperty());
        canvas.hoveredProperty().addListener((obs, old, hit) -> viewModel.hover(hit));
        exportBar = new ExportBar(canvas, "lines", state, viewModel::figure);
        exportBar.add(new Label("Also show heads:"));
        exportBar.add(headToggles);
        exportBar.note("Line width and opacity are the weight · hover a token to see only its lines");
        state.traceProperty().addListener((obs, old, now) -> rebuildToggles());
        state.selectionProperty().addListener((obs, old, now) -> rebuildToggles());
        rebuildToggles();
        root.setTop(exportBar.node());
        root.setCenter(canvas);
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

    @Override
    public String title() {
        return "Lines";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ExportBar exportBar() {
        return exportBar;
    }

    @Override
    public void setShown(boolean shown) {
        canvas.setShown(shown);
    }
}
