package org.mlplayground.ui.playground;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.ui.shared.Palette;


/**
 * A small picture of a generator's pattern for the data panel: its points without noise, coloured
 * by class (or by target value for regression), drawn once.
 */
final class DatasetThumbnail {

    /** Points drawn per thumbnail. */
    private static final int POINTS = 240;

    private DatasetThumbnail() {
    }

    /** A {@code size} x {@code size} canvas showing {@code generator}'s points (seed 1, no noise). */
    static Canvas of(Generators generator, double size) {
        Canvas canvas = new Canvas(size, size);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, size, size);
        Dataset2D data = generator.generate(POINTS, 0, 1);
        double min = 0;
        double max = 1;
        if (!data.isClassification()) {
            min = java.util.Arrays.stream(data.targets()).min().orElse(0);
            max = java.util.Arrays.stream(data.targets()).max().orElse(1);
        }
        double dot = Math.max(2, size / 22);
        for (int i = 0; i < data.size(); i++) {
            double[] p = data.points()[i];
            // the plane [-EXTENT, EXTENT]^2 onto the canvas, x2 up
            double x = (p[0] + Generators.EXTENT) / (2 * Generators.EXTENT) * size;
            double y = (Generators.EXTENT - p[1]) / (2 * Generators.EXTENT) * size;
            g.setFill(data.isClassification() ? Palette.classColor(data.labels()[i])
                    : Palette.divergingColor((data.targets()[i] - min) / Math.max(1e-12, max - min)));
            g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
        }
        g.setStroke(Color.web("#9aa5b1"));
        g.strokeRect(0.5, 0.5, size - 1, size - 1);
        return canvas;
    }
}
