package org.mlplayground.ui.shared;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.ui.shared.Palette;

/**
 * One matrix of the lecture drawn as heat-coloured cells (blue negative, white 0, orange
 * positive, scaled by the largest |entry|) under its name and shape, e.g. "W[2]  3 x 5". Small
 * matrices show every number in its cell (a label whose user data is the exact value); larger
 * ones are a heatmap that shows the entry under the mouse.
 */
public final class MatrixView {

    /** Matrices with at most this many cells show their numbers. */
    public static final int NUMBERS_UP_TO = 64;
    private static final double CELL = 46;
    private static final double SMALL_CELL = 7;

    private MatrixView() {
    }

    /** The node for {@code m} named {@code name} (with an optional one-line {@code note} below the shape). */
    public static Node of(String name, DMatrixRMaj m, String note) {
        Label title = new Label(name + "   " + m.numRows + " x " + m.numCols);
        title.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(3, title);
        box.setId("matrix-" + name.replace(' ', '-'));
        box.setUserData(m);
        if (note != null && !note.isEmpty()) {
            Label n = new Label(note);
            n.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #555;");
            box.getChildren().add(n);
        }
        double scale = maxAbs(m);
        // cells grow with the text (presentation mode)
        javafx.beans.value.ObservableDoubleValue k = TextScale.of(box);
        box.getChildren().add(m.getNumElements() <= NUMBERS_UP_TO ? numbers(m, scale, k) : heatmap(m, scale, k));
        box.setPadding(new Insets(4));
        return box;
    }

    private static GridPane numbers(DMatrixRMaj m, double scale, javafx.beans.value.ObservableDoubleValue k) {
        GridPane grid = new GridPane();
        grid.setHgap(1);
        grid.setVgap(1);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                double v = m.get(i, j);
                Label cell = new Label(format(v));
                cell.getStyleClass().add("matrix-cell");
                cell.setUserData(v);
                cell.minWidthProperty().bind(javafx.beans.binding.Bindings.multiply(k, CELL));
                cell.minHeightProperty().bind(javafx.beans.binding.Bindings.multiply(k, 20));
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setFillWidth(cell, true);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle("-fx-font-size: 0.8em; -fx-background-color: " + web(color(v, scale)) + ";");
                grid.add(cell, j, i);
            }
        }
        return grid;
    }

    private static Canvas heatmap(DMatrixRMaj m, double scale, javafx.beans.value.ObservableDoubleValue k) {
        double cell = Math.max(2, Math.min(SMALL_CELL, 700.0 / Math.max(1, m.numCols)));
        Canvas canvas = new Canvas();
        Runnable paint = () -> {
            GraphicsContext g = TextScale.fit(canvas, m.numCols * cell, m.numRows * cell, k.get());
            for (int i = 0; i < m.numRows; i++) {
                for (int j = 0; j < m.numCols; j++) {
                    g.setFill(color(m.get(i, j), scale));
                    g.fillRect(j * cell, i * cell, cell, cell);
                }
            }
        };
        paint.run();
        k.addListener(o -> paint.run());
        Tooltip tip = new Tooltip();
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> {
            int i = (int) (e.getY() / (cell * k.get()));
            int j = (int) (e.getX() / (cell * k.get()));
            if (i >= 0 && i < m.numRows && j >= 0 && j < m.numCols) {
                tip.setText("(" + (i + 1) + ", " + (j + 1) + ") = " + format(m.get(i, j)));
            }
        });
        return canvas;
    }

    /** Four significant digits, as the engine's formulas print them. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? "%.4g" : "%.2e", v);
        return s.contains("e") ? s : s.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static double maxAbs(DMatrixRMaj m) {
        double s = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            if (Double.isFinite(m.data[i])) {
                s = Math.max(s, Math.abs(m.data[i]));
            }
        }
        return s;
    }

    private static Color color(double v, double scale) {
        double t = scale == 0 || !Double.isFinite(v) ? 0.5 : 0.5 + 0.5 * v / scale;
        return Palette.divergingColor(t).interpolate(Color.WHITE, 0.25);
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
