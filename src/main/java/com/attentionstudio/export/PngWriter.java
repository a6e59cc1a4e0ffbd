package com.attentionstudio.export;

import com.attentionstudio.core.InputException;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.Size;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** A figure as PNG at a resolution, recorded in the file's pHYs chunk so documents place it at its size. */
final class PngWriter {
    private static final long MAX_PIXELS = 100_000_000L;

    private PngWriter() {
    }

    /**
     * @param size the figure's size in points
     * @param options dpi, or an exact pixel size that the figure is laid out to fill
     */
    static byte[] bytes(Figure figure, Size size, ExportOptions options) {
        double scale = options.dpi() / 72.0;
        int width = options.pixels().map(ExportOptions.PixelSize::width).orElse((int) Math.round(size.width() * scale));
        int height = options.pixels().map(ExportOptions.PixelSize::height).orElse((int) Math.round(size.height() * scale));
        if ((long) width * height > MAX_PIXELS) {
            throw new InputException("a PNG of " + width + " x " + height + " pixels is too large; lower the dpi or the size");
        }
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        figure.draw(g, width / scale, height / scale);
        g.dispose();
        return encode(image, options.dpi());
    }

    private static byte[] encode(BufferedImage image, double dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(new IIOImage(image, null, metadata));
            }
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the PNG writer refused a pHYs chunk", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the PNG", e);
        } finally {
            writer.dispose();
        }
    }
}
