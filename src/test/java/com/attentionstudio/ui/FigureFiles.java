package com.attentionstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.attentionstudio.export.ExportOptions;
import com.attentionstudio.export.FigureExporter;
import com.attentionstudio.export.Format;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Size;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reading exported figures back in tests: an SVG's text as a reader sees it, and whether two figures draw alike. */
public final class FigureFiles {
    private static final ExportOptions SAME_SIZE = ExportOptions.defaults().withSize(new Size(640, 400));

    private FigureFiles() {
    }

    /** Every {@code <text>} of the SVG, entities resolved, one per line. */
    public static String svgText(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var texts = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getElementsByTagName("text");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < texts.getLength(); i++) {
                out.append(texts.item(i).getTextContent()).append('\n');
            }
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("the SVG does not parse", e);
        }
    }

    /** Asserts that the two figures draw the very same SVG at one size: the same data, selection, window and style. */
    public static void assertSameDrawing(Figure actual, Figure expected) {
        assertThat(new String(FigureExporter.bytes(actual, Format.SVG, SAME_SIZE)))
                .isEqualTo(new String(FigureExporter.bytes(expected, Format.SVG, SAME_SIZE)));
    }
}
