package org.mlplayground.ui.math;

import org.mlplayground.ui.shared.MatrixView;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.mlplayground.nn.lecture.LayerBackward;
import org.mlplayground.nn.lecture.LayerForward;
import org.mlplayground.nn.lecture.NetworkPass;

/**
 * The network layer by layer, as far as the student has stepped: for each layer l that the
 * forward pass reached, W[l], [1; A[l-1]], Z[l] = W[l] [1; A[l-1]] and A[l] = g(Z[l]); for each
 * layer the backward pass reached (L down to 1), dZ[l] and dW[l] = (1/n) dZ[l] [1; A[l-1]]^T.
 * With several examples (vectorization) it adds the bias copied across the batch beside the
 * augmented form, and the targets Y (one-hot columns for classes). Draws only.
 */
final class LayerStepsView {

    private final VBox root = new VBox(8);

    LayerStepsView() {
        root.setId("layer-steps");
        root.setPadding(new Insets(6));
    }

    Node node() {
        return root;
    }

    /** The row of the step computed last (the latest forward or backward layer), or null before the first. */
    Node latest() {
        Node last = root.getChildren().isEmpty() ? null : root.getChildren().get(root.getChildren().size() - 1);
        return last instanceof FlowPane ? last : null;
    }

    /** Shows the first {@code position} steps of {@code pass} (0 shows only how to start). */
    void show(NetworkPass pass, int position) {
        root.getChildren().clear();
        if (pass == null) {
            root.getChildren().add(new Label("No network yet: configure the playground first."));
            return;
        }
        int layers = pass.layers();
        int n = pass.examples();
        // the formulas wrap on a narrow window rather than end in "..."
        Label formulas = new Label((n == 1 ? "One example" : n + " examples in columns (vectorized)")
                + ": cost J = " + MatrixView.format(pass.cost()) + ".  Forward: Z[l] = W[l] [1; A[l-1]], A[l] = g(Z[l]).  "
                + "Backward: dW[l] = (1/n) dZ[l] [1; A[l-1]]^T.");
        formulas.setWrapText(true);
        formulas.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().add(formulas);
        String next = position == 0 ? "Press Forward (F) to compute layer 1."
                : position < layers ? "Press Forward (F) for layer " + (position + 1) + "."
                : position == layers ? "Forward done. Press Backward (B) for layer " + layers + "'s derivatives."
                : position < 2 * layers ? "Press Backward (B) for layer " + (2 * layers - position) + "."
                : "Backward done: \"Apply one update\" takes W[l] -= eta dW[l] (over the whole training set).";
        Label hint = new Label(next);
        hint.setId("layer-steps-next");
        hint.setStyle("-fx-text-fill: #1b5e9a;");
        root.getChildren().add(hint);
        for (int l = 1; l <= Math.min(position, layers); l++) {
            LayerForward f = pass.forward().get(l - 1);
            FlowPane row = row("forward-" + l);
            row.getChildren().addAll(label("Layer " + l + " forward, g = " + f.g()),
                    MatrixView.of("W[" + l + "]", f.w(), "bias column first"),
                    MatrixView.of("[1; A[" + (l - 1) + "]]", f.augmented(), l == 1 ? "A[0] = x" : ""));
            if (n > 1) {
                row.getChildren().add(MatrixView.of("b[" + l + "] broadcast", f.broadcastBias(),
                        "the same as W[l](:,1) * the row of ones"));
            }
            row.getChildren().addAll(MatrixView.of("Z[" + l + "]", f.z(), ""), MatrixView.of("A[" + l + "]", f.a(), ""));
            if (l == layers) {
                row.getChildren().add(MatrixView.of("Y", pass.y(), pass.y().numRows > 1 ? "one-hot columns" : "targets"));
            }
            root.getChildren().add(row);
        }
        for (int k = 1; k <= position - layers && k <= layers; k++) {
            int l = layers - k + 1;
            LayerBackward b = pass.backward().get(l - 1);
            FlowPane row = row("backward-" + l);
            row.getChildren().addAll(label("Layer " + l + " backward"),
                    MatrixView.of("dZ[" + l + "]", b.dZ(), l == layers ? "A[L] - Y" : "W[l+1]^T dZ[l+1] .* g'(Z[l])"),
                    MatrixView.of("dW[" + l + "]", b.dW(), "(1/n) dZ[l] [1; A[l-1]]^T"));
            root.getChildren().add(row);
        }
    }

    private static FlowPane row(String id) {
        FlowPane row = new FlowPane(10, 6);
        row.setId(id);
        row.setStyle("-fx-border-color: #ddd; -fx-border-width: 0 0 1 0;");
        return row;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-text-fill: #335;");
        l.setMinWidth(150);
        return l;
    }
}
