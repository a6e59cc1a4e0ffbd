package com.attentionstudio.ui.attention;

import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.render.Hit;
import com.attentionstudio.render.HeatmapFigure.Window;
import com.attentionstudio.ui.figure.ExportBar;
import com.attentionstudio.ui.figure.FigureCanvas;
import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** The attention heatmap tab: {@code #heatmapCanvas}; hover for the exact weight, click a row to pin it, scroll to zoom, drag to pan. */
public final class HeatmapView extends FigurePanel {
    private final HeatmapViewModel viewModel;
    private int[] dragAnchor;

    public HeatmapView(HeatmapViewModel viewModel, StudioState state) {
        super("Heatmap", "heatmapCanvas", "attention", state, viewModel.figureProperty(), viewModel::figure);
        this.viewModel = viewModel;
        FigureCanvas canvas = canvas();
        canvas.setOnHit(viewModel::click);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragAnchor = cellAt(e.getX(), e.getY()).orElse(null));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        Button reset = new Button("Show all tokens");
        reset.setId("heatmapResetZoom");
        reset.setOnAction(e -> viewModel.resetZoom());
        reset.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !viewModel.zoomed(),
                viewModel.figureProperty()));
        ExportBar exportBar = exportBar();
        exportBar.add(reset);
        exportBar.offerCsv("attention weights", () -> viewModel.numbers(CsvExporter.Quantity.WEIGHTS));
        exportBar.offerCsv("raw scores q·k", () -> viewModel.numbers(CsvExporter.Quantity.SCORES));
        exportBar.note("Hover a cell for its exact weight · click a row to pin that query token · scroll to zoom, drag to pan");
    }

    private void scroll(ScrollEvent e) {
        Window window = viewModel.window();
        if (window == null || e.getDeltaY() == 0) {
            return;
        }
        int[] cell = cellAt(e.getX(), e.getY()).orElse(new int[] {
            window.firstQuery() + window.queries() / 2, window.firstKey() + window.keys() / 2});
        viewModel.zoom(e.getDeltaY() > 0 ? HeatmapViewModel.ZOOM_STEP : 1 / HeatmapViewModel.ZOOM_STEP, cell[0], cell[1]);
        e.consume();
    }

    /** Keeps the cell grabbed at the press under the pointer. */
    private void drag(MouseEvent e) {
        Optional<int[]> cell = cellAt(e.getX(), e.getY());
        if (dragAnchor != null && cell.isPresent()) {
            viewModel.pan(dragAnchor[0] - cell.get()[0], dragAnchor[1] - cell.get()[1]);
        }
    }

    private Optional<int[]> cellAt(double x, double y) {
        return canvas().hitAt(x, y).filter(h -> h.query().isPresent() && h.key().isPresent())
                .map((Hit h) -> new int[] {h.query().getAsInt(), h.key().getAsInt()});
    }
}
