package com.attentionstudio.render;

import com.attentionstudio.core.analysis.PositionTables;
import com.attentionstudio.core.model.Transformer;
import com.attentionstudio.core.trace.AttentionKind;
import com.attentionstudio.core.trace.ForwardTrace;
import com.attentionstudio.core.trace.Selection;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;

/**
 * Renders every figure to PNG under /tmp/gallery (or the first argument), in the light screen style and
 * the print style, to look at them; and times a 1024-token heatmap. Not a test: run it by hand.
 */
public final class FigureGallery {
    private FigureGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/gallery");
        Files.createDirectories(out);
        Transformer model = TestTraces.decoderOnlyModel();
        ForwardTrace gpt = TestTraces.decoderOnly();
        ForwardTrace bart = TestTraces.encoderDecoder();
        Selection sel = new Selection(AttentionKind.DECODER_SELF, 1, 2, OptionalInt.of(8), 4);
        Selection cross = new Selection(AttentionKind.CROSS, 1, 0, OptionalInt.of(2), 0);
        ForwardTrace reordered = model.forward(TestTraces.sequence(List.of("pizza", "eats", "Squatch")));
        ForwardTrace ordered = model.forward(TestTraces.sequence(List.of("Squatch", "eats", "pizza")));
        for (FigureStyle style : List.of(FigureStyle.of(Preset.SCREEN),
                FigureStyle.of(Preset.SLIDE_16x9).withTheme(Theme.PRINT).withCaption("Figure 1. Where 'it' looks."))) {
            String s = "-" + style.theme().name().toLowerCase() + ".png";
            render(new HeatmapFigure(gpt, sel, style), out.resolve("heatmap" + s));
            render(new HeadGridFigure(gpt, sel, style), out.resolve("grid" + s));
            render(new LineFigure(gpt, sel, style, List.of(0, 2, 3), Optional.empty()), out.resolve("lines" + s));
            render(new LineFigure(gpt, sel.withQuery(OptionalInt.empty()), style, List.of(2), Optional.empty()),
                    out.resolve("lines-all" + s));
            render(new EmbeddingFigure(gpt, sel, style, new EmbeddingFigure.Options(EmbeddingFigure.Source.TOKEN_EMBEDDINGS, 0,
                    Optional.of(TestTraces.vocabulary(model)), 2)), out.resolve("embedding" + s));
            render(new PositionalFigure(gpt, sel, style, new PositionalFigure.Options(PositionalFigure.Mode.CURVES,
                    Optional.of(PositionTables.sinusoidal(64, 16)), 40, List.of(), Optional.empty())), out.resolve("positional-curves" + s));
            render(new PositionalFigure(gpt, sel, style, new PositionalFigure.Options(PositionalFigure.Mode.HEATMAP,
                    Optional.of(TestTraces.positionTable(model)), 24, List.of(), Optional.empty())), out.resolve("positional-heatmap" + s));
            render(new PositionalFigure(gpt, sel, style, PositionalFigure.Options.of(PositionalFigure.Mode.SIMILARITY)),
                    out.resolve("positional-similarity" + s));
            render(new PositionalFigure(ordered, sel, style, new PositionalFigure.Options(PositionalFigure.Mode.WORD_ORDERS,
                    Optional.empty(), 64, List.of(), Optional.of(reordered))), out.resolve("positional-orders" + s));
            render(new HeatmapFigure(bart, cross, style), out.resolve("cross" + s));
            for (int step = 0; step < StepFigure.stepCount(gpt, sel); step++) {
                render(new StepFigure(gpt, sel.withStep(step), style), out.resolve("step" + step + s));
            }
            render(new StepFigure(bart, cross.withStep(1), style), out.resolve("step-cross" + s));
            render(new DecoderFigure(bart, cross, style, 0.7), out.resolve("decoder" + s));
            render(new DecoderFigure(gpt, sel, style), out.resolve("decoder-gpt" + s));
        }
        render(new HeatmapFigure(TestTraces.longDecoderOnly(512), Selection.first(AttentionKind.DECODER_SELF),
                FigureStyle.of(Preset.SCREEN)), out.resolve("heatmap-512.png"));
        timeLongHeatmap();
    }

    private static void timeLongHeatmap() {
        ForwardTrace trace = TestTraces.longDecoderOnly(1024);
        HeatmapFigure figure = new HeatmapFigure(trace, Selection.first(AttentionKind.DECODER_SELF), FigureStyle.of(Preset.SCREEN));
        BufferedImage image = new BufferedImage(1000, 680, BufferedImage.TYPE_INT_ARGB);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 8; run++) {
            Graphics2D g = image.createGraphics();
            long start = System.nanoTime();
            figure.draw(g, 1000, 680);
            best = Math.min(best, System.nanoTime() - start);
            g.dispose();
        }
        System.out.printf("1024-token heatmap, 1000 x 680 BufferedImage: best of 8 draws %.1f ms%n", best / 1e6);
    }

    static void render(Figure figure, Path file) throws IOException {
        Size size = figure.preferredSize();
        BufferedImage image = new BufferedImage((int) size.width(), (int) size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        figure.draw(g, size.width(), size.height());
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
