package com.attentionstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import com.attentionstudio.render.Figure;
import com.attentionstudio.render.FigureStyle;
import com.attentionstudio.render.HeatmapFigure;
import com.attentionstudio.render.Preset;
import com.attentionstudio.render.StepFigure;
import com.attentionstudio.render.TestTraces;
import com.attentionstudio.render.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FigureExporterTest {
    private final ForwardTrace trace = TestTraces.decoderOnly();
    private final Selection selection = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.of(8), 3);
    private final FigureStyle slide = FigureStyle.of(Preset.SLIDE_16x9).withTheme(Theme.PRINT).withCaption("Where 'it' looks.");

    @TempDir
    Path folder;

    @Test
    void svgParsesAndHoldsTheTitleAndEveryTokenLabelAsText() throws Exception {
        Figure figure = new HeatmapFigure(trace, selection, slide);
        Path out = folder.resolve("heatmap.svg");
        FigureExporter.write(figure, Format.SVG, out, ExportOptions.defaults());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(out.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isIn("960pt", "960.0pt");
        assertThat(svg.getDocumentElement().getAttribute("viewBox").split(" ")).extracting(Double::parseDouble).containsExactly(0.0, 0.0, 960.0, 540.0);
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains(figure.title(), "Where 'it' looks.");
        assertThat(texts).containsAll(TestTraces.SENTENCE);
        assertThat(Files.readString(out)).contains("DejaVu Sans");
    }

    @Test
    void pdfOpensWithThePresetPageAndTheLabelsAsText() throws IOException {
        Figure figure = new HeatmapFigure(trace, selection, FigureStyle.of(Preset.A4_COLUMN));
        Path out = folder.resolve("heatmap.pdf");
        FigureExporter.write(figure, Format.PDF, out, ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat((double) page.getWidth()).isCloseTo(244, within(0.01));
            assertThat((double) page.getHeight()).isCloseTo(300, within(0.01));
            String text = new PDFTextStripper().getText(pdf);
            for (String token : TestTraces.SENTENCE) {
                assertThat(text).contains(token);
            }
            assertThat(text).contains("masked").contains("Pinned query");
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
        }
    }

    @Test
    void stepFigurePdfKeepsItsNumbersAsText() throws IOException {
        Figure figure = new StepFigure(trace, selection.withStep(5), slide);
        byte[] pdf = FigureExporter.bytes(figure, Format.PDF, ExportOptions.defaults());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("softmax").contains("weights a");
        }
    }

    @Test
    void pngHasTheAskedPixelSizeAndRecordsItsDpi() throws IOException {
        Figure figure = new HeatmapFigure(trace, selection, FigureStyle.of(Preset.SQUARE));
        byte[] atDpi = FigureExporter.bytes(figure, Format.PNG, ExportOptions.defaults().withDpi(300));
        assertThat(ImageIO.read(new ByteArrayInputStream(atDpi)).getWidth()).isEqualTo(2500);
        assertThat(pixelsPerMetre(atDpi)).isEqualTo(Math.round(300 / 0.0254));
        Path out = folder.resolve("exact.png");
        FigureExporter.write(figure, Format.PNG, out, ExportOptions.defaults().withPixels(1280, 720));
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void theSameFigureExportsToTheSameBytesEveryTime() {
        for (Format format : Format.values()) {
            byte[] first = FigureExporter.bytes(new HeatmapFigure(trace, selection, slide), format, ExportOptions.defaults());
            byte[] second = FigureExporter.bytes(new HeatmapFigure(TestTraces.decoderOnly(), selection, slide), format,
                    ExportOptions.defaults());
            assertThat(second).as(format.name()).isEqualTo(first);
        }
        byte[] step = FigureExporter.bytes(new StepFigure(trace, selection, slide), Format.PDF, ExportOptions.defaults());
        assertThat(FigureExporter.bytes(new StepFigure(trace, selection, slide), Format.PDF, ExportOptions.defaults())).isEqualTo(step);
    }

    private static long pixelsPerMetre(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            reader.dispose();
            return Long.parseLong(physical.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
