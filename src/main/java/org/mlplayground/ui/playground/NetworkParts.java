package org.mlplayground.ui.playground;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
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
            javafx.scene.text.Text measure = new javafx.scene.text.Text(full);
            measure.setFont(label.getFont());
            label.setText(measure.getLayoutBounds().getWidth() <= room ? full : brief);
        };
        label.fontProperty().addListener(o -> choose.run());
        label.setTooltip(new Tooltip(full));
        choose.run();
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
}
