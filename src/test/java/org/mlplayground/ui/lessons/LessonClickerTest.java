package org.mlplayground.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 2 run from the Lessons menu with the keys a presentation clicker sends, from the first
 * step to the last and back; Escape leaves with the window as it is. A broken lesson file is
 * refused with its line and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class LessonClickerTest {

    @TempDir
    static Path home;

    private LessonFixture window;

    @Start
    void start(Stage stage) {
        window = new LessonFixture(stage, home);
    }

    private String stepLabel(FxRobot robot) {
        return robot.lookup("#lesson-step").queryAs(Label.class).getText();
    }

    @Test
    void lessonTwoRunsWithTheClickerKeysFromStartToEnd(FxRobot robot) throws Exception {
        robot.clickOn("#lessons-menu");
        robot.clickOn("#lesson-02-xor");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.lessons.activeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 1 of 7", stepLabel(robot));
        assertEquals(List.of(), window.playground.network().hiddenLayers(), "step 1: no hidden layer");
        // the text is drawn with its markup: "no hidden layer" in italics, x1 in a monospaced font
        List<Text> texts = LessonFixture.nodes(robot.lookup("#lesson-text").queryAs(javafx.scene.Parent.class)).stream()
                .filter(n -> n instanceof Text).map(n -> (Text) n).toList();
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("no hidden layer") && t.getFont().getStyle().toLowerCase().contains("italic")));
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("x1") && t.getStyle().contains("monospace")));
        assertTrue(robot.lookup("#feature-x1").query().getStyleClass().contains(LessonControlsView.LOCKED), "features are locked");
        // a locked control takes no click, and says why
        robot.clickOn("#dataset-circle");
        robot.clickOn("#feature-x1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("xor", window.playground.data().datasetProperty().get().displayName(), "the dataset is locked");
        assertTrue(window.playground.data().featureLabels().contains("x1"), "the features are locked");
        assertTrue(robot.lookup("#dataset-circle").queryAs(javafx.scene.control.Control.class).getTooltip().getText()
                .contains("This lesson is about XOR."));
        assertTrue(LessonFixture.hidden(robot.lookup("#batch").query()), "the batch size is hidden");

        KeyCode[] clicker = {KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.SPACE};
        for (int n = 2; n <= 7; n++) {
            robot.type(clicker[n % 3]);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Step " + n + " of 7", stepLabel(robot));
            assertEquals(n, window.lessons.stepProperty().get());
        }
        assertEquals(List.of(), window.playground.network().hiddenLayers(), "step 7: no hidden layer again");
        assertTrue(window.playground.data().featureLabels().contains("x1*x2"));
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Step 7 of 7", stepLabel(robot), "the last step stays");
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 5 of 7", stepLabel(robot));
        assertEquals(List.of(3), window.playground.network().hiddenLayers(), "step 5 has three hidden units, reached with Back too");

        String state = window.playground.stateText();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.lessons.activeProperty().get());
        assertTrue(robot.lookup("#lesson-panel").tryQuery().isEmpty(), "the panel is gone");
        assertEquals(state, window.playground.stateText(), "Escape leaves the state as it is");
        assertFalse(robot.lookup("#feature-x1").query().getStyleClass().contains(LessonControlsView.LOCKED));
        int step = window.lessons.stepProperty().get();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(step, window.lessons.stepProperty().get(), "out of lesson mode the keys are the window's again");
    }

    @Test
    void theNetworksButtonsStayLockedWhenTheGraphIsDrawnAnew(FxRobot robot) throws Exception {
        Lesson xor = LessonFile.builtIns().get("02-xor.json");
        robot.interact(() -> window.lessons.open(xor));
        for (int[] sizes : new int[][] {{2, 1}, {2, 3, 1}}) {
            org.mlplayground.nn.Network net = org.mlplayground.nn.Network.glorot(sizes, org.mlplayground.nn.Activation.TANH,
                    org.mlplayground.nn.OutputKind.LOGISTIC, 0);
            window.training.publish(new org.mlplayground.train.TrainingSnapshot(org.mlplayground.train.TrainingState.PAUSED, "",
                    sizes.length, 0, 1, 1, 0.5, 0.5, 0.5, 0.5, 0, 0, net, null, null,
                    org.mlplayground.train.HistoryView.EMPTY, null));
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#link-0-1-0").tryQuery().isPresent()
                    && robot.lookup("#add-layer").query().getStyleClass().contains(LessonControlsView.LOCKED)
                    && (sizes.length == 2 || robot.lookup("−").tryQuery().isPresent()));
        }
        robot.clickOn("#add-layer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), window.playground.network().hiddenLayers(), "adding a layer is locked in step 1");
        assertTrue(robot.lookup("#network").lookup(".button").queryAll().stream()
                .allMatch(b -> b.getStyleClass().contains(LessonControlsView.LOCKED)), "every neuron button is locked");
    }

    @Test
    void aBrokenLessonFileIsRefusedWithItsLineAndNothingIsLost(FxRobot robot) throws Exception {
        Lesson xor = LessonFile.builtIns().get("02-xor.json");
        robot.interact(() -> {
            window.lessons.open(xor);
            window.lessons.go(3);
        });
        String state = window.playground.stateText();
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"mlp-playground-lesson\",\n  \"version\": 1,\n  \"title\": \"Broken\",\n"
                + "  \"steps\": [\n    { \"step\": 1, \"title\": \"One\", \"text\": \"x\", \"state\": { \"dataset\": \"xorr\" } }\n  ]\n}\n");
        robot.interact(() -> window.lessons.openFile(broken.toFile()));
        String message = window.lessons.messageProperty().get();
        assertTrue(message.contains("line 6") && message.contains("state.dataset"), message);
        assertFalse(message.contains("\n"), "one line");
        assertSame(xor, window.lessons.lessonProperty().get(), "the lesson open stays open");
        assertEquals(3, window.lessons.stepProperty().get());
        assertEquals(state, window.playground.stateText(), "the window's state is as it was");
        assertEquals(message, robot.lookup("#lesson-message").queryAs(Label.class).getText());
    }
}
