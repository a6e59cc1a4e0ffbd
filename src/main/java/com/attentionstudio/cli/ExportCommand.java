package com.attentionstudio.cli;

import com.attentionstudio.app.LoadedModel;
import com.attentionstudio.app.ModelTables;
import com.attentionstudio.app.SampleSentences;
import com.attentionstudio.app.TraceService;
import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.FigureRequest;
import com.attentionstudio.export.Figures;
import com.attentionstudio.export.Format;
import com.attentionstudio.export.TraceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a view as SVG, PDF or PNG, or the numbers as CSV or JSON: for one text (--text, --out) or"
                + " for every line of a sentences file (--sentences, --out-dir). Same figure code as the window.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    SelectionOptions select;

    @Option(names = "--model", paramLabel = "DIR|builtin", defaultValue = "builtin", description = "model folder, or 'builtin' (default)")
    String model;

    @Option(names = "--text", paramLabel = "TEXT", description = "the sentence (with --out)")
    String text;

    @Option(names = "--target", paramLabel = "TEXT", description = "encoder-decoder models: teacher-forced output")
    String target;

    @Option(names = "--view", required = true, description = "heatmap, grid, lines, embedding, positional, step or decoder")
    String view;

    @Option(names = "--format", required = true, description = "svg, pdf, png, csv (the selected head's matrix) or json (the whole trace)")
    String format;

    @Option(names = "--preset", defaultValue = "slide-16x9", description = "slide-16x9 (default), slide-4x3, a4-column, square, screen")
    String preset;

    @Option(names = "--palette", defaultValue = "viridis", description = "viridis (default), cividis or greys")
    String palette;

    @Option(names = "--theme", defaultValue = "light", description = "light (default), print (white, dark text) or dark")
    String theme;

    @Option(names = "--caption", description = "a caption under the figure")
    String caption;

    @Option(names = "--dpi", defaultValue = "144", description = "PNG resolution (default 144 = twice the preset's size in points)")
    double dpi;

    @Option(names = "--quantity", defaultValue = "weights",
            description = "CSV: weights (default), scores, scaled-scores, query, key, value or output")
    String quantity;

    @Option(names = "--temperature", defaultValue = "1.0", description = "decoder view: softmax temperature")
    double temperature;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (with --text)")
    Path out;

    @Option(names = "--sentences", paramLabel = "FILE", description = "one figure per line of this file (with --out-dir)")
    Path sentences;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "where the per-sentence files go (with --sentences)")
    Path outDir;

    @Override
    public Integer call() {
        boolean single = text != null && out != null && sentences == null && outDir == null;
        boolean batch = sentences != null && outDir != null && text == null && out == null;
        if (!single && !batch) {
            throw new InputException("give either --text and --out, or --sentences and --out-dir");
        }
        String extension = format.toLowerCase(Locale.ROOT);
        if (!List.of("svg", "pdf", "png", "csv", "json").contains(extension)) {
            throw new InputException("unknown format '" + format + "'; use svg, pdf, png, csv or json");
        }
        LoadedModel loaded = new ModelOptions().load(model);
        if (single) {
            write(loaded, text, out);
            return 0;
        }
        return batch(loaded, extension);
    }

    private int batch(LoadedModel loaded, String extension) {
        List<String> lines = SampleSentences.lines(sentences);
        if (lines.isEmpty()) {
            throw new InputException(sentences + " holds no sentences (one per line; lines starting with # are skipped)");
        }
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Path file = outDir.resolve(String.format(Locale.ROOT, "%02d-%s.%s", i + 1, slug(lines.get(i)), extension));
            try {
                Files.createDirectories(outDir);
                write(loaded, lines.get(i), file);
            } catch (InputException | java.io.IOException e) {
                failed.add("line " + (i + 1) + ": " + e.getMessage());
            }
            ProgressBar.print(i + 1, lines.size(), file.getFileName().toString());
        }
        System.err.println();
        if (!failed.isEmpty()) {
            throw new InputException(failed.size() + " of " + lines.size() + " sentences were not exported: " + String.join("; ", failed));
        }
        return 0;
    }

    private void write(LoadedModel loaded, String sentence, Path file) {
        ForwardTrace trace = new TraceService().trace(loaded, sentence, Optional.ofNullable(target));
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> TraceJson.write(trace, Map.of(), file);
            case "csv" -> CsvExporter.write(CsvExporter.matrix(trace, select.selection(trace), CsvExporter.Quantity.fromName(quantity)), file);
            default -> request(loaded, trace).write(trace, Format.fromName(format), file, ExportOptions.defaults().withDpi(dpi));
        }
    }

    private FigureRequest request(LoadedModel loaded, ForwardTrace trace) {
        Figures.ViewOptions options = new Figures.ViewOptions(
                view.equalsIgnoreCase("embedding") ? Optional.of(ModelTables.vocabulary(loaded)) : Optional.empty(),
                ModelTables.positionTable(loaded), temperature);
        return new FigureRequest(view, select.selection(trace), preset, palette, theme, Optional.ofNullable(caption), options);
    }

    /** A short file-name form of a sentence: lower-case letters and digits joined by hyphens. */
    static String slug(String sentence) {
        String slug = sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
