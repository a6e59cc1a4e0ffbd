package com.attentionstudio.ui.state;

import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Palette;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.Size;
import com.attentionstudio.render.Theme;
import java.util.List;
import java.util.Locale;

/**
 * What the export dialog asks, mapped onto what the writers take: a {@link FigureStyle} (preset, theme,
 * palette, caption) and {@link ExportOptions} (size, PNG resolution). Only the look changes; the trace,
 * the selection and the panel's zoom come from the panel. Plain values, no JavaFX, so the window can keep
 * the last choices between exports and in its settings file (older files lack them: nulls become defaults).
 *
 * @param output  the chosen {@link ExportOutput}'s label
 * @param preset  the figure's size and font sizes; {@link Preset#SCREEN} means the canvas's own size
 * @param dpi     PNG resolution: 72 is one pixel per point, 144 is sharp on slides, 300 prints
 * @param caption text printed under the figure, "" for none
 * @param folder  where the last file went, "" before the first export
 */
public record ExportChoices(String output, Preset preset, Theme theme, Palette palette, int dpi, String caption,
                            String folder) {
    public static final List<Preset> PRESETS =
            List.of(Preset.SLIDE_16x9, Preset.SLIDE_4x3, Preset.A4_COLUMN, Preset.SQUARE, Preset.SCREEN);
    public static final List<Palette> PALETTES = List.of(Palette.VIRIDIS, Palette.CIVIDIS, Palette.GREYS);
    public static final List<Integer> DPIS = List.of(72, 144, 300);
    static final int DEFAULT_DPI = 144;

    public ExportChoices {
        output = output == null || output.isBlank() ? ExportOutput.FIGURES.get(0).label() : output;
        preset = preset == null ? Preset.SLIDE_16x9 : preset;
        theme = theme == null ? Theme.LIGHT : theme;
        palette = palette == null ? Palette.VIRIDIS : palette;
        dpi = dpi == 0 ? DEFAULT_DPI : dpi;
        caption = caption == null ? "" : caption;
        folder = folder == null ? "" : folder;
        if (!palette.sequential()) {
            throw new IllegalArgumentException("a figure's palette must be sequential (viridis, cividis, greys), got " + palette.cliName());
        }
        if (dpi < 18 || dpi > 1200) {
            throw new IllegalArgumentException("the PNG resolution must be 18..1200 dpi, got " + dpi);
        }
    }

    /** Two clicks to a slide: an SVG of a 16:9 slide, light, viridis, twice the point size for PNGs, no caption. */
    public static ExportChoices defaults() {
        return new ExportChoices(null, Preset.SLIDE_16x9, Theme.LIGHT, Palette.VIRIDIS, DEFAULT_DPI, "", "");
    }

    /** The styles offered: light and print always; dark only when the screen is dark, since dark slides are a choice to keep. */
    public static List<Theme> themes(Theme screen) {
        return screen == Theme.DARK ? List.of(Theme.LIGHT, Theme.PRINT, Theme.DARK) : List.of(Theme.LIGHT, Theme.PRINT);
    }

    /**
     * The choices the dialog opens with for a panel: the last ones, with an output and style that panel
     * and screen offer, the screen's palette (what the user sees is what they meant) and no caption, since a
     * caption describes one figure.
     */
    public ExportChoices opening(List<ExportOutput> offered, FigureStyle screen) {
        String fittedOutput = offered.stream().anyMatch(o -> o.label().equals(output)) ? output : offered.get(0).label();
        Theme fittedTheme = themes(screen.theme()).contains(theme) ? theme : Theme.LIGHT;
        return new ExportChoices(fittedOutput, preset, fittedTheme, screen.palette(), dpi, "", folder);
    }

    /** The chosen output among those offered, or the first when the panel does not offer it. */
    public ExportOutput outputIn(List<ExportOutput> offered) {
        return offered.stream().filter(o -> o.label().equals(output)).findFirst().orElse(offered.get(0));
    }

    /** How the figure is drawn: the preset's size and font sizes, the theme, palette and caption. */
    public FigureStyle style() {
        return FigureStyle.of(preset).withTheme(theme).withPalette(palette).withCaption(caption);
    }

    /** The page or image size in points: the preset's, or the canvas's for {@link Preset#SCREEN}. */
    public Size size(Size screen) {
        return preset == Preset.SCREEN ? screen : preset.size();
    }

    /** What the writers take: the size in points and the PNG resolution. */
    public ExportOptions options(Size screen) {
        return ExportOptions.defaults().withSize(size(screen)).withDpi(dpi);
    }

    /** The PNG's pixels at this resolution: points × dpi / 72, as the PNG writer rounds them. */
    public ExportOptions.PixelSize pixels(Size screen) {
        Size size = size(screen);
        return new ExportOptions.PixelSize((int) Math.round(size.width() * dpi / 72.0), (int) Math.round(size.height() * dpi / 72.0));
    }

    /** One line saying what the file will be, for under the dialog's form. */
    public String summary(ExportOutput chosen, Size screen) {
        return switch (chosen.kind()) {
            case CSV -> "The numbers, with the tokens as row and column headers.";
            case TRACE_JSON -> "Tokens, ids and every layer's and head's attention weights, as the command line's 'trace' writes them.";
            case FIGURE -> figureSummary(chosen, screen);
        };
    }

    private String figureSummary(ExportOutput chosen, Size screen) {
        Size size = size(screen);
        String file = chosen.figureFormat().orElseThrow() == Format.PNG
                ? pixels(screen).width() + " × " + pixels(screen).height() + " pixels"
                : String.format(Locale.ROOT, "%.0f × %.0f pt (%.1f × %.1f in)", size.width(), size.height(),
                        size.width() / 72, size.height() / 72);
        return file + ". Same head, pinned token and zoom as on screen; only the size and look change.";
    }

    public ExportChoices withOutput(ExportOutput chosen) {
        return new ExportChoices(chosen.label(), preset, theme, palette, dpi, caption, folder);
    }

    public ExportChoices withCaption(String newCaption) {
        return new ExportChoices(output, preset, theme, palette, dpi, newCaption, folder);
    }

    public ExportChoices withFolder(String newFolder) {
        return new ExportChoices(output, preset, theme, palette, dpi, caption, newFolder);
    }
}
