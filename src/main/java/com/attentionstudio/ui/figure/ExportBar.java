package com.attentionstudio.ui.figure;

import com.attentionstudio.core.InputException;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.export.CsvExporter.LabelledMatrix;
import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.FigureExporter;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Size;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * A panel's tool row: Export… (the figure as on screen, through {@link FigureExporter}, as SVG, PDF or
 * PNG; or the numbers as CSV where the panel has a matrix), Copy image, the panel's own controls and a
 * one-line hint. Ids: {@code #<stem>Export}, {@code #<stem>Copy}.
 */
public final class ExportBar {
    /** PNG resolution for files and the clipboard: twice the screen's points, sharp on slides and high-DPI screens. */
    static final double DPI = 144;

    private final FigureCanvas canvas;
    private final String stem;
    private final HBox bar = new HBox(8);
    private final HBox controls = new HBox(8);
    private final Label note = new Label();
    private final Map<String, Supplier<Optional<LabelledMatrix>>> csv = new LinkedHashMap<>();

    public ExportBar(FigureCanvas canvas, String stem) {
        this.canvas = canvas;
        this.stem = stem;
        Button export = new Button("Export…");
        export.setId(stem + "Export");
        export.setTooltip(new Tooltip("Save this figure as SVG, PDF or PNG, as it is on screen"));
        export.setOnAction(e -> export());
        Button copy = new Button("Copy image");
        copy.setId(stem + "Copy");
        copy.setTooltip(new Tooltip("Copy this figure to the clipboard, to paste into slides"));
        copy.setOnAction(e -> copyImage());
        export.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(canvas.figureProperty().isNull());
        copy.disableProperty().bind(canvas.figureProperty().isNull());
        controls.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        bar.getChildren().addAll(export, copy, controls, note);
        bar.getStyleClass().add("panel-bar");
    }

    public Node node() {
        return bar;
    }

    /** Adds the panel's own controls; they keep their full width, only the hint gives way. */
    public void add(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.getChildren().addAll(nodes);
    }

    public void note(String text) {
        note.setText(text);
        note.setTooltip(new Tooltip(text));
    }

    /** Offers a matrix of numbers as a CSV file type in the export dialog, named by {@code description}. */
    public void offerCsv(String description, Supplier<Optional<LabelledMatrix>> source) {
        csv.put("CSV: " + description + " (*.csv)", source);
    }

    /** The figure as on screen: the canvas's size in points. */
    ExportOptions screenOptions() {
        return ExportOptions.defaults().withSize(new Size(Math.max(1, canvas.getWidth()), Math.max(1, canvas.getHeight())))
                .withDpi(DPI);
    }

    public void copyImage() {
        Figure figure = canvas.figureProperty().get();
        if (figure == null) {
            return;
        }
        byte[] png = FigureExporter.bytes(figure, Format.PNG, screenOptions());
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks for a file and writes the figure, or the numbers, in the format the chosen type or the extension names. */
    public void export() {
        Figure figure = canvas.figureProperty().get();
        if (figure == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + figure.title());
        chooser.setInitialFileName(stem);
        for (Format format : Format.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.name() + " (*." + format.extension() + ")", "*." + format.extension()));
        }
        csv.keySet().forEach(label -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, "*.csv")));
        File file = chooser.showSaveDialog(canvas.getScene() == null ? null : canvas.getScene().getWindow());
        if (file != null) {
            save(figure, file.toPath(), chooser.getSelectedExtensionFilter());
        }
    }

    /** Writes to {@code file}; {@code chosen} is the dialog's file type, which decides when the name has no known extension. */
    public void save(Figure figure, Path file, FileChooser.ExtensionFilter chosen) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean csvChosen = chosen != null && csv.containsKey(chosen.getDescription());
            if ((csvChosen || name.endsWith(".csv")) && !csv.isEmpty()) {
                String label = csvChosen ? chosen.getDescription() : csv.keySet().iterator().next();
                LabelledMatrix matrix = csv.get(label).get()
                        .orElseThrow(() -> new InputException("there are no numbers to export yet; type a sentence first"));
                CsvExporter.write(matrix, withExtension(file, "csv"));
                return;
            }
            Format format = formatOf(name, chosen);
            FigureExporter.write(figure, format, withExtension(file, format.extension()), screenOptions());
        } catch (InputException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Export failed");
            alert.show();
        }
    }

    private static Format formatOf(String name, FileChooser.ExtensionFilter chosen) {
        for (Format format : Format.values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        for (Format format : Format.values()) {
            if (chosen != null && chosen.getDescription().startsWith(format.name() + " ")) {
                return format;
            }
        }
        return Format.SVG;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }
}
