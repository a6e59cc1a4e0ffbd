package com.attentionstudio.export;

import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureFonts;
import com.attentionstudio.render.Size;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A figure as a one-page vector PDF whose page is the figure. Text stays text in the bundled DejaVu
 * Sans, embedded as a subset, so labels can be selected, searched and extracted. No dates and a
 * document id derived from the content, so the same figure gives the same bytes.
 */
final class PdfWriter {
    private PdfWriter() {
    }

    static byte[] bytes(Figure figure, Size size) {
        try (PDDocument document = new PDDocument()) {
            float w = (float) size.width();
            float h = (float) size.height();
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            for (String resource : FigureFonts.resources()) {
                registerFont(document, fonts, resource);
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            figure.draw(g, size.width(), size.height());
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(figure.title());
            document.getDocument().setDocumentID(documentId(figure, size));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the PDF of " + figure.title(), e);
        }
    }

    private static void registerFont(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts, String resource)
            throws IOException {
        Font awt;
        try (InputStream in = FigureFonts.open(resource)) {
            awt = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException(resource + " is not a TrueType font", e);
        }
        try (InputStream in = FigureFonts.open(resource)) {
            // the drawer maps AWT fonts to PDF fonts by font name ("DejaVu Sans", "DejaVu Sans Bold")
            fonts.registerFont(awt.getFontName(), PDType0Font.load(document, in, true));
        }
    }

    /** PDF requires a file identifier; PDFBox would derive one from the clock, so derive it from what is drawn. */
    private static COSArray documentId(Figure figure, Size size) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((figure.title() + "|" + size).getBytes(StandardCharsets.UTF_8));
            byte[] id = java.util.Arrays.copyOf(digest, 16);
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
