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
        assertEquals(0, model.snapshotProperty().get().epoch());
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.snapshotProperty().get().epoch() > 50);
        LineChart<?, ?> chart = robot.lookup("#loss-chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.getData().get(0).getData().size() > 10, "the curve is drawn");
        assertEquals("Pause", robot.lookup("#play").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("epoch"));
        var history = model.snapshotProperty().get().history();
        assertTrue(history.get(history.size() - 1).trainLoss() < history.get(0).trainLoss(), "the loss goes down");

        robot.clickOn("#play");
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        long paused = model.snapshotProperty().get().epoch();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, model.snapshotProperty().get().epoch(), "no epochs while paused");
        assertEquals("Play", robot.lookup("#play").queryAs(Button.class).getText());

        robot.clickOn("#reset");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.snapshotProperty().get().epoch() == 0);
        assertEquals(0, model.snapshotProperty().get().history().size());
    }
}
