package com.attentionstudio.ui.attention;

import com.attentionstudio.ui.figure.ExportBar;
import com.attentionstudio.ui.figure.FigureCanvas;
import com.attentionstudio.ui.figure.PanelView;
import com.attentionstudio.ui.state.StudioState;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/** The head grid tab: {@code #headGridCanvas}; click a thumbnail to select that head everywhere. */
public final class HeadGridView implements PanelView {
    private final FigureCanvas canvas = new FigureCanvas("headGridCanvas");
    private final ExportBar exportBar;
    private final BorderPane root = new BorderPane();

    public HeadGridView(HeadGridViewModel viewModel, StudioState state) {
        canvas.figureProperty().bind(viewModel.figureProperty());
        canvas.setOnHit(viewModel::click);
        exportBar = new ExportBar(canvas, "head-grid", state, viewModel::figure);
        exportBar.note("Each thumbnail is one head's attention (rows: queries, columns: keys), all on one colour scale · click one to select it");
        root.setTop(exportBar.node());
        root.setCenter(canvas);
    }

    @Override
    public String title() {
        return "Head grid";
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
