package org.mlplayground.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An editable whole-number spinner (Folds k, Patience, Max epochs...): no letters stand in its box. */
@ExtendWith(ApplicationExtension.class)
class WholeNumbersTest {

    private Spinner<Integer> folds;
    private TextField other;
    private final java.util.List<String> said = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        folds = new Spinner<>(2, 20, 5);
        Controls.wholeNumbers(folds, "Folds k", said::add);
        other = new TextField();
        stage.setScene(new Scene(new VBox(folds, other), 300, 200));
        stage.show();
    }

    @Test
    void lettersAreNotTakenAndAnEmptyBoxShowsTheValueAgain(FxRobot robot) {
        robot.interact(() -> folds.getEditor().setText(""));
        robot.clickOn(folds.getEditor()).write("1a2b");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12", folds.getEditor().getText(), "letters refused as they are typed");
        robot.clickOn(other);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, folds.getValue(), "the typed number is used once the box loses the focus");
        robot.interact(() -> folds.getEditor().setText(""));
        robot.clickOn(folds.getEditor());
        robot.clickOn(other);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12", folds.getEditor().getText(), "an emptied box shows the value in use");
        robot.interact(() -> folds.getEditor().setText("99"));
        robot.clickOn(folds.getEditor());
        robot.clickOn(other);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, folds.getValue(), "out of range: the nearest allowed value");
        assertEquals("20", folds.getEditor().getText());
        assertTrue(said.contains("Folds k: from 2 to 20, got 99; 20 is used."), "and said so: " + said);
    }
}
