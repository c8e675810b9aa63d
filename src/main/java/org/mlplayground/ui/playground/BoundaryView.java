package org.mlplayground.ui.playground;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.shared.Palette;


/**
 * The decision boundary: the network's output over the plane as a heatmap (two classes: the
 * probability of class 1 on a blue-white-orange scale; more classes: the predicted class, paler
 * where less sure; regression: the predicted value), with the training points (filled) and the
 * test points (rings), axes and a legend. It only draws; the heatmap's image is reused from frame
 * to frame.
 */
public final class BoundaryView {

    /** The margins and the legend's width at text size 13; they grow with the text. */
    private static final double MARGIN_LEFT = 44;
    private static final double MARGIN_BOTTOM = 40;
    private static final double MARGIN_TOP = 12;
    private static final double LEGEND = 76;
    private static final double BASE_FONT = 13;

    private final Canvas canvas;
    private Dataset2D train;
    private Dataset2D test;
    private final javafx.beans.property.ObjectProperty<DataSettings.Names> names =
            new javafx.beans.property.SimpleObjectProperty<>(DataSettings.Names.PLANE);
    private final BooleanProperty showTest = new SimpleBooleanProperty(true);
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    private final javafx.beans.property.DoubleProperty fontSize = new javafx.beans.property.SimpleDoubleProperty(BASE_FONT);
    private final javafx.beans.property.DoubleProperty plotSide = new javafx.beans.property.SimpleDoubleProperty(Double.NaN);
    /** The regression colour scale's ends: the training targets' range. */
    private double low = 0;
    private double high = 1;
    private WritableImage image;
    private int[] pixels;
    private TrainingSnapshot last;

    /** A view of {@code snapshots} over a canvas of the given size, with the data's points on top. */
    public BoundaryView(ObservableValue<TrainingSnapshot> snapshots, Dataset2D train, Dataset2D test, double width,
                        double height) {
        this(snapshots, new javafx.beans.property.SimpleObjectProperty<>(train),
                new javafx.beans.property.SimpleObjectProperty<>(test), width, height);
    }

    /** As above, following data that changes (a regenerated dataset). */
    public BoundaryView(ObservableValue<TrainingSnapshot> snapshots, ObservableValue<Dataset2D> train,
                        ObservableValue<Dataset2D> test, double width, double height) {
        this.canvas = new Canvas(width, height);
        this.canvas.setId("boundary");
        this.train = train.getValue();
        targetRange();
        this.test = test.getValue();
        train.addListener((o, old, d) -> {
            this.train = d;
            targetRange();
            draw(last);
        });
        test.addListener((o, old, d) -> {
            this.test = d;
            draw(last);
        });
        snapshots.addListener((o, old, s) -> draw(s));
        showTest.addListener(o -> draw(last));
        names.addListener(o -> draw(last));
        discretize.addListener(o -> draw(last));
        fontSize.addListener(o -> fit());
        plotSide.addListener(o -> fit());
        canvas.setUserData(this);
        canvas.widthProperty().addListener(o -> draw(last));
        canvas.heightProperty().addListener(o -> draw(last));
        draw(snapshots.getValue());
    }

    /** The node to place in a layout. */
    public Canvas node() {
        return canvas;
    }

    /**
     * The point of the plane under canvas position (x, y), or null outside the plot square (for a
     * click that adds a point).
     */
    public double[] toPlane(double x, double y) {
        double side = side();
        double u = (x - marginLeft()) / side;
        double v = (y - MARGIN_TOP) / side;
        if (u < 0 || u > 1 || v < 0 || v > 1) {
            return null;
        }
        PlaneOutputs plane = last == null ? null : last.plane();
        double xMin = plane != null ? plane.grid().xMin() : -6;
        double xMax = plane != null ? plane.grid().xMax() : 6;
        double yMin = plane != null ? plane.grid().yMin() : -6;
        double yMax = plane != null ? plane.grid().yMax() : 6;
        return new double[] {xMin + u * (xMax - xMin), yMax - v * (yMax - yMin)};
    }

    /** What the axes and the classes are called (a loaded table's columns and labels). */
    public javafx.beans.property.ObjectProperty<DataSettings.Names> namesProperty() {
        return names;
    }

    /** Whether test points are drawn. */
    public BooleanProperty showTestProperty() {
        return showTest;
    }

    /** The size of the axes' and legend's text (13 by default; larger for a projector). */
    public javafx.beans.property.DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /**
     * The plot square's side in pixels the canvas is sized for (its margins and legend added, so
     * larger text never shrinks the plot); NaN leaves the canvas at its given size.
     */
    public javafx.beans.property.DoubleProperty plotSideProperty() {
        return plotSide;
    }

    /** The side of the plot square as drawn, in the canvas's pixels. */
    public double plotSide() {
        return side();
    }

    private void fit() {
        double s = plotSide.get();
        if (s > 0) {
            canvas.setWidth(Math.ceil(s + marginLeft() + LEGEND * scale()));
            canvas.setHeight(Math.ceil(s + MARGIN_TOP + MARGIN_BOTTOM * scale()));
        }
        draw(last);
    }

    private double scale() {
        return fontSize.get() / BASE_FONT;
    }

    private double marginLeft() {
        return MARGIN_LEFT * scale();
    }

    /** The plot square's side: what the margins and the legend leave. */
    private double side() {
        return Math.min(canvas.getWidth() - marginLeft() - LEGEND * scale(),
                canvas.getHeight() - MARGIN_TOP - MARGIN_BOTTOM * scale());
    }

    /** Whether the heatmap shows only the predicted class (no shades). */
    public BooleanProperty discretizeProperty() {
        return discretize;
    }

    private void draw(TrainingSnapshot s) {
        last = s;
        if (train == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#f4f4f4"));
        g.fillRect(0, 0, w, h);
        double side = side();
        double x0 = marginLeft();
        double y0 = MARGIN_TOP;
        PlaneOutputs plane = s == null ? null : s.plane();
        if (plane != null) {
            paintHeatmap(plane);
            g.setImageSmoothing(!discretize.get());
            g.drawImage(image, x0, y0, side, side);
        } else {
            g.setFill(Color.WHITE);
            g.fillRect(x0, y0, side, side);
        }
        PlaneGrid grid = plane != null ? plane.grid() : null;
        double xMin = grid != null ? grid.xMin() : -6;
        double xMax = grid != null ? grid.xMax() : 6;
        double yMin = grid != null ? grid.yMin() : -6;
        double yMax = grid != null ? grid.yMax() : 6;
        drawPoints(g, train, false, x0, y0, side, xMin, xMax, yMin, yMax);
        if (showTest.get() && test != null) {
            drawPoints(g, test, true, x0, y0, side, xMin, xMax, yMin, yMax);
        }
        BoundaryAxes.draw(g, x0, y0, side, new double[] {xMin, xMax, yMin, yMax}, fontSize.get(),
                names.get().axes().get(0), names.get().axes().get(1));
        drawLegend(g, x0 + side + 18 * scale(), y0, side, plane);
    }

    private void paintHeatmap(PlaneOutputs plane) {
        int res = plane.grid().resolution();
        if (image == null || (int) image.getWidth() != res) {
            image = new WritableImage(res, res);
            pixels = new int[res * res];
        }
        float[][] out = plane.output();
        boolean sharp = discretize.get();
        if (train.isClassification() && out.length == 1) {
            float[] p = out[0];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = NeuronPictures.diverging(sharp ? (p[i] > 0.5f ? 1 : 0) : p[i]);
            }
        } else if (train.isClassification()) {
            int k = out.length;
            for (int i = 0; i < pixels.length; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[c][i] > out[best][i]) {
                        best = c;
                    }
                }
                pixels[i] = Palette.confident(best, sharp ? 1 : out[best][i], k);
            }
        } else {
            for (int i = 0; i < pixels.length; i++) {
                double t = unit(out[0][i]);
                pixels[i] = Palette.diverging(sharp ? (t > 0.5 ? 1 : 0) : t);
            }
        }
        image.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), pixels, 0, res);
    }

    /** The regression colour scale's ends: the training targets' smallest and largest value (once per dataset). */
    private void targetRange() {
        if (train != null && !train.isClassification()) {
            low = java.util.Arrays.stream(train.targets()).min().orElse(0);
            high = java.util.Arrays.stream(train.targets()).max().orElse(1);
            if (!(high > low)) {
                high = low + 1;
            }
        }
    }

    /** A regression value on the colour scale [0, 1]: the training targets' range. */
    private double unit(double v) {
        return (v - low) / (high - low);
    }

    private void drawPoints(GraphicsContext g, Dataset2D data, boolean rings, double x0, double y0, double side,
                                   double xMin, double xMax, double yMin, double yMax) {
        double r = 4.5 * Math.sqrt(scale());
        for (int i = 0; i < data.size(); i++) {
            double px = x0 + (data.points()[i][0] - xMin) / (xMax - xMin) * side;
            double py = y0 + (yMax - data.points()[i][1]) / (yMax - yMin) * side;
            if (px < x0 || px > x0 + side || py < y0 || py > y0 + side) {
                continue;
            }
            Color c = data.isClassification() ? Palette.classColor(data.labels()[i])
                    : Palette.divergingColor(unit(data.targets()[i]));
            if (rings) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2.5);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(c);
                g.setLineWidth(1.5);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                g.setFill(c);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(data.isClassification() ? Color.WHITE : Color.gray(0.25));
                g.setLineWidth(1.2);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }

    /** The colour bar's gradient, made once (the toolkit makes its own paint per gradient object). */
    private static final LinearGradient COLOUR_BAR = new LinearGradient(0, 1, 0, 0, true, CycleMethod.NO_CYCLE,
            new Stop(0, Palette.LOW), new Stop(0.5, Color.WHITE), new Stop(1, Palette.HIGH));
    private void drawLegend(GraphicsContext g, double x, double y, double side, PlaneOutputs plane) {
        double f = scale();
        g.setFont(Font.font(fontSize.get()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.gray(0.2));
        int k = plane == null ? 2 : plane.output().length;
        if (!train.isClassification() || k == 1) {
            // the colour bar leaves room below it for the train and test marks (a small plot, large text)
            double h = Math.max(20 * f, Math.min(side * 0.6, side - 100 * f));
            g.setFill(COLOUR_BAR);
            double top = y + 20 * f;
            g.fillRect(x, top, 16 * f, h);
            g.setStroke(Color.gray(0.4));
            g.strokeRect(x, top, 16 * f, h);
            g.setFill(Color.gray(0.2));
            boolean classes = train.isClassification();
            g.fillText(classes ? "1" : BoundaryAxes.number(high), x + 22 * f, top);
            if (h >= 3.2 * fontSize.get()) { // the middle label only where it clears the two ends
                g.fillText(classes ? "0.5" : BoundaryAxes.number((low + high) / 2), x + 22 * f, top + h / 2);
            }
            g.fillText(classes ? "0" : BoundaryAxes.number(low), x + 22 * f, top + h);
            g.fillText(classes ? "p(" + names.get().className(1) + ")" : "y", x, y + 6 * f);
        } else {
            g.fillText("class", x, y + 6 * f);
            for (int c = 0; c < k; c++) {
                g.setFill(Palette.classColor(c));
                g.fillRect(x, y + (24 + 24 * c) * f, 16 * f, 16 * f);
                g.setFill(Color.gray(0.2));
                g.fillText(names.get().className(c), x + 24 * f, y + (32 + 24 * c) * f);
            }
        }
        if (train.isClassification()) {
            double ly = y + side - 40 * f;
            double d = 10 * f;
            g.setFill(Color.gray(0.4));
            g.fillOval(x, ly - d / 2, d, d);
            g.setFill(Color.gray(0.2));
            g.fillText("train", x + 16 * f, ly);
            if (showTest.get()) {
                g.setStroke(Color.gray(0.2));
                g.setLineWidth(2);
                g.strokeOval(x, ly + 20 * f - d / 2, d, d);
                g.fillText("test", x + 16 * f, ly + 20 * f);
            }
        }
    }
}
