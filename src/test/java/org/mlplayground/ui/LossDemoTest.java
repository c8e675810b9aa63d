package org.mlplayground.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
        stage.setScene(new Scene(new LossDemoView(model).createView(), 1240, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
    }

    @Test
    void theBoundaryOfATrainedCircleIsBlueInsideAndOrangeOutside(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.snapshotProperty().get().epoch() > 150
                && model.snapshotProperty().get().testScore() > 0.9);
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        Canvas canvas = robot.lookup("#boundary").queryAs(Canvas.class);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(canvas.snapshot(null, null)));
        PixelReader pixels = shot.get(10, TimeUnit.SECONDS).getPixelReader();
        // the plot square starts at (44, 12) and spans 386 pixels for x1, x2 in [-6, 6]
        Color centre = average(pixels, 44 + 193, 12 + 193);
        Color corner = average(pixels, 44 + 10, 12 + 10);
        assertTrue(centre.getBlue() > centre.getRed() + 0.15, "class 0 (blue) inside the circle: " + centre);
        assertTrue(corner.getRed() > corner.getBlue() + 0.15, "class 1 (orange) outside: " + corner);

        robot.clickOn("#discretize");
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<WritableImage> sharp = new CompletableFuture<>();
        Platform.runLater(() -> sharp.complete(canvas.snapshot(null, null)));
        Color sharpCorner = average(sharp.get(10, TimeUnit.SECONDS).getPixelReader(), 44 + 10, 12 + 10);
        assertTrue(sharpCorner.getRed() > corner.getRed() - 0.05, "discretized: the full class colour");
    }

    /** The mean colour of a 9 x 9 patch around (x, y). */
    private static Color average(PixelReader pixels, int x, int y) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                Color c = pixels.getColor(x + dx, y + dy);
                r += c.getRed();
                g += c.getGreen();
                b += c.getBlue();
            }
        }
        return Color.color(r / 81, g / 81, b / 81);
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
