package com.attentionstudio.ui.state;

import com.attentionstudio.export.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one export writes: the figure in a file format, one of the panel's matrices as CSV, or the whole
 * trace as the CLI's {@code trace} JSON. The label is what the export dialog lists, and how the last
 * choice is remembered across panels (a panel without that CSV falls back to the first entry).
 *
 * @param figureFormat the figure's file format; present exactly for {@link Kind#FIGURE}
 */
public record ExportOutput(Kind kind, String label, Optional<Format> figureFormat) {
    /** What the file holds. */
    public enum Kind { FIGURE, CSV, TRACE_JSON }

    /** The figure formats, in the order the dialog lists them: vector first, since slides and papers scale them. */
    public static final List<ExportOutput> FIGURES = List.of(figure(Format.SVG), figure(Format.PDF), figure(Format.PNG));

    public ExportOutput {
        if (kind == null || label == null || label.isBlank() || figureFormat == null) {
            throw new IllegalArgumentException("an export output needs a kind, a label and a format (or none), got "
                    + kind + ", '" + label + "', " + figureFormat);
        }
        if (figureFormat.isPresent() != (kind == Kind.FIGURE)) {
            throw new IllegalArgumentException("only a figure has a figure format; got " + kind + " with " + figureFormat);
        }
    }

    public static ExportOutput figure(Format format) {
        String what = switch (format) {
            case SVG -> "SVG: the figure, vector (slides, web, papers)";
            case PDF -> "PDF: the figure, vector, one page";
            case PNG -> "PNG: the figure as an image";
        };
        return new ExportOutput(Kind.FIGURE, what, Optional.of(format));
    }

    /** A matrix of the panel's numbers, {@code description} saying which ("attention weights"). */
    public static ExportOutput csv(String description) {
        return new ExportOutput(Kind.CSV, "CSV: " + description, Optional.empty());
    }

    public static ExportOutput traceJson() {
        return new ExportOutput(Kind.TRACE_JSON, "JSON: the whole trace (every layer's attention)", Optional.empty());
    }

    /** What a panel offers: the figure formats, its matrices (as {@link #csv}), then the whole trace. */
    public static List<ExportOutput> offered(List<ExportOutput> matrices) {
        List<ExportOutput> outputs = new ArrayList<>(FIGURES);
        outputs.addAll(matrices);
        outputs.add(traceJson());
        return List.copyOf(outputs);
    }

    /** The file extension, without a dot. */
    public String extension() {
        return switch (kind) {
            case FIGURE -> figureFormat.orElseThrow().extension();
            case CSV -> "csv";
            case TRACE_JSON -> "json";
        };
    }

    /** {@code file}, with this output's extension added when its name lacks it ("heatmap" → "heatmap.svg"). */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension()) ? file : file.resolveSibling(name + "." + extension());
    }
}
