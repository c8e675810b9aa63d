package org.mlplayground.ui.math;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.lecture.HiddenSpace;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Controls;
import org.mlplayground.ui.shared.Palette;

/**
 * How the network sees the data: the training points (coloured by class) and the lines of a
 * coarse grid over the plane, mapped through a chosen hidden layer ({@link HiddenSpace}), as two
 * chosen neurons or the first two principal components; redrawn with every snapshot while
 * shown, so the plane is seen bending as training runs.
 */
public final class HiddenSpaceView {

    /** Grid lines per direction (every {@code resolution / LINES}-th row and column of the plane's grid). */
    static final int LINES = 21;
    private static final double SIZE = 640;

    private final PlaygroundViewModel playground;
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final Spinner<Integer> layer = new Spinner<>(1, 64, 1);
    private final Spinner<Integer> first = new Spinner<>(1, 1024, 1);
    private final Spinner<Integer> second = new Spinner<>(1, 1024, 2);
    private final CheckBox principal = new CheckBox("first two principal components");
    private final Label message = new Label();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(16, 4);
    private java.util.List<String> legendFor;
    private boolean shown;
    private HiddenSpace last;
    private DMatrixRMaj gridInputs;
    private PlaneGrid gridOf;
    /** The text's scale (presentation mode): the picture and its points grow with it. */
    private javafx.beans.value.ObservableDoubleValue scale = new javafx.beans.property.SimpleDoubleProperty(1);
    private Region view;

    public HiddenSpaceView(PlaygroundViewModel playground) {
        this.playground = playground;
    }

    /** Whether the tab is shown (nothing is computed while not). */
    public void setShown(boolean shown) {
        this.shown = shown;
        redraw();
    }

    /** What was drawn last, or null. */
    public HiddenSpace lastDrawn() {
        return last;
    }

    /** The tab's content. */
    public Region createView() {
        // widths in em, so that presentation mode widens them with their text
        for (Spinner<Integer> spinner : java.util.List.of(layer, first, second)) {
            spinner.setStyle("-fx-pref-width: 5.7em;");
        }
        principal.setSelected(true);
        first.disableProperty().bind(principal.selectedProperty());
        second.disableProperty().bind(principal.selectedProperty());
        layer.valueProperty().addListener(o -> redraw());
        first.valueProperty().addListener(o -> redraw());
        second.valueProperty().addListener(o -> redraw());
        principal.selectedProperty().addListener(o -> redraw());
        playground.snapshotProperty().addListener(o -> redraw());
        message.setWrapText(true);
        message.setId("hidden-space-message");
        legend.setId("hidden-space-legend");
        HBox controls = new HBox(10, Controls.labelled("Hidden layer", layer), principal,
                Controls.labelled("x: neuron", first), Controls.labelled("y: neuron", second));
        VBox root = new VBox(8, Controls.heading("Hidden space: the plane as a hidden layer sees it"), controls, message, legend, canvas);
        root.setId("hidden-space");
        scale = org.mlplayground.ui.shared.TextScale.of(root);
        scale.addListener(o -> redraw());
        root.setPadding(new Insets(10));
        view = Controls.scrolling(root);
        view.heightProperty().addListener(o -> redraw());
        return view;
    }

    private void redraw() {
        TrainingSnapshot s = playground.snapshotProperty().get();
        TrainingProblem problem = playground.problemProperty().get();
        if (!shown || s == null || s.weights() == null || problem == null || problem.plane() == null) {
            return;
        }
        Network net = s.weights();
        if (net.weightLayers() < 2) {
            message.setText("This network has no hidden layer: add one on the Playground tab.");
            clear();
            return;
        }
        if (net.inputs() != problem.train().cols()) {
            return;
        }
        int l = Math.min(layer.getValue(), net.weightLayers() - 1);
        HiddenSpace.Axes axes = principal.isSelected() ? HiddenSpace.Axes.principalComponents()
                : HiddenSpace.Axes.neurons(first.getValue() - 1, second.getValue() - 1);
        try {
            HiddenSpace space = HiddenSpace.of(net, problem.train().toDense(), grid(problem.plane()), l, axes);
            last = space;
            message.setText("Layer " + l + " of " + (net.weightLayers() - 1) + " (" + net.layerSizes()[l] + " neurons), epoch "
                    + s.epoch() + ":  x = " + space.xLabel() + ",  y = " + space.yLabel());
            draw(space, problem);
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            clear();
        }
    }

    /** Every few rows and columns of the plane's grid, LINES x LINES points, row-major. */
    private DMatrixRMaj grid(PlaneGrid plane) {
        if (plane != gridOf) {
            int res = plane.resolution();
            DMatrixRMaj all = plane.inputs().toDense();
            gridInputs = new DMatrixRMaj(LINES * LINES, all.numCols);
            for (int r = 0; r < LINES; r++) {
                for (int c = 0; c < LINES; c++) {
                    int row = Math.round((float) r * (res - 1) / (LINES - 1)) * res + Math.round((float) c * (res - 1) / (LINES - 1));
                    for (int j = 0; j < all.numCols; j++) {
                        gridInputs.set(r * LINES + c, j, all.get(row, j));
                    }
                }
            }
            gridOf = plane;
        }
        return gridInputs;
    }

    private void clear() {
        // as large as the text's scale asks, but no taller than the tab leaves below its controls
        double fits = view == null || view.getHeight() <= 0 ? scale.get() : (view.getHeight() - canvas.getLayoutY() - 24) / SIZE;
        GraphicsContext g = org.mlplayground.ui.shared.TextScale.fit(canvas, SIZE, SIZE, Math.max(0.5, Math.min(scale.get(), fits)));
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
    }

    private void draw(HiddenSpace space, TrainingProblem problem) {
        clear();
        DMatrixRMaj p = space.points();
        DMatrixRMaj q = space.grid();
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (DMatrixRMaj m : new DMatrixRMaj[] {p, q}) {
            for (int i = 0; i < m.numRows; i++) {
                box[0] = Math.min(box[0], m.get(i, 0));
                box[1] = Math.max(box[1], m.get(i, 0));
                box[2] = Math.min(box[2], m.get(i, 1));
                box[3] = Math.max(box[3], m.get(i, 1));
            }
        }
        double w = Math.max(1e-9, box[1] - box[0]);
        double h = Math.max(1e-9, box[3] - box[2]);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.gray(0.7));
        g.setLineWidth(1);
        for (int r = 0; r < LINES; r++) {
            for (int c = 0; c < LINES; c++) {
                int i = r * LINES + c;
                if (c + 1 < LINES) {
                    line(g, q, i, i + 1, box, w, h);
                }
                if (r + 1 < LINES) {
                    line(g, q, i, i + LINES, box, w, h);
                }
            }
        }
        int[] labels = problem.trainLabels();
        for (int i = 0; i < p.numRows; i++) {
            g.setFill(labels == null ? Color.GRAY : Palette.classColor(classIndex(problem, labels[i])));
            g.fillOval(x(p.get(i, 0), box, w) - 3.5, y(p.get(i, 1), box, h) - 3.5, 7, 7);
        }
        legend(problem);
    }

    /** What the colours and lines mean, above the picture (covering none of it). */
    private void legend(TrainingProblem problem) {
        int classes = problem.trainLabels() == null ? 0 : problem.classes().length;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add(playground.data().namesProperty().get().className(k));
        }
        if (names.equals(legendFor)) {
            return; // made again only when the classes change, not with every snapshot
        }
        legendFor = names;
        java.util.List<javafx.scene.Node> items = new java.util.ArrayList<>();
        for (int k = 0; k < classes; k++) {
            Label item = new Label("training points of class " + names.get(k));
            item.setGraphic(new javafx.scene.shape.Circle(5, Palette.classColor(k)));
            items.add(item);
        }
        javafx.scene.shape.Line grid = new javafx.scene.shape.Line(0, 0, 18, 0);
        grid.setStroke(Color.gray(0.7));
        Label lines = new Label("the plane's grid, as the layer sees it");
        lines.setGraphic(grid);
        items.add(lines);
        legend.getChildren().setAll(items);
    }

    private static int classIndex(TrainingProblem problem, int label) {
        int[] classes = problem.classes();
        for (int k = 0; k < classes.length; k++) {
            if (classes[k] == label) {
                return k;
            }
        }
        return 0;
    }

    private static void line(GraphicsContext g, DMatrixRMaj q, int a, int b, double[] box, double w, double h) {
        g.strokeLine(x(q.get(a, 0), box, w), y(q.get(a, 1), box, h), x(q.get(b, 0), box, w), y(q.get(b, 1), box, h));
    }

    private static double x(double v, double[] box, double w) {
        return 20 + (SIZE - 40) * (v - box[0]) / w;
    }

    private static double y(double v, double[] box, double h) {
        return SIZE - 20 - (SIZE - 40) * (v - box[2]) / h;
    }
}
