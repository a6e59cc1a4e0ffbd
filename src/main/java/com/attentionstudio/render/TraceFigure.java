package com.attentionstudio.render;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;

/** What every figure is drawn from: a trace, a selection in it, and a style whose preset gives its size. */
abstract class TraceFigure implements Figure {
    protected final ForwardTrace trace;
    protected final Selection selection;
    protected final FigureStyle style;

    TraceFigure(ForwardTrace trace, Selection selection, FigureStyle style) {
        this.trace = trace;
        this.selection = selection;
        this.style = style;
    }

    @Override
    public Size preferredSize() {
        return style.size();
    }
}
