package com.attentionstudio.render;

import com.attentionstudio.core.trace.Matrix;
import java.util.List;

/**
 * Exactly what one step of the step-through shows: its name, its formula (TeX), one sentence saying
 * what happens, and the panels of numbers, each taken from the trace (or, for wⱼ·vⱼ, multiplied from it).
 *
 * @param step        0-based index of the step
 * @param name        a short name for the step bar ("scores")
 * @param formula     the step's formula in TeX
 * @param explanation one or two sentences in plain words
 * @param panels      the numbers, top to bottom
 */
public record StepValues(int step, String name, String formula, String explanation, List<Panel> panels) {
    public StepValues {
        panels = List.copyOf(panels);
    }

    /**
     * One block of numbers: a vector (one row) or a matrix.
     *
     * @param label              what it is ("q: the query of 'it'")
     * @param rowLabels          one per row of {@code values}
     * @param columnLabels       one per column: dimensions ("d3") or key tokens
     * @param values             the numbers shown; −∞ where the mask hides a key
     * @param changed            whether this step computed it (drawn highlighted) rather than reused it
     * @param probabilities      whether the values are weights in [0, 1] (sequential colours) rather than signed
     * @param highlightedRows    rows to mark (the selected head among all heads)
     * @param highlightedColumns columns to mark (the selected head's slice of the concatenation)
     */
    public record Panel(String label, List<String> rowLabels, List<String> columnLabels, Matrix values, boolean changed,
                        boolean probabilities, List<Integer> highlightedRows, List<Integer> highlightedColumns) {
        public Panel {
            rowLabels = List.copyOf(rowLabels);
            columnLabels = List.copyOf(columnLabels);
            highlightedRows = List.copyOf(highlightedRows);
            highlightedColumns = List.copyOf(highlightedColumns);
            if (rowLabels.size() != values.rows() || columnLabels.size() != values.cols()) {
                throw new IllegalArgumentException(label + ": " + rowLabels.size() + " row and " + columnLabels.size()
                        + " column labels for a " + values.shape() + " panel");
            }
        }
    }
}
