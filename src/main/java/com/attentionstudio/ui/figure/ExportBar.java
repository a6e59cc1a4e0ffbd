package com.attentionstudio.ui.figure;

import com.attentionstudio.core.InputException;
import com.attentionstudio.export.CsvExporter;
import com.attentionstudio.export.CsvExporter.LabelledMatrix;
import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.FigureExporter;
import com.attentionstudio.export.Format;
import com.attentionstudio.export.TraceJson;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.Size;
import com.attentionstudio.ui.state.ExportChoices;
import com.attentionstudio.ui.state.ExportOutput;
import com.attentionstudio.ui.state.StudioState;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A panel's tool row: Export… (the export dialog, then where to save), Copy image, the panel's own
 * controls and a one-line hint. The file is drawn by the panel's own figure method in the dialog's style,
 * so it shows what the screen shows (head, pinned token, zoom) at the chosen size and look. Ids:
 * {@code #<stem>Export}, {@code #<stem>Copy}.
 */
public final class ExportBar {
    /** PNG resolution for the clipboard: twice the screen's points, sharp on slides and high-DPI screens. */
    static final double DPI = 144;

    private final FigureCanvas canvas;
    private final String stem;
    private final StudioState state;
    private final Function<FigureStyle, Optional<? extends Figure>> figure;
    private final HBox bar = new HBox(8);
    private final HBox controls = new HBox(8);
    private final Label note = new Label();
    private final Map<ExportOutput, Supplier<Optional<LabelledMatrix>>> csv = new LinkedHashMap<>();

    /**
     * @param stem   the file name offered ("attention" → attention.svg) and the prefix of the buttons' ids
     * @param figure the panel's figure as on screen, drawn in a given style; the screen itself uses it with the window's style
     */
    public ExportBar(FigureCanvas canvas, String stem, StudioState state, Function<FigureStyle, Optional<? extends Figure>> figure) {
        this.canvas = canvas;
        this.stem = stem;
        this.state = state;
        this.figure = figure;
        Button export = new Button("Export…");
        export.setId(stem + "Export");
        export.setTooltip(new Tooltip("Save this figure for slides or print (SVG, PDF, PNG), or its numbers (CSV, JSON)"));
        export.setOnAction(e -> export());
        Button copy = new Button("Copy image");
        copy.setId(stem + "Copy");
        copy.setTooltip(new Tooltip("Copy this figure to the clipboard as it is on screen, to paste into slides"));
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
        csv.put(ExportOutput.csv(description), source);
    }

    /** What this panel can write: the figure formats, its matrices as CSV, and the whole trace as JSON. */
    public List<ExportOutput> outputs() {
        return ExportOutput.offered(List.copyOf(csv.keySet()));
    }

    /** The canvas's size in points: what "As on screen" writes. */
    Size screenSize() {
        return new Size(Math.max(1, canvas.getWidth()), Math.max(1, canvas.getHeight()));
    }

    /** The figure exactly as on screen, in the window's style, at 144 dpi: for pasting straight into slides. */
    public void copyImage() {
        Figure current = canvas.figureProperty().get();
        if (current == null) {
            return;
        }
        byte[] png = FigureExporter.bytes(current, Format.PNG, ExportOptions.defaults().withSize(screenSize()).withDpi(DPI));
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Export…: the dialog (last choices pre-set, so Save is the second click), then the save dialog pre-filled, then the file. */
    public void export() {
        Figure current = canvas.figureProperty().get();
        if (current == null) {
            return;
        }
        List<ExportOutput> outputs = outputs();
        ExportChoices opening = state.exportChoicesProperty().get().opening(outputs, state.style());
        Window owner = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        ExportDialog.ask(owner, current.title(), outputs, opening, screenSize(), state.style().theme()).ifPresent(choices -> {
            state.exportChoicesProperty().set(choices);
            ExportFiles.ask(owner, stem, choices.outputIn(outputs), choices.folder()).ifPresent(file -> {
                Path folder = file.toAbsolutePath().getParent();
                state.exportChoicesProperty().set(choices.withFolder(folder == null ? "" : folder.toString()));
                save(choices, file);
            });
        });
    }

    /**
     * Writes what {@code choices} name to {@code file} (its extension added when missing): the figure drawn
     * in the chosen style, the chosen matrix, or the whole trace. A failure shows its message in an alert
     * and leaves no file behind.
     *
     * @return whether the file was written
     */
    public boolean save(ExportChoices choices, Path file) {
        ExportOutput output = choices.outputIn(outputs());
        Path target = output.withExtension(file);
        Window owner = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        return ExportFiles.reporting(owner, () -> {
            switch (output.kind()) {
                case FIGURE -> FigureExporter.write(figure.apply(choices.style()).orElseThrow(ExportBar::nothingYet),
                        output.figureFormat().orElseThrow(), target, choices.options(screenSize()));
                case CSV -> CsvExporter.write(csv.get(output).get().orElseThrow(ExportBar::nothingYet), target);
                case TRACE_JSON -> TraceJson.write(state.trace().orElseThrow(ExportBar::nothingYet), Map.of(), target);
            }
        });
    }

    private static InputException nothingYet() {
        return new InputException("there is nothing to export yet; type a sentence and wait for the model to read it");
    }
}
