package com.attentionstudio.ui.attention;

import com.attentionstudio.ui.figure.FigurePanel;
import com.attentionstudio.ui.state.StudioState;

/** The head grid tab: {@code #headGridCanvas}; click a thumbnail to select that head everywhere. */
public final class HeadGridView extends FigurePanel {
    public HeadGridView(HeadGridViewModel viewModel, StudioState state) {
        super("Head grid", "headGridCanvas", "head-grid", state, viewModel.figureProperty(), viewModel::figure);
        canvas().setOnHit(viewModel::click);
        exportBar().note("Each thumbnail is one head's attention (rows: queries, columns: keys), all on one colour scale · click one to select it");
    }
}
