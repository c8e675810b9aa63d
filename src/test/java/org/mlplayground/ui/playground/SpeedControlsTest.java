package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.train.Command;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Slow motion and Step by batch: what the controls send to the training. */
@ExtendWith(ApplicationExtension.class)
class SpeedControlsTest {

    private final HandFedTraining training = new HandFedTraining();
    private PlaygroundViewModel model;

    @Start
    void start(Stage stage) {
        model = new PlaygroundViewModel(training, Background.immediate());
        stage.setScene(new Scene(new VBox(SpeedControls.speed(model), SpeedControls.stepUnit(model)), 400, 200));
        stage.show();
    }

    private Command last() {
        return training.commands().get(training.commands().size() - 1);
    }

    @Test
    void theSliderGoesFromOneStepASecondToFullSpeed(FxRobot robot) {
        Slider slider = robot.lookup("#speed-limit").queryAs(Slider.class);
        Label value = robot.lookup("#speed-limit-value").queryAs(Label.class);
        assertEquals("full speed", value.getText());
        robot.interact(() -> slider.setValue(0));
        assertEquals(new Command.SetSpeedLimit(1), last());
        assertEquals("1 step/s", value.getText());
        robot.interact(() -> slider.setValue(SpeedControls.position(50)));
        assertEquals(new Command.SetSpeedLimit(50), last());
        assertEquals("50 steps/s", value.getText());
        robot.interact(() -> slider.setValue(1));
        assertEquals(new Command.SetSpeedLimit(NetworkSettings.FULL_SPEED), last());
        assertEquals("full speed", value.getText());
        for (double u = 0; u <= 1; u += 0.05) {
            assertTrue(SpeedControls.stepsPerSecond(u) <= SpeedControls.stepsPerSecond(Math.min(1, u + 0.05)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void stepTakesOneEpochOrOneBatch(FxRobot robot) {
        robot.interact(model::step);
        assertEquals(new Command.Step(Command.Step.Unit.EPOCH, 1), last());
        ComboBox<Command.Step.Unit> unit = robot.lookup("#step-unit").queryAs(ComboBox.class);
        robot.interact(() -> unit.setValue(Command.Step.Unit.BATCH));
        robot.interact(model::step);
        assertEquals(new Command.Step(Command.Step.Unit.BATCH, 1), last());
    }
}
