package com.attentionstudio.export;

import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Size;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/** A figure as SVG, sized in points, with text as {@code <text>} so labels can be searched and edited. */
final class SvgWriter {
    /** The bundled face first, then faces with near-identical metrics, so text keeps its measured width. */
    private static final String FONT_FAMILIES = "\"DejaVu Sans\", \"Bitstream Vera Sans\", Verdana, sans-serif";

    private SvgWriter() {
    }

    static byte[] bytes(Figure figure, Size size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height(), SVGUnits.PT);
        // a fixed prefix instead of JFreeSVG's time-based one, so the same figure gives the same file
        g.setDefsKeyPrefix("as");
        g.setFontFunction(family -> family.startsWith("DejaVu Sans") ? FONT_FAMILIES : family);
        figure.draw(g, size.width(), size.height());
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement("attention-studio-figure", true, new ViewBox(0, 0, size.width(), size.height()), null, null)
                + "\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
