package com.attentionstudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.HeadTrace;
import com.attentionstudio.core.trace.Matrix;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.TestTraces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    @TempDir
    Path folder;

    @Test
    void everyQuantityRoundTripsToTheTracesFloatsAndLabels() throws IOException {
        Transformer model = TestTraces.decoderOnlyModel();
        // labels a spreadsheet would mangle unless quoted: a comma, a quote, edge spaces
        List<String> words = List.of("the", "pizza,", "\"hot\"", " oven", "it");
        ForwardTrace trace = model.forward(TestTraces.sequence(words));
        Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 3, OptionalInt.empty(), 0);
        HeadTrace head = trace.head(AttentionKind.DECODER_SELF, 1, 3);
        for (CsvExporter.Quantity quantity : CsvExporter.Quantity.values()) {
            Path out = folder.resolve(quantity.cliName() + ".csv");
            CsvExporter.write(CsvExporter.matrix(trace, selection, quantity), out);
            List<List<String>> rows = parse(Files.readString(out, StandardCharsets.UTF_8));
            Matrix expected = switch (quantity) {
                case WEIGHTS -> head.weights();
                case SCORES -> head.scores();
                case SCALED_SCORES -> head.scaledScores();
                case QUERY -> head.query();
                case KEY -> head.key();
                case VALUE -> head.value();
                case OUTPUT -> head.output();
            };
            assertThat(rows).hasSize(expected.rows() + 1);
            for (int r = 0; r < expected.rows(); r++) {
                assertThat(rows.get(r + 1).get(0)).isEqualTo(words.get(r));
                for (int c = 0; c < expected.cols(); c++) {
                    assertThat(Float.parseFloat(rows.get(r + 1).get(c + 1))).isEqualTo(expected.get(r, c));
                }
            }
            if (quantity == CsvExporter.Quantity.WEIGHTS) {
                assertThat(rows.get(0)).containsExactly("query \\ key", "the", "pizza,", "\"hot\"", " oven", "it");
            } else if (quantity == CsvExporter.Quantity.QUERY) {
                assertThat(rows.get(0).get(1)).isEqualTo("d0");
            }
        }
    }

    /** RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return rows;
    }
}
