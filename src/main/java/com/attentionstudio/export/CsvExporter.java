package com.attentionstudio.export;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One head's numbers as CSV: a header row of column labels (key tokens, or dimensions d0, d1, …), then
 * one row per token led by its label. Values are written with {@link Float#toString(float)}, which reads
 * back to the very same float, so a spreadsheet or a script gets the trace's own numbers.
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    /** What to export of the selected head. */
    public enum Quantity {
        WEIGHTS("weights"), SCORES("scores"), SCALED_SCORES("scaled-scores"), QUERY("query"), KEY("key"), VALUE("value"),
        OUTPUT("output");

        private final String cliName;

        Quantity(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        public static Quantity fromName(String name) {
            for (Quantity q : values()) {
                if (q.cliName.equalsIgnoreCase(name)) {
                    return q;
                }
            }
            throw new InputException("unknown quantity '" + name + "'; use weights, scores, scaled-scores, query, key, value or output");
        }
    }

    /**
     * A matrix with its labels.
     *
     * @param corner       the top-left cell, naming what the rows and columns are ("query \ key")
     * @param rowLabels    one per row
     * @param columnLabels one per column
     */
    public record LabelledMatrix(String corner, List<String> rowLabels, List<String> columnLabels, Matrix values) {
        public LabelledMatrix {
            rowLabels = List.copyOf(rowLabels);
            columnLabels = List.copyOf(columnLabels);
            if (rowLabels.size() != values.rows() || columnLabels.size() != values.cols()) {
                throw new IllegalArgumentException(rowLabels.size() + " row and " + columnLabels.size() + " column labels for a "
                        + values.shape() + " matrix");
            }
        }
    }

    /** {@code quantity} of the head the selection names. */
    public static LabelledMatrix matrix(ForwardTrace trace, Selection selection, Quantity quantity) {
        HeadTrace head = trace.head(selection.kind(), selection.layer(), selection.head());
        List<String> queries = trace.querySequence(selection.kind()).displayTokens();
        List<String> keys = trace.keySequence(selection.kind()).displayTokens();
        return switch (quantity) {
            case WEIGHTS -> new LabelledMatrix("query \\ key", queries, keys, head.weights());
            case SCORES -> new LabelledMatrix("query \\ key", queries, keys, head.scores());
            case SCALED_SCORES -> new LabelledMatrix("query \\ key", queries, keys, head.scaledScores());
            case QUERY -> new LabelledMatrix("token \\ dimension", queries, dimensions(head.dHead()), head.query());
            case KEY -> new LabelledMatrix("token \\ dimension", keys, dimensions(head.dHead()), head.key());
            case VALUE -> new LabelledMatrix("token \\ dimension", keys, dimensions(head.dHead()), head.value());
            case OUTPUT -> new LabelledMatrix("token \\ dimension", queries, dimensions(head.dHead()), head.output());
        };
    }

    /** Writes {@code matrix} to {@code out} atomically, UTF-8, CRLF line ends (RFC 4180). */
    public static void write(LabelledMatrix matrix, Path out) {
        AtomicFiles.write(out, csv(matrix).getBytes(StandardCharsets.UTF_8));
    }

    public static String csv(LabelledMatrix matrix) {
        StringBuilder out = new StringBuilder();
        out.append(field(matrix.corner()));
        for (String label : matrix.columnLabels()) {
            out.append(',').append(field(label));
        }
        out.append("\r\n");
        Matrix values = matrix.values();
        for (int r = 0; r < values.rows(); r++) {
            out.append(field(matrix.rowLabels().get(r)));
            for (int c = 0; c < values.cols(); c++) {
                out.append(',').append(Float.toString(values.get(r, c)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** Quotes a field that holds a comma, a quote, a line break or edge spaces (which spreadsheets would trim). */
    private static String field(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || !s.equals(s.strip());
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<String> dimensions(int count) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            out.add("d" + d);
        }
        return out;
    }
}
