package org.mlplayground.ui.math;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.nn.lecture.NetworkPass;
import org.mlplayground.nn.lecture.Vectorization;
import org.mlplayground.ui.shared.Controls;

/**
 * The Math tab: on the left the steps (Forward F, Backward B, restart, everything), one example
 * or the minibatch, the gradient-descent update, the gradient check and "Vectorize, and see
 * why"; in the middle the computation graph (logistic regression) and the layers' matrices. A
 * right-click on a training point of the playground's plane picks the example. Draws only.
 */
public final class MathView {

    private final MathViewModel model;
    private final GraphView graph = new GraphView();
    private final LayerStepsView layers = new LayerStepsView();
    private final VBox check = new VBox(2);
    private final Label vectorized = new Label("");
    private ObjectProperty<Integer> exampleValue;

    public MathView(MathViewModel model) {
        this.model = model;
    }

    /** The tab's content. */
    public Region createView() {
        BorderPane root = new BorderPane();
        root.setId("math-view");
        Spinner<Integer> example = new Spinner<>(0, Integer.MAX_VALUE, 0);
        example.setId("math-example");
        Controls.wholeNumbers(example, "Example (training row)", model::say);
        example.setStyle("-fx-pref-width: 7.8em;");
        exampleValue = model.exampleProperty().asObject();
        example.getValueFactory().valueProperty().bindBidirectional(exampleValue);
        // up to the last training row: a larger number was taken and wrapped round without a word
        var range = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) example.getValueFactory();
        range.setMax(Math.max(0, model.rowsProperty().get() - 1));
        model.rowsProperty().addListener((o, was, now) -> range.setMax(Math.max(0, now.intValue() - 1)));
        CheckBox batch = new CheckBox("the minibatch (vectorized)");
        batch.setId("math-minibatch");
        batch.selectedProperty().bindBidirectional(model.minibatchProperty());
        check.setId("math-check");
        vectorized.setId("math-vectorized");
        vectorized.setWrapText(true);
        Label message = new Label();
        message.setId("math-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox left = new VBox(8,
                Controls.heading("Step through"),
                Controls.button("Forward (F)", "Compute the next node of the graph and the next layer", model::forward),
                Controls.button("Backward (B)", "Take the next derivative, right to left (completes the forward pass first)",
                        model::backward),
                Controls.button("Start again", "Hide every value and derivative", model::restart),
                Controls.button("Show everything", "Every value and every derivative at once", model::showAll),
                Controls.labelled("Example (training row)", example), hint("or right-click a training point on the Playground's plane"),
                batch,
                Controls.heading("Learn"),
                wrapped(Controls.button("Apply one update W[l] -= eta dW[l]",
                        "One step of gradient descent on the whole training set, with the playground's learning rate; "
                                + "training goes on from the updated weights", model::applyUpdate)),
                Controls.heading("Gradient check"), hint("backpropagation against finite differences: relative error per layer, green below 1e-6"), check,
                Controls.heading("Vectorize, and see why"),
                Controls.button("Vectorize, and see why", "Time the same pass three ways over the training set",
                        model::vectorize),
                vectorized, message);
        left.setPadding(new Insets(10));
        // as wide as its text: presentation mode widens it
        javafx.beans.binding.NumberBinding leftWidth = javafx.beans.binding.Bindings.multiply(
                org.mlplayground.ui.shared.TextScale.of(left), 300);
        left.prefWidthProperty().bind(leftWidth);
        left.setMinWidth(0);
        root.setLeft(Controls.scrolling(left));
        VBox center = new VBox(12, graph.node(), layers.node());
        ScrollPane scroll = new ScrollPane(center);
        // as wide as the view, so that each layer's row of matrices wraps instead of running off to the right
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(6));
        root.setCenter(scroll);
        model.passProperty().addListener(o -> redraw());
        model.graphProperty().addListener(o -> redraw());
        model.layerPositionProperty().addListener(o -> {
            redraw();
            // the layer just computed comes into view (Backward adds rows below the forward ones)
            javafx.application.Platform.runLater(() -> reveal(scroll, layers.latest()));
        });
        model.graphPositionProperty().addListener(o -> redraw());
        model.checkProperty().addListener(o -> showCheck());
        model.vectorizationProperty().addListener((o, was, r) -> showVectorization(r));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Controls.typing(e)) {
                return;
            }
            if (e.getCode() == KeyCode.F) {
                model.forward();
                e.consume();
            } else if (e.getCode() == KeyCode.B) {
                model.backward();
                e.consume();
            }
        });
        redraw();
        showCheck();
        return root;
    }

    /** Scrolls {@code scroll} the least that brings {@code node} (inside its content) into view. */
    static void reveal(ScrollPane scroll, Node node) {
        if (node == null || scroll.getContent() == null || node.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double contentH = content.getLayoutBounds().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double top = scroll.getVvalue() / (scroll.getVmax() - scroll.getVmin()) * (contentH - viewH);
        double newTop = top;
        if (b.getMaxY() > top + viewH) {
            newTop = b.getMaxY() - viewH;
        }
        if (b.getMinY() < newTop) {
            newTop = b.getMinY();
        }
        scroll.setVvalue(scroll.getVmin() + newTop / (contentH - viewH) * (scroll.getVmax() - scroll.getVmin()));
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #555;");
        return l;
    }

    private void redraw() {
        graph.show(model.graphProperty().get(), model.graphPositionProperty().get());
        layers.show(model.passProperty().get(), model.layerPositionProperty().get());
    }

    private void showCheck() {
        check.getChildren().clear();
        double[] errors = model.checkProperty().get();
        if (errors == null) {
            return;
        }
        for (int l = 1; l <= errors.length; l++) {
            boolean passes = errors[l - 1] < NetworkPass.CHECK_PASSES;
            Label row = new Label("W[" + l + "]: " + String.format(Locale.ROOT, "%.2e", errors[l - 1])
                    + (passes ? "  ok" : "  too large"));
            row.setId("math-check-" + l);
            row.setStyle("-fx-font-family: monospace; -fx-text-fill: " + (passes ? "#1b7a2a" : "#c0392b") + ";");
            check.getChildren().add(row);
        }
    }

    private void showVectorization(Vectorization.Result r) {
        if (r == null) {
            vectorized.setText("");
            return;
        }
        StringBuilder b = new StringBuilder(r.examples() + " examples, median of " + r.repeats() + " runs:\n");
        String[] names = {"scalar loops", "per-example vectors", "whole-batch matrices"};
        for (Vectorization.Way way : Vectorization.Way.values()) {
            b.append(String.format(Locale.ROOT, "%s: %.3f ms (%.1f x the matrix form)%n", names[way.ordinal()],
                    r.nanos()[way.ordinal()] / 1e6, r.ratioToMatrix(way)));
        }
        b.append(r.equal() ? "The three give the same dW (largest difference " : "The results differ (largest difference ")
                .append(String.format(Locale.ROOT, "%.1e", r.maxDifference())).append(").");
        vectorized.setText(b.toString());
    }

    /** A button whose text wraps inside the panel instead of being cut (presentation mode enlarges it). */
    private static javafx.scene.control.Button wrapped(javafx.scene.control.Button b) {
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
