package org.wenshu.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Reads the horizontal rules a PDF paints (filled thin rectangles or stroked horizontal lines):
 * page, centre line measured from the top of the page, thickness, extent and colour, all in points.
 */
final class PdfRules {
    /** One rule: {@code y} is the centre line from the top of the page. */
    record Rule(int page, double y, double thickness, double left, double right, int rgb) {
        double width() {
            return right - left;
        }
    }

    static List<Rule> read(PDDocument document) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            PDPage page = document.getPage(p);
            new Collector(page, p + 1, rules).processPage(page);
        }
        return rules;
    }

    private static final class Collector extends PDFGraphicsStreamEngine {
        private final int pageNo;
        private final double height;
        private final List<Rule> rules;
        private final List<Rectangle2D> rectangles = new ArrayList<>();
        private final List<double[]> segments = new ArrayList<>();
        private Point2D current = new Point2D.Double();

        Collector(PDPage page, int pageNo, List<Rule> rules) {
            super(page);
            this.pageNo = pageNo;
            this.height = page.getMediaBox().getHeight();
            this.rules = rules;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            rectangles.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Double(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            segments.add(new double[] {current.getX(), current.getY(), x, y});
            current = new Point2D.Double(x, y);
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            for (Rectangle2D r : rectangles) {
                if (r.getWidth() > 50 && r.getHeight() < 5) {
                    rules.add(new Rule(pageNo, height - r.getCenterY(), r.getHeight(), r.getMinX(), r.getMaxX(), rgb));
                }
            }
            // a rule may also be filled as a closed polygon of four points
            if (segments.size() >= 3) {
                double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (double[] s : segments) {
                    minX = Math.min(minX, Math.min(s[0], s[2]));
                    maxX = Math.max(maxX, Math.max(s[0], s[2]));
                    minY = Math.min(minY, Math.min(s[1], s[3]));
                    maxY = Math.max(maxY, Math.max(s[1], s[3]));
                }
                if (maxX - minX > 50 && maxY - minY < 5) {
                    rules.add(new Rule(pageNo, height - (minY + maxY) / 2, maxY - minY, minX, maxX, rgb));
                }
            }
            endPath();
        }

        @Override
        public void strokePath() throws IOException {
            int rgb = getGraphicsState().getStrokingColor().toRGB();
            double width = getGraphicsState().getLineWidth();
            for (double[] s : segments) {
                if (Math.abs(s[1] - s[3]) < 0.01 && Math.abs(s[2] - s[0]) > 50) {
                    rules.add(new Rule(pageNo, height - s[1], width, Math.min(s[0], s[2]), Math.max(s[0], s[2]), rgb));
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void endPath() {
            rectangles.clear();
            segments.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
            endPath();
        }

        @Override
        public void closePath() {
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Double(x3, y3);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    private PdfRules() {
    }
}
