package com.attentionstudio.export;

import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Size;
import java.nio.file.Path;

/**
 * Writes a figure as SVG, PDF or PNG with the same drawing code as the window. The same figure and
 * options always give the same bytes; the file appears whole or not at all.
 */
public final class FigureExporter {
    private FigureExporter() {
    }

    /** @throws com.attentionstudio.core.InputException when the file cannot be written, saying why */
    public static void write(Figure figure, Format format, Path out, ExportOptions options) {
        AtomicFiles.write(out, bytes(figure, format, options));
    }

    /** The file's content, for the clipboard or a test. */
    public static byte[] bytes(Figure figure, Format format, ExportOptions options) {
        Size size = options.size().orElse(figure.preferredSize());
        return switch (format) {
            case SVG -> SvgWriter.bytes(figure, size);
            case PDF -> PdfWriter.bytes(figure, size);
            case PNG -> PngWriter.bytes(figure, size, options);
        };
    }
}
