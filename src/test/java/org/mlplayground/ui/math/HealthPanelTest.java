package org.mlplayground.ui.math;

import org.mlplayground.ui.playground.MathPresets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.nn.Activation;
import org.mlplayground.train.TrainingService;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gradient-health panel on real training: the deep presets, one click apart, and what the panel draws. */
@ExtendWith(ApplicationExtension.class)
class HealthPanelTest {

    private static final int EPOCHS = 10;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** The panel's series after {@code EPOCHS} epochs of {@code preset}. */
    private HealthSeries trained(FxRobot robot, String preset) throws Exception {
        PlaygroundViewModel[] model = new PlaygroundViewModel[1];
        HealthPanel[] panel = new HealthPanel[1];
        robot.interact(() -> {
            model[0] = new PlaygroundViewModel(new TrainingService(), Background.immediate());
            panel[0] = new HealthPanel(model[0]);
            stage.setScene(new Scene(panel[0].createView(model[0].snapshotProperty()), 1000, 800));
            model[0].applyPreset(preset);
            for (int e = 0; e < EPOCHS; e++) {
                model[0].step();
            }
        });
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> panel[0].series().epochs().length == EPOCHS
                    && panel[0].series().layers() == MathPresets.DEPTH + 1);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(preset.endsWith("relu") ? Activation.RELU : Activation.LOGISTIC,
                    model[0].snapshotProperty().get().weights().activation());
            return panel[0].series();
        } finally {
            robot.interact(model[0]::shutdown);
        }
    }

    @Test
    void deepLogisticsFirstLayerGradientVanishesAgainstRelus(FxRobot robot) throws Exception {
        HealthSeries logistic = trained(robot, "deep-logistic");
        HealthSeries relu = trained(robot, "deep-relu");
        double ratio = relu.latestNorm(1) / logistic.latestNorm(1);
        System.out.printf("after %d epochs the first layer's gradient norm: relu %.3g, logistic %.3g, ratio %.3g%n",
                EPOCHS, relu.latestNorm(1), logistic.latestNorm(1), ratio);
        assertTrue(ratio > 1, "relu's first-layer gradient is larger: ratio " + ratio);
        // logistic's gradient shrinks from the output layer down to layer 1
        assertTrue(logistic.latestNorm(1) < logistic.latestNorm(MathPresets.DEPTH + 1));
        assertEquals(MathPresets.DEPTH + 1, logistic.latest().size(), "one histogram per layer");
    }
}
