package com.attentionstudio.export;

import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Theme;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure asked for by name, as the command line does: view, selection, preset, palette, theme and caption.
 *
 * @param view      heatmap, grid, lines, embedding, positional, step or decoder
 * @param preset    slide-16x9, slide-4x3, a4-column, square or screen
 * @param palette   viridis, cividis or greys
 * @param theme     light, dark or print
 */
public record FigureRequest(String view, Selection selection, String preset, String palette, String theme,
                            Optional<String> caption, Figures.ViewOptions options) {

    /** The figure, drawn by the same classes the window draws with. */
    public Figure figure(ForwardTrace trace) {
        FigureStyle style = FigureStyle.of(Preset.fromCliName(preset)).withPalette(Palette.fromCliName(palette))
                .withTheme(theme(theme));
        if (caption.isPresent()) {
            style = style.withCaption(caption.get());
        }
        return Figures.create(view, trace, selection.fittedTo(trace), style, options);
    }

    /** Draws the figure and writes it (atomically). */
    public void write(ForwardTrace trace, Format format, java.nio.file.Path out, ExportOptions exportOptions) {
        FigureExporter.write(figure(trace), format, out, exportOptions);
    }

    private static Theme theme(String name) {
        try {
            return Theme.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new com.attentionstudio.core.InputException("unknown theme '" + name + "'; use light, dark or print");
        }
    }
}
