package org.mlplayground.ui.sweep;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.ui.shared.Palette;

/**
 * A small picture of one network's decision boundary over the plane, with the training points
 * (filled) and test points (rings), in the playground's colours. Draws only.
 */
final class BoundaryThumbnail extends Canvas {

    BoundaryThumbnail(double side, PlaneOutputs plane, Dataset2D train, Dataset2D test) {
        super(side, side);
        GraphicsContext g = getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.drawImage(image(plane, train), 0, 0, side, side);
        PlaneGrid grid = plane.grid();
        points(g, train, false, grid, train, side);
        if (test != null) {
            points(g, test, true, grid, train, side);
        }
    }

    private static WritableImage image(PlaneOutputs plane, Dataset2D train) {
        int res = plane.grid().resolution();
        float[][] out = plane.output();
        int[] pixels = new int[res * res];
        double[] range = range(train);
        for (int i = 0; i < pixels.length; i++) {
            if (!train.isClassification()) {
                pixels[i] = Palette.diverging((out[0][i] - range[0]) / (range[1] - range[0]));
            } else if (out.length == 1) {
                pixels[i] = Palette.diverging(out[0][i]);
            } else {
                int best = 0;
                for (int c = 1; c < out.length; c++) {
                    if (out[c][i] > out[best][i]) {
                        best = c;
                    }
                }
                pixels[i] = Palette.confident(best, out[best][i], out.length);
            }
        }
        WritableImage image = new WritableImage(res, res);
        image.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), pixels, 0, res);
        return image;
    }

    /** The regression colour scale's ends: the training targets' range ({0, 1} for classes). */
    private static double[] range(Dataset2D train) {
        if (train.isClassification()) {
            return new double[] {0, 1};
        }
        double lo = java.util.Arrays.stream(train.targets()).min().orElse(0);
        double hi = java.util.Arrays.stream(train.targets()).max().orElse(1);
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    private static void points(GraphicsContext g, Dataset2D data, boolean rings, PlaneGrid grid, Dataset2D train,
                               double side) {
        double[] range = range(train);
        double r = side < 150 ? 2 : 3;
        for (int i = 0; i < data.size(); i++) {
            double px = (data.points()[i][0] - grid.xMin()) / (grid.xMax() - grid.xMin()) * side;
            double py = (grid.yMax() - data.points()[i][1]) / (grid.yMax() - grid.yMin()) * side;
            Color c = data.isClassification() ? Palette.classColor(data.labels()[i])
                    : Palette.divergingColor((data.targets()[i] - range[0]) / (range[1] - range[0]));
            if (rings) {
                g.setStroke(c);
                g.setLineWidth(1.2);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                g.setFill(c);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(0.5);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }
}
