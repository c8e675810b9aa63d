package org.mlplayground.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;

/** Geometry checks on a laid-out scene: clipped controls, overlapping labels, charts without a legend. */
final class LayoutCheck {

    private final Node root;
    private final double width;
    private final double height;
    private final List<String> problems = new ArrayList<>();

    LayoutCheck(Node root, double width, double height) {
        this.root = root;
        this.width = width;
        this.height = height;
    }

    /** Every problem found, one sentence each. */
    List<String> problems() {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        List<Labeled> labels = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Control c && !inside(c, ScrollPane.class)) {
                Bounds b = c.localToScene(c.getLayoutBounds());
                if (b.getMinX() < -2 || b.getMinY() < -2 || b.getMaxX() > width + 2 || b.getMaxY() > height + 2) {
                    problems.add(name(c) + " leaves the window: " + b);
                }
            }
            // a pane that never scrolls sideways must not cut its content at the right
            if (n instanceof ScrollPane sp && sp.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && sp.getContent() != null
                    && sp.getContent().getLayoutBounds().getWidth() > sp.getViewportBounds().getWidth() + 1) {
                problems.add(name(sp) + " cuts its content at the right: " + sp.getContent().getLayoutBounds().getWidth()
                        + " > " + sp.getViewportBounds().getWidth());
            }
            if (n instanceof Labeled l && !l.isWrapText() && l.getText() != null && !l.getText().isBlank()
                    && l.getWidth() + 0.5 < l.prefWidth(-1) && l.getGraphic() == null) {
                problems.add(name(l) + " is clipped: " + l.getWidth() + " < " + l.prefWidth(-1));
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                labels.add(l);
                // a label partly in sight, cut at the left or right by a scroll pane (one that scrolls down only)
                Bounds whole = l.localToScene(l.getLayoutBounds());
                Bounds seen = visible(l);
                if (seen != null && seen.getWidth() < whole.getWidth() - 1 && seen.getHeight() > whole.getHeight() - 1) {
                    problems.add(name(l) + " is cut at the side: " + (int) seen.getWidth() + " of " + (int) whole.getWidth() + " px in sight");
                }
            }
            if (n instanceof XYChart<?, ?> chart && chart.getData().size() >= 2) {
                Node legend = chart.lookup(".chart-legend");
                if (!chart.isLegendVisible() || legend == null || !legend.isVisible() || legend.getLayoutBounds().getHeight() < 4
                        || legend.getLayoutBounds().getWidth() < 4) {
                    problems.add(name(chart) + " has " + chart.getData().size() + " series but no legend");
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Labeled a = labels.get(i);
                Labeled b = labels.get(j);
                if (related(a, b)) {
                    continue;
                }
                Bounds ba = visible(a);
                Bounds bb = visible(b);
                if (ba != null && bb != null && shrink(ba).intersects(shrink(bb))) {
                    problems.add(name(a) + " overlaps " + name(b));
                }
            }
        }
        return problems;
    }

    /** The part of {@code n} in sight: its scene bounds cut to every scroll pane around it, or null if none is. */
    static Bounds visible(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds v = sp.localToScene(sp.getLayoutBounds());
                double x0 = Math.max(b.getMinX(), v.getMinX());
                double y0 = Math.max(b.getMinY(), v.getMinY());
                double x1 = Math.min(b.getMaxX(), v.getMaxX());
                double y1 = Math.min(b.getMaxY(), v.getMaxY());
                if (x1 <= x0 || y1 <= y0) {
                    return null;
                }
                b = new javafx.geometry.BoundingBox(x0, y0, x1 - x0, y1 - y0);
            }
        }
        return b.getWidth() > 0 && b.getHeight() > 0 ? b : null;
    }

    private static Bounds shrink(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 1, b.getMinY() + 1, Math.max(0, b.getWidth() - 2),
                Math.max(0, b.getHeight() - 2));
    }

    private static boolean related(Node a, Node b) {
        for (Node p = a; p != null; p = p.getParent()) {
            if (p == b) {
                return true;
            }
        }
        for (Node p = b; p != null; p = p.getParent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** Visible nodes only. */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static boolean inside(Node n, Class<?> kind) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (kind.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    static String name(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "") + text;
    }
}
