package org.mlplayground.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonAction;
import org.mlplayground.io.lesson.LessonFile;
import org.mlplayground.io.lesson.LessonStep;
import org.mlplayground.io.lesson.LessonView;
import org.mlplayground.io.lesson.StateKey;
import org.mlplayground.train.Command;
import org.mlplayground.ui.digits.DigitsSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every step of every built-in lesson, applied in the window on hand-fed training: the state the
 * step describes is the state the window shows, its controls are hidden and locked as it says,
 * its tab is shown, and its action runs (train sends its epochs) without an error.
 */
@ExtendWith(ApplicationExtension.class)
class BuiltInLessonsInTheWindowTest {

    @TempDir
    static Path home;

    private LessonFixture window;

    @Start
    void start(Stage stage) {
        window = new LessonFixture(stage, home);
    }

    @Test
    void everyStepOfEveryBuiltInLessonShowsWhatItDescribes(FxRobot robot) throws Exception {
        Map<String, Lesson> lessons = LessonFile.builtIns();
        assertEquals(9, lessons.size());
        for (Map.Entry<String, Lesson> e : lessons.entrySet()) {
            Lesson lesson = e.getValue();
            robot.interact(() -> window.lessons.open(lesson));
            for (int n = 1; n <= lesson.steps().size(); n++) {
                int step = n;
                int sent = window.training.commands().size();
                robot.interact(() -> window.lessons.go(step));
                String where = e.getKey() + " step " + n;
                checkState(lesson, n, where);
                checkControls(lesson, n, where);
                LessonStep s = lesson.steps().get(n - 1);
                if (s.view() == LessonView.PLAYGROUND || s.view() == LessonView.DIGITS) {
                    assertEquals(s.view().fileName(), window.tabs.getSelectionModel().getSelectedItem().getText().toLowerCase(), where);
                } else {
                    assertTrue(window.lessons.notes().stream().anyMatch(t -> t.contains(s.view().fileName() + " view")), where);
                }
                if (s.action() instanceof LessonAction.Train t && s.view() != LessonView.DIGITS) {
                    List<Command> after = window.training.commands().subList(sent, window.training.commands().size());
                    assertEquals(new Command.Step(Command.Step.Unit.EPOCH, t.epochs()), after.get(after.size() - 1), where);
                }
                atMostOneConfiguration(sent);
            }
            robot.interact(window.lessons::leave);
            assertTrue(LessonFixture.nodes(window.tabs).stream().noneMatch(x -> x.getStyleClass().contains(LessonControlsView.LOCKED)),
                    "leaving unlocks everything");
        }
    }

    /** A step sends one configuration at most (none when its state is already shown). */
    private void atMostOneConfiguration(int sent) {
        long configures = window.training.commands().subList(sent, window.training.commands().size()).stream()
                .filter(c -> c instanceof Command.Configure).count();
        assertTrue(configures <= 1, "one configuration at most, got " + configures);
    }

    private void checkState(Lesson lesson, int n, String where) {
        Map<String, String> shown = StateKey.parseStateText(window.playground.stateText());
        DigitsSettings d = window.digits.settings();
        lesson.stateAt(n).forEach((key, value) -> {
            if (key.startsWith("digits.")) {
                String actual = switch (key) {
                    case "digits.hidden" -> d.hiddenProperty().get().replace('-', ',');
                    case "digits.activation" -> d.activationProperty().get().sklearnName();
                    case "digits.solver" -> d.solverProperty().get().sklearnName();
                    case "digits.alpha" -> StateKey.of(key).normalizeText(Double.toString(d.alphaProperty().get()));
                    case "digits.batch" -> Integer.toString(d.batchSizeProperty().get());
                    case "digits.epochs" -> value; // the train action sets the epochs it runs
                    case "digits.scaler" -> d.scalerProperty().get().name().toLowerCase().replace('_', '-');
                    case "digits.trainSize" -> Integer.toString(d.trainSizeProperty().get());
                    case "digits.seed" -> Long.toString(d.seedProperty().get());
                    default -> throw new AssertionError(key);
                };
                assertEquals(value, actual, where + ": " + key);
            } else if (LessonStepRunner.WINDOW_KEYS.contains(key)) {
                assertEquals(value, shown.getOrDefault(key, key.equals("scaler") ? "none" : null), where + ": " + key);
            } else {
                assertNotNull(window.lessons.notes(), where);
            }
        });
    }

    private void checkControls(Lesson lesson, int n, String where) {
        List<Node> all = LessonFixture.nodes(window.tabs);
        for (String name : lesson.hiddenAt(n)) {
            List<Node> matching = all.stream().filter(x -> LessonControlMap.matches(name, x)).toList();
            if (LessonControlMap.inWindow(name) && !name.equals("table") && !name.equals("weights") && !name.equals("hidden")) {
                assertFalse(matching.isEmpty(), where + ": " + name + " is in the window");
            }
            matching.forEach(x -> assertTrue(LessonFixture.hidden(x), where + ": " + name + " hidden"));
        }
        lesson.lockedAt(n).forEach((name, reason) -> {
            List<Node> matching = all.stream().filter(x -> LessonControlMap.matches(name, x)).toList();
            if (LessonControlMap.inWindow(name) && !name.equals("weights") && !name.equals("hidden")) {
                assertFalse(matching.isEmpty(), where + ": " + name + " is in the window");
            }
            for (Node x : matching) {
                assertTrue(x.getStyleClass().contains(LessonControlsView.LOCKED), where + ": " + name + " locked");
                if (x instanceof Control c) {
                    assertTrue(c.getTooltip().getText().contains(reason), where + ": " + name + " says why");
                }
            }
        });
    }
}
