package org.mlplayground.ui.playground;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mlplayground.train.Command;
import org.mlplayground.ui.shared.Controls;

/**
 * Slow motion for a lecture: a speed slider from one step a second to full speed (logarithmic,
 * its value beside it), and what Step takes: one epoch or one minibatch.
 */
final class SpeedControls {

    private SpeedControls() {
    }

    /** Steps per second at slider position {@code u} in [0, 1]: 1 at 0, full speed at 1, logarithmic between. */
    static double stepsPerSecond(double u) {
        double v = Math.pow(NetworkSettings.FULL_SPEED, Math.max(0, Math.min(1, u)));
        return v >= 10 ? Math.round(v) : Math.round(v * 10) / 10.0;
    }

    /** The slider position of {@code stepsPerSecond}. */
    static double position(double stepsPerSecond) {
        return Math.log(Math.max(1, stepsPerSecond)) / Math.log(NetworkSettings.FULL_SPEED);
    }

    /** The speed as the label beside the slider says it. */
    static String text(double stepsPerSecond) {
        if (stepsPerSecond >= NetworkSettings.FULL_SPEED) {
            return "full speed";
        }
        return stepsPerSecond == 1 ? "1 step/s" : String.format(Locale.ROOT, "%,.0f steps/s", stepsPerSecond);
    }

    /** The speed slider with its value. */
    static Region speed(PlaygroundViewModel model) {
        Slider slider = new Slider(0, 1, position(model.network().speedLimitProperty().get()));
        org.mlplayground.ui.shared.Controls.keysStayOn(slider);
        slider.setId("speed-limit");
        slider.setPrefWidth(90);
        slider.setTooltip(new Tooltip("Slow motion: from one step a second (watch the boundary move) to full speed"));
        Label value = new Label(text(model.network().speedLimitProperty().get()));
        value.setId("speed-limit-value");
        // wide enough for "2,000 steps/s", so that nothing moves as it changes
        value.setStyle("-fx-min-width: 6.6em; -fx-pref-width: 6.6em;");
        slider.valueProperty().addListener((o, was, now) -> model.network().speedLimitProperty().set(stepsPerSecond(now.doubleValue())));
        model.network().speedLimitProperty().addListener((o, was, now) -> value.setText(text(now.doubleValue())));
        HBox box = new HBox(4, slider, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** What Step takes: "epoch" or "batch". */
    static ComboBox<Command.Step.Unit> stepUnit(PlaygroundViewModel model) {
        ComboBox<Command.Step.Unit> unit = Controls.combo(List.of(Command.Step.Unit.EPOCH, Command.Step.Unit.BATCH),
                model.network().stepUnitProperty().get(), "Step (S) trains one epoch, or one minibatch, then pauses");
        unit.setId("step-unit");
        unit.setConverter(Controls.named(u -> u == Command.Step.Unit.EPOCH ? "epoch" : "batch"));
        unit.valueProperty().bindBidirectional(model.network().stepUnitProperty());
        unit.setStyle("-fx-pref-width: 7em;");
        return unit;
    }
}
