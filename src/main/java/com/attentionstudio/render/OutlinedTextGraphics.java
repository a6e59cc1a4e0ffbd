package com.attentionstudio.render;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that passes everything to another one, except text, which it fills as glyph outlines.
 * JLaTeXMath draws formulas with its own fonts (jlm_cmmi10 …) that an SVG viewer, a PDF without them
 * embedded, or a JavaFX canvas do not have; as outlines the formula looks the same on every target.
 */
final class OutlinedTextGraphics extends Graphics2D {
    private final Graphics2D target;

    OutlinedTextGraphics(Graphics2D target) {
        this.target = target;
    }

    @Override
    public void drawString(String s, float x, float y) {
        target.fill(getFont().createGlyphVector(getFontRenderContext(), s).getOutline(x, y));
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator text, float x, float y) {
        target.fill(new TextLayout(text, getFontRenderContext()).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    @Override
    public void drawString(AttributedCharacterIterator text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        target.fill(glyphs.getOutline(x, y));
    }

    @Override
    public Graphics create() {
        return new OutlinedTextGraphics((Graphics2D) target.create());
    }

    // everything else goes to the target unchanged
    @Override public void addRenderingHints(Map<?, ?> a0) { target.addRenderingHints(a0); }
    @Override public void clearRect(int a0, int a1, int a2, int a3) { target.clearRect(a0, a1, a2, a3); }
    @Override public void clip(Shape a0) { target.clip(a0); }
    @Override public void clipRect(int a0, int a1, int a2, int a3) { target.clipRect(a0, a1, a2, a3); }
    @Override public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        target.copyArea(a0, a1, a2, a3, a4, a5);
    }
    @Override public void dispose() { target.dispose(); }
    @Override public void draw(Shape a0) { target.draw(a0); }
    @Override public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) { target.drawArc(a0, a1, a2, a3, a4, a5); }
    @Override public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2) {
        return target.drawImage(a0, a1, a2);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4) {
        return target.drawImage(a0, a1, a2, a3, a4);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6) {
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, Color a9, ImageObserver a10) {
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, ImageObserver a9) {
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5) {
        return target.drawImage(a0, a1, a2, a3, a4, a5);
    }
    @Override public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3) {
        return target.drawImage(a0, a1, a2, a3);
    }
    @Override public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3) {
        target.drawImage(a0, a1, a2, a3);
    }
    @Override public void drawLine(int a0, int a1, int a2, int a3) { target.drawLine(a0, a1, a2, a3); }
    @Override public void drawOval(int a0, int a1, int a2, int a3) { target.drawOval(a0, a1, a2, a3); }
    @Override public void drawPolygon(int[] a0, int[] a1, int a2) { target.drawPolygon(a0, a1, a2); }
    @Override public void drawPolyline(int[] a0, int[] a1, int a2) { target.drawPolyline(a0, a1, a2); }
    @Override public void drawRenderableImage(RenderableImage a0, AffineTransform a1) { target.drawRenderableImage(a0, a1); }
    @Override public void drawRenderedImage(RenderedImage a0, AffineTransform a1) { target.drawRenderedImage(a0, a1); }
    @Override public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        target.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }
    @Override public void fill(Shape a0) { target.fill(a0); }
    @Override public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) { target.fillArc(a0, a1, a2, a3, a4, a5); }
    @Override public void fillOval(int a0, int a1, int a2, int a3) { target.fillOval(a0, a1, a2, a3); }
    @Override public void fillPolygon(int[] a0, int[] a1, int a2) { target.fillPolygon(a0, a1, a2); }
    @Override public void fillRect(int a0, int a1, int a2, int a3) { target.fillRect(a0, a1, a2, a3); }
    @Override public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        target.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }
    @Override public Color getBackground() { return target.getBackground(); }
    @Override public Shape getClip() { return target.getClip(); }
    @Override public Rectangle getClipBounds() { return target.getClipBounds(); }
    @Override public Color getColor() { return target.getColor(); }
    @Override public Composite getComposite() { return target.getComposite(); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return target.getDeviceConfiguration(); }
    @Override public Font getFont() { return target.getFont(); }
    @Override public FontMetrics getFontMetrics(Font a0) { return target.getFontMetrics(a0); }
    @Override public FontRenderContext getFontRenderContext() { return target.getFontRenderContext(); }
    @Override public Paint getPaint() { return target.getPaint(); }
    @Override public Object getRenderingHint(RenderingHints.Key a0) { return target.getRenderingHint(a0); }
    @Override public RenderingHints getRenderingHints() { return target.getRenderingHints(); }
    @Override public Stroke getStroke() { return target.getStroke(); }
    @Override public AffineTransform getTransform() { return target.getTransform(); }
    @Override public boolean hit(Rectangle a0, Shape a1, boolean a2) { return target.hit(a0, a1, a2); }
    @Override public void rotate(double a0, double a1, double a2) { target.rotate(a0, a1, a2); }
    @Override public void rotate(double a0) { target.rotate(a0); }
    @Override public void scale(double a0, double a1) { target.scale(a0, a1); }
    @Override public void setBackground(Color a0) { target.setBackground(a0); }
    @Override public void setClip(int a0, int a1, int a2, int a3) { target.setClip(a0, a1, a2, a3); }
    @Override public void setClip(Shape a0) { target.setClip(a0); }
    @Override public void setColor(Color a0) { target.setColor(a0); }
    @Override public void setComposite(Composite a0) { target.setComposite(a0); }
    @Override public void setFont(Font a0) { target.setFont(a0); }
    @Override public void setPaint(Paint a0) { target.setPaint(a0); }
    @Override public void setPaintMode() { target.setPaintMode(); }
    @Override public void setRenderingHint(RenderingHints.Key a0, Object a1) { target.setRenderingHint(a0, a1); }
    @Override public void setRenderingHints(Map<?, ?> a0) { target.setRenderingHints(a0); }
    @Override public void setStroke(Stroke a0) { target.setStroke(a0); }
    @Override public void setTransform(AffineTransform a0) { target.setTransform(a0); }
    @Override public void setXORMode(Color a0) { target.setXORMode(a0); }
    @Override public void shear(double a0, double a1) { target.shear(a0, a1); }
    @Override public void transform(AffineTransform a0) { target.transform(a0); }
    @Override public void translate(double a0, double a1) { target.translate(a0, a1); }
    @Override public void translate(int a0, int a1) { target.translate(a0, a1); }
}
