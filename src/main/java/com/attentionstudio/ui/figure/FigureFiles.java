package com.attentionstudio.ui.figure;

import com.attentionstudio.render.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/** Writes a figure as drawn on screen to a file, atomically (temporary file, then move). */
final class FigureFiles {
    /** PNG pixels per canvas pixel: sharp on slides and high-DPI screens. */
    static final double PNG_SCALE = 2.0;

    enum Format {
        SVG("svg", "SVG vector image (*.svg)"),
        PNG("png", "PNG image (*.png)");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        String extension() {
            return extension;
        }

        String description() {
            return description;
        }

        /** The format the file name asks for, else the one of the filter chosen in the dialog, else SVG. */
        static Format of(Path file, FileChooser.ExtensionFilter chosen) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.extension)) {
                    return format;
                }
            }
            for (Format format : values()) {
                if (chosen != null && chosen.getDescription().equals(format.description)) {
                    return format;
                }
            }
            return SVG;
        }
    }

    private FigureFiles() {
    }

    static void write(Figure figure, Format format, Path file, double width, double height) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".export", "." + format.extension());
        try {
            switch (format) {
                case SVG -> {
                    SVGGraphics2D svg = new SVGGraphics2D(width, height);
                    figure.draw(svg, width, height);
                    Files.writeString(temp, svg.getSVGDocument());
                }
                case PNG -> ImageIO.write(ExportBar.render(figure, width, height, PNG_SCALE), "png", temp.toFile());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
