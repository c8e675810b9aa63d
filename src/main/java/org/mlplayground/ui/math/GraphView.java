package org.mlplayground.ui.math;

import org.mlplayground.ui.shared.MatrixView;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mlplayground.nn.lecture.ComputationGraph;

/**
 * Logistic regression as the lecture's computation graph: the nodes x, w, z, y-hat and L,
 * values filled left to right by the forward steps, derivatives right to left by the backward
 * steps, and below it each step's formula with the numbers (ending with the simplification
 * (y-hat - y) x). Draws only.
 */
final class GraphView {

    private final VBox root = new VBox(8);
    private final Map<ComputationGraph.Node, Label> values = new EnumMap<>(ComputationGraph.Node.class);
    private final Map<ComputationGraph.Node, Label> derivatives = new EnumMap<>(ComputationGraph.Node.class);
    private final VBox formulas = new VBox(3);

    GraphView() {
        root.setId("graph");
        root.setPadding(new Insets(6));
        HBox graph = new HBox(10, new VBox(10, box(ComputationGraph.Node.X, "x"), box(ComputationGraph.Node.W, "w")),
                arrow("w^T x"), box(ComputationGraph.Node.Z, "z"), arrow("sigma"), box(ComputationGraph.Node.Y_HAT, "y-hat"),
                arrow("loss"), box(ComputationGraph.Node.L, "L"));
        graph.setAlignment(Pos.CENTER_LEFT);
        formulas.setId("graph-formulas");
        root.getChildren().addAll(new Label("Logistic regression as a computation graph (this network has no hidden layer):"),
                graph, formulas);
    }

    Node node() {
        return root;
    }

    /** Shows {@code position} steps: 1..5 forward values, 6..10 backward derivatives; null hides the graph. */
    void show(ComputationGraph g, int position) {
        root.setVisible(g != null);
        root.setManaged(g != null);
        values.values().forEach(l -> l.setText(" "));
        derivatives.values().forEach(l -> l.setText(" "));
        formulas.getChildren().clear();
        if (g == null) {
            return;
        }
        List<ComputationGraph.Step> forward = g.forwardSteps();
        List<ComputationGraph.Step> backward = g.backwardSteps();
        for (int k = 0; k < Math.min(position, forward.size()); k++) {
            ComputationGraph.Step s = forward.get(k);
            values.get(s.node()).setText(vector(s.value()));
            values.get(s.node()).setUserData(s.value());
            formulas.getChildren().add(formula(s));
        }
        for (int k = 0; k < Math.min(position - forward.size(), backward.size()); k++) {
            ComputationGraph.Step s = backward.get(k);
            Label d = derivatives.get(s.node());
            d.setText(s.quantity().split(" ")[0] + " = " + vector(s.value()));
            d.setUserData(s.value());
            formulas.getChildren().add(formula(s));
        }
        if (position == 0) {
            formulas.getChildren().add(new Label("Press Forward (F) to fill x."));
        }
    }

    private static Label formula(ComputationGraph.Step s) {
        String local = s.localQuantity() == null ? "" : "   (local " + s.localQuantity() + ")";
        Label l = new Label(s.quantity() + ":   " + s.numbers() + local);
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }

    private VBox box(ComputationGraph.Node node, String name) {
        Label title = new Label(name);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
        Label value = new Label(" ");
        value.setId("graph-value-" + node.name());
        Label derivative = new Label(" ");
        derivative.setId("graph-derivative-" + node.name());
        derivative.setStyle("-fx-text-fill: #b3541e;");
        values.put(node, value);
        derivatives.put(node, derivative);
        VBox box = new VBox(2, title, value, derivative);
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(120);
        box.setPadding(new Insets(6));
        box.setStyle("-fx-border-color: #557; -fx-border-radius: 18; -fx-background-radius: 18; -fx-background-color: #f4f6fb;");
        return box;
    }

    private static Label arrow(String what) {
        Label a = new Label(what + "\n  \u2192");
        a.setStyle("-fx-text-fill: #557;");
        return a;
    }

    private static String vector(double[] v) {
        if (v.length == 1) {
            return MatrixView.format(v[0]);
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(MatrixView.format(v[i]));
        }
        return b.append(']').toString();
    }
}
