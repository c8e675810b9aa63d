package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data sliders say their value and land on round numbers. */
@ExtendWith(ApplicationExtension.class)
class SliderValuesTest {

    private final Slider noise = new Slider(0, 50, 10);
    private final Slider points = new Slider(50, 1000, 500);
    private Label noiseLabel;
    private Label pointsLabel;

    @Start
    void start(Stage stage) {
        noise.setMajorTickUnit(25);
        points.setMajorTickUnit(475);
        noiseLabel = DataPanel.valued("Noise", noise, 1, "%");
        pointsLabel = DataPanel.valued("Points", points, 25, "");
        stage.setScene(new Scene(new VBox(noiseLabel, noise, pointsLabel, points), 300, 200));
        stage.show();
    }

    @Test
    void noiseLandsOnHalfNotOnAlmostHalf(FxRobot robot) {
        robot.interact(() -> noise.adjustValue(49.65));
        assertEquals(50, noise.getValue(), 1e-12);
        assertEquals(0.5, noise.getValue() / 100, 0, "what the model gets");
        assertEquals("Noise: 50%", noiseLabel.getText());
        robot.interact(() -> points.adjustValue(611));
        assertEquals(600, points.getValue(), 1e-12);
        assertEquals("Points: 600", pointsLabel.getText());
    }
}
