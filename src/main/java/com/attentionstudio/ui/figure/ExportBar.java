package com.attentionstudio.ui.figure;

import com.attentionstudio.render.Figure;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/**
 * A panel's tool row: Export… (the figure on screen as SVG, PDF or PNG), Copy image, the panel's own
 * controls and a one-line hint. Ids: {@code #<stem>Export}, {@code #<stem>Copy}.
 */
public final class ExportBar {
    /** Clipboard images are drawn at twice the canvas size so they stay sharp when pasted into slides. */
    static final double COPY_SCALE = 2.0;

    private final FigureCanvas canvas;
    private final String stem;
    private final HBox bar = new HBox(8);
    private final HBox controls = new HBox(8);
    private final Label note = new Label();

    public ExportBar(FigureCanvas canvas, String stem) {
        this.canvas = canvas;
        this.stem = stem;
        Button export = new Button("Export…");
        export.setId(stem + "Export");
        export.setTooltip(new Tooltip("Save this figure as SVG, PDF or PNG"));
        export.setOnAction(e -> export());
        Button copy = new Button("Copy image");
        copy.setId(stem + "Copy");
        copy.setTooltip(new Tooltip("Copy this figure to the clipboard, to paste into slides"));
        copy.setOnAction(e -> copyImage());
        export.disableProperty().bind(canvas.figureProperty().isNull());
        copy.disableProperty().bind(canvas.figureProperty().isNull());
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        bar.getChildren().addAll(export, copy, controls, note);
        bar.getStyleClass().add("panel-bar");
    }

    public Node node() {
        return bar;
    }

    public void add(Node... nodes) {
        controls.getChildren().addAll(nodes);
    }

    public void note(String text) {
        note.setText(text);
        note.setTooltip(new Tooltip(text));
    }

    /** The figure drawn into an image at {@code scale} times the canvas size, by the same code as the screen. */
    public static BufferedImage render(Figure figure, double width, double height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            figure.draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void copyImage() {
        Figure figure = canvas.figureProperty().get();
        if (figure == null) {
            return;
        }
        BufferedImage image = render(figure, canvas.getWidth(), canvas.getHeight(), COPY_SCALE);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks for a file and writes the figure in the format its extension names. */
    public void export() {
        Figure figure = canvas.figureProperty().get();
        if (figure == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + figure.title());
        chooser.setInitialFileName(stem + ".svg");
        for (FigureFiles.Format format : FigureFiles.Format.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        }
        File file = chooser.showSaveDialog(canvas.getScene() == null ? null : canvas.getScene().getWindow());
        if (file != null) {
            save(figure, file.toPath(), FigureFiles.Format.of(file.toPath(), chooser.getSelectedExtensionFilter()));
        }
    }

    private void save(Figure figure, Path file, FigureFiles.Format format) {
        try {
            FigureFiles.write(figure, format, file, canvas.getWidth(), canvas.getHeight());
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage());
            alert.setHeaderText("Export failed");
            alert.showAndWait();
        }
    }
}
