package org.mlplayground.ui.digits;

import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mlplayground.metrics.ConfusionMatrix;

/**
 * The confusion matrix as a heatmap with counts: rows are the true class, columns the predicted
 * one; a cell's shade is its share of its row (the diagonal is recall). Clicking a cell asks
 * for the digits in it.
 */
final class ConfusionMatrixView {

    static final double CELL = 30;
    static final double LEFT = 56;
    static final double TOP = 44;

    private static final double WIDTH = LEFT + 10 * CELL + 8;
    private static final double HEIGHT = TOP + 10 * CELL + 8;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private ConfusionMatrix matrix;
    /** Drawn this many times larger (presentation mode); the layout's units stay the same. */
    private double scale = 1;

    /** {@code onCell} gets (true class, predicted class) of a clicked cell. */
    ConfusionMatrixView(BiConsumer<Integer, Integer> onCell) {
        canvas.setId("confusion-matrix");
        canvas.setOnMouseClicked(e -> {
            int col = (int) Math.floor((e.getX() / scale - LEFT) / CELL);
            int row = (int) Math.floor((e.getY() / scale - TOP) / CELL);
            if (matrix != null && row >= 0 && col >= 0 && row < matrix.size() && col < matrix.size()) {
                onCell.accept(row, col);
            }
        });
        show(null);
    }

    Canvas node() {
        return canvas;
    }

    /** Draws everything {@code k} times larger, sharp (a projector wants larger text). */
    void setScale(double k) {
        scale = k;
        canvas.setWidth(WIDTH * k);
        canvas.setHeight(HEIGHT * k);
        show(matrix);
    }

    void show(ConfusionMatrix m) {
        this.matrix = m;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        if (m == null) {
            return;
        }
        int k = m.size();
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.gray(0.2));
        g.fillText("predicted class", LEFT + k * CELL / 2, 12);
        for (int j = 0; j < k; j++) {
            g.fillText(Integer.toString(m.labels()[j]), LEFT + (j + 0.5) * CELL, TOP - 12);
        }
        g.save();
        g.translate(12, TOP + k * CELL / 2);
        g.rotate(-90);
        g.fillText("true class", 0, 0);
        g.restore();
        for (int i = 0; i < k; i++) {
            g.setFill(Color.gray(0.2));
            g.fillText(Integer.toString(m.labels()[i]), LEFT - 14, TOP + (i + 0.5) * CELL);
            long row = m.trueCount(i);
            for (int j = 0; j < k; j++) {
                long n = m.count(i, j);
                double share = row == 0 ? 0 : (double) n / row;
                // the diagonal in blue (right), the rest in vermillion (mistakes), both paler for fewer
                Color full = i == j ? Color.web("#0072B2") : Color.web("#D55E00");
                double strength = i == j ? share : Math.min(1, Math.sqrt(share * 10));
                g.setFill(n == 0 ? Color.WHITE : Color.WHITE.interpolate(full, 0.12 + 0.88 * strength));
                g.fillRect(LEFT + j * CELL, TOP + i * CELL, CELL, CELL);
                g.setFill(strength > 0.55 ? Color.WHITE : Color.gray(0.15));
                g.setFont(Font.font(n >= 1000 ? 9.5 : 11.5));
                g.fillText(Long.toString(n), LEFT + (j + 0.5) * CELL, TOP + (i + 0.5) * CELL);
            }
        }
        g.setStroke(Color.gray(0.6));
        g.strokeRect(LEFT, TOP, k * CELL, k * CELL);
    }
}
