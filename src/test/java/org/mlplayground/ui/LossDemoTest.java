package org.mlplayground.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, driven headless: play trains and draws the loss, pause stops the epochs. */
@ExtendWith(ApplicationExtension.class)
class LossDemoTest {

    private LossDemoViewModel model;

    @Start
    void start(Stage stage) {
        model = new LossDemoViewModel();
        stage.setScene(new Scene(new LossDemoView(model).createView(), 800, 500));
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
    }

    @Test
    void playTrainsAndDrawsTheLossAndPauseStops(FxRobot robot) throws Exception {
        assertEquals(0, model.progressProperty().get().epoch());
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.progressProperty().get().epoch() > 50);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.getData().get(0).getData().size() > 10, "the curve is drawn");
        assertEquals("Pause", robot.lookup("#play").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("epoch"));
        double[] losses = model.progressProperty().get().losses();
        assertTrue(losses[losses.length - 1] < losses[0], "the loss goes down");

        robot.clickOn("#play");
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = model.progressProperty().get().epoch();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, model.progressProperty().get().epoch(), "no epochs while paused");
        assertEquals("Play", robot.lookup("#play").queryAs(Button.class).getText());
    }
}
