package org.mlplayground.ui.playground;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import javafx.beans.property.StringProperty;
import org.mlplayground.train.TrainingSnapshot;

/** The network graph's small parts: its buttons, tooltips, fitted labels and the weight editor. */
final class NetworkParts {

    private NetworkParts() {
    }

    /**
     * Shows {@code full} if it fits in {@code room} pixels at the label's font, else {@code brief}
     * (with {@code full} as its tooltip); decided again when the font changes (presentation mode).
     */
    static void fit(Label label, String full, String brief, double room) {
        Runnable choose = () -> {
            label.setText(org.mlplayground.ui.shared.TextMetrics.width(full, label.getFont()) <= room ? full : brief);
        };
        label.fontProperty().addListener(o -> choose.run());
        label.setTooltip(new Tooltip(full));
        choose.run();
    }

    /**
     * Takes the bitmap cache off {@code scroll}'s viewport (its skin caches it for scrolling): the
     * graph in it changes with every snapshot, and a cache would be painted again and copied each frame.
     */
    static void uncached(javafx.scene.control.ScrollPane scroll) {
        scroll.skinProperty().addListener((o, was, skin) -> {
            javafx.scene.Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }

    /** Asks for a new value of one weight and sends it to the training. */
    static void editWeight(PlaygroundViewModel model, int layer, int from, int to, String fromName, String toName,
                           javafx.beans.property.StringProperty weightError) {
        TrainingSnapshot s = model.snapshotProperty().get();
        double current = s == null || s.weights() == null ? 0 : s.weights().weight(layer, from, to);
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(String.format(java.util.Locale.ROOT, "%.4f", current));
        dialog.setTitle("Edit a weight");
        dialog.setHeaderText("Weight from " + fromName + " to " + toName);
        dialog.setContentText("New value:");
        dialog.getEditor().setId("weight-value");
        dialog.showAndWait().ifPresent(text -> {
            try {
                model.setWeight(layer, from, to, Double.parseDouble(text.trim()));
            } catch (NumberFormatException e) {
                weightError.set("'" + text + "' is not a number: the weight is unchanged");
            }
        });
    }

    /** The link's tooltip: its weight and the neurons it joins, named as the graph names them. */
    static String linkText(PlaygroundViewModel model, int layer, int from, int to, String fromName, String toName) {
        TrainingSnapshot s = model.snapshotProperty().get();
        if (s == null || s.weights() == null || layer >= s.weights().weightLayers()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "weight %.4f from %s to %s (click to edit)",
                s.weights().weight(layer, from, to), fromName, toName);
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(150));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    static Button smallButton(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setStyle("-fx-font-size: 0.85em; -fx-padding: 1 6 1 6;");
        b.setTooltip(tooltip(help));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * A neuron's parameters and values for its tooltip: its bias and incoming weights, and z and
     * a at the point of the plane at ({@code u}, {@code v}) in [0, 1] across its thumbnail
     * (z = w · a + b from the layer before's values there). Empty for an input or without a network.
     */
    static String neuronValues(TrainingSnapshot s, int layer, int unit, double u, double v) {
        if (s == null || s.weights() == null || layer == 0) {
            return "";
        }
        org.mlplayground.nn.Network net = s.weights();
        int count = net.layerSizes()[layer - 1];
        double b = net.intercepts(layer - 1)[unit];
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%nbias b = %.4f%nweights w =", b));
        for (int i = 0; i < count; i++) {
            if (i == 12) {
                text.append(" \u2026");
                break;
            }
            text.append(String.format(java.util.Locale.ROOT, " %.3f", net.weight(layer - 1, i, unit)));
        }
        org.mlplayground.train.PlaneOutputs plane = s.plane() == null ? null : s.plane().pictures();
        boolean output = layer == net.layerSizes().length - 1;
        float[][] own = plane == null ? null : output ? plane.output() : plane.hidden()[layer - 1];
        float[][] before = plane == null || layer == 1 ? null : plane.hidden()[layer - 2];
        if (own == null || (layer > 1 && before == null)) {
            // a layer whose pictures were not computed (not on screen): no values at the point
            return text.toString();
        }
        int res = plane.grid().resolution();
        int row = Math.max(0, Math.min(res - 1, (int) (v * res)));
        int col = Math.max(0, Math.min(res - 1, (int) (u * res)));
        int cell = row * res + col;
        double[] inputs = new double[net.inputs()];
        plane.grid().inputs().copyRow(cell, inputs);
        double z = b;
        for (int i = 0; i < count; i++) {
            double a = layer == 1 ? inputs[i] : before[i][cell];
            z += net.weight(layer - 1, i, unit) * a;
        }
        double a = own[unit][cell];
        text.append(String.format(java.util.Locale.ROOT, "%nat the point under the mouse: z = %.4f, a = %.4f", z, a));
        return text.toString();
    }

    /**
     * The invisible line over the link from unit {@code from} of layer {@code layer} to unit
     * {@code to} of the next (placed by the caller; {@link LinkLayer} draws the link): a tooltip with the weight, made when the mouse first comes and
     * written when it shows (not per link and frame); a click edits the weight.
     */
    static Line link(PlaygroundViewModel model, int layer, int from, int to, String fromName, String toName,
                     StringProperty weightError) {
        Line line = new Line();
        line.setOnMouseEntered(e -> {
            if (line.getProperties().get("tip") == null) {
                Tooltip tip = tooltip("");
                tip.setOnShowing(t -> tip.setText(linkText(model, layer, from, to, fromName, toName)));
                line.getProperties().put("tip", tip);
                Tooltip.install(line, tip);
            }
        });
        line.setCursor(javafx.scene.Cursor.HAND);
        // the link itself is drawn on the graph's link canvas: this line only takes the mouse
        line.setStroke(javafx.scene.paint.Color.TRANSPARENT);
        line.setStrokeWidth(LinkScale.THICKEST);
        line.setId("link-" + layer + "-" + from + "-" + to);
        line.setOnMouseClicked(e -> editWeight(model, layer, from, to, fromName, toName, weightError));
        return line;
    }

    /**
     * A neuron's place in the graph, {@code side} pixels square (placed by the caller; its
     * picture is drawn by {@link LinkLayer}), with a tooltip that shows its {@code cell} of
     * {@code pictures} large and
     * says {@code described}, then, as the mouse moves, {@code at} the point under it (u, v in
     * [0, 1] across the thumbnail).
     */
    static ImageView neuron(double side, String described, java.util.function.BiFunction<Double, Double, String> at,
                            javafx.beans.value.ObservableValue<javafx.scene.image.Image> pictures,
                            java.util.function.Supplier<javafx.geometry.Rectangle2D> cell) {
        // the picture itself is drawn on the link canvas: this view only takes the mouse
        ImageView view = new ImageView(new WritableImage(1, 1));
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setPickOnBounds(true);
        Tooltip tip = tooltip(described);
        view.setOnMouseMoved(e -> tip.setText(at.apply(e.getX() / side, e.getY() / side)));
        ImageView large = new ImageView();
        large.setFitWidth(160);
        large.setFitHeight(160);
        large.setSmooth(true);
        // the picture while the tooltip shows (it follows the training), none after
        tip.setOnShowing(e -> {
            large.setViewport(cell.get());
            large.imageProperty().bind(pictures);
        });
        tip.setOnHidden(e -> {
            large.imageProperty().unbind();
            large.setImage(null);
        });
        tip.setGraphic(large);
        Tooltip.install(view, tip);
        return view;
    }
}
