package org.mlplayground.ui.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A square pad to draw a digit on with the mouse or a pen: round strokes about as thick, for
 * the pad, as MNIST's pen is for its 28 x 28 box. It keeps the strokes (to undo the last) and
 * the ink they leave, anti-aliased, as rows x cols values in [0, 1]; what is shown is that ink,
 * so what you see is what the network gets.
 */
final class DrawingPad {

    private final int side;
    private final double radius;
    private final double[][] ink;
    private final List<List<double[]>> strokes = new ArrayList<>();
    private final WritableImage image;
    private final int[] pixels;
    private final StackPane node;
    private final Consumer<double[][]> onInk;
    /** Whether a repaint is queued: a burst of mouse events is painted (and classified) once. */
    private boolean queued;

    /** A {@code side} x {@code side} pad that hands its ink to {@code onInk} after every change. */
    DrawingPad(int side, Consumer<double[][]> onInk) {
        this.side = side;
        this.onInk = onInk;
        // MNIST: a stroke about 2.5 pixels wide in a 20-pixel box; a digit fills about 3/4 of the pad
        this.radius = side * 0.75 / 20 * 2.5 / 2;
        this.ink = new double[side][side];
        this.image = new WritableImage(side, side);
        this.pixels = new int[side * side];
        ImageView view = new ImageView(image);
        node = new StackPane(view);
        node.setId("drawing-pad");
        node.setMaxSize(side, side);
        node.setStyle("-fx-border-color: #9aa5b1; -fx-border-width: 1; -fx-cursor: crosshair;");
        view.setOnMousePressed(this::press);
        view.setOnMouseDragged(this::drag);
        paint();
    }

    StackPane node() {
        return node;
    }

    private void press(MouseEvent e) {
        List<double[]> stroke = new ArrayList<>();
        stroke.add(new double[] {e.getX(), e.getY()});
        strokes.add(stroke);
        stamp(e.getX(), e.getY(), e.getX(), e.getY());
        changed();
    }

    private void drag(MouseEvent e) {
        if (strokes.isEmpty()) {
            press(e);
            return;
        }
        List<double[]> stroke = strokes.get(strokes.size() - 1);
        double[] last = stroke.get(stroke.size() - 1);
        stroke.add(new double[] {e.getX(), e.getY()});
        stamp(last[0], last[1], e.getX(), e.getY());
        changed();
    }

    /** Removes everything drawn. */
    void clear() {
        strokes.clear();
        for (double[] row : ink) {
            java.util.Arrays.fill(row, 0);
        }
        changed();
    }

    /** Removes the last stroke. */
    void undo() {
        if (strokes.isEmpty()) {
            return;
        }
        strokes.remove(strokes.size() - 1);
        restamp();
    }

    /** The ink of the strokes kept, from a clean pad. */
    private void restamp() {
        for (double[] row : ink) {
            java.util.Arrays.fill(row, 0);
        }
        for (List<double[]> stroke : strokes) {
            for (int i = 0; i < stroke.size(); i++) {
                double[] a = stroke.get(Math.max(0, i - 1));
                double[] b = stroke.get(i);
                stamp(a[0], a[1], b[0], b[1]);
            }
        }
        changed();
    }

    /** Replaces the drawing with {@code unitStrokes}: polylines of (x, y) in the pad's unit square, y downwards. */
    void draw(List<List<double[]>> unitStrokes) {
        strokes.clear();
        for (List<double[]> s : unitStrokes) {
            strokes.add(new ArrayList<>(s.stream().map(p -> new double[] {p[0] * side, p[1] * side}).toList()));
        }
        restamp();
    }

    /** Whether anything is drawn. */
    boolean isEmpty() {
        return strokes.isEmpty();
    }

    /**
     * Ink along the segment a-b: full inside the pen's radius, fading over one pixel at its edge
     * (anti-aliasing), never lighter than what is already there.
     */
    private void stamp(double ax, double ay, double bx, double by) {
        int top = Math.max(0, (int) Math.floor(Math.min(ay, by) - radius - 1));
        int bottom = Math.min(side - 1, (int) Math.ceil(Math.max(ay, by) + radius + 1));
        int left = Math.max(0, (int) Math.floor(Math.min(ax, bx) - radius - 1));
        int right = Math.min(side - 1, (int) Math.ceil(Math.max(ax, bx) + radius + 1));
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                double px = c + 0.5;
                double py = r + 0.5;
                double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
                double ex = px - (ax + t * dx);
                double ey = py - (ay + t * dy);
                double coverage = Math.max(0, Math.min(1, radius + 0.5 - Math.sqrt(ex * ex + ey * ey)));
                if (coverage > ink[r][c]) {
                    ink[r][c] = coverage;
                }
            }
        }
    }

    private void changed() {
        if (!queued) {
            queued = true;
            javafx.application.Platform.runLater(() -> {
                queued = false;
                paint();
                onInk.accept(ink);
            });
        }
    }

    /** Dark ink on white paper. */
    private void paint() {
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int g = (int) Math.round(255 * (1 - 0.92 * ink[r][c]));
                pixels[r * side + c] = 0xff000000 | g << 16 | g << 8 | g;
            }
        }
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
    }
}
