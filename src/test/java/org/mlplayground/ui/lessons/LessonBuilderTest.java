package org.mlplayground.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonFile;
import org.mlplayground.io.lesson.LessonView;
import org.mlplayground.train.Command;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Building a lesson in the window: the current state as steps, edited, reordered, removed, saved and read back. */
@ExtendWith(ApplicationExtension.class)
class LessonBuilderTest {

    @TempDir
    static Path home;

    private LessonFixture window;

    @Start
    void start(Stage stage) {
        window = new LessonFixture(stage, home);
    }

    @Test
    void theCurrentStateBecomesStepsThatAreEditedMovedRemovedAndSaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons.addCurrentState());
        Lesson one = window.lessons.lessonProperty().get();
        assertEquals(1, one.steps().size());
        assertEquals("circle", one.stateAt(1).get("dataset"), "the first step names the whole state");
        assertEquals(LessonView.PLAYGROUND, one.steps().get(0).view());

        robot.interact(() -> {
            window.playground.network().alphaProperty().set(0.01);
            window.lessons.addCurrentState();
            window.lessons.editStep("More alpha", "With `alpha = 10^-2` the boundary is *smoother*.", "What happened to the test loss?");
        });
        Lesson two = window.lessons.lessonProperty().get();
        assertEquals(Map.of("alpha", "0.01"), two.steps().get(1).state(), "only what changed is stored");
        assertEquals("More alpha", two.steps().get(1).title());
        assertEquals(2, window.lessons.stepProperty().get());

        robot.interact(() -> window.lessons.editStep("Bad", "an *unclosed emphasis", ""));
        assertTrue(window.lessons.messageProperty().get().startsWith("Not changed"), window.lessons.messageProperty().get());
        assertEquals("More alpha", window.lessons.lessonProperty().get().steps().get(1).title());

        robot.interact(() -> window.lessons.moveStep(-1));
        Lesson moved = window.lessons.lessonProperty().get();
        assertEquals("More alpha", moved.steps().get(0).title());
        assertEquals(1, window.lessons.stepProperty().get(), "the moved step stays the one shown");
        assertEquals("0.01", moved.stateAt(1).get("alpha"));
        assertEquals("0", moved.stateAt(2).get("alpha"), "each step still shows what it showed");

        robot.interact(() -> window.lessons.renameLesson("Alpha by hand"));
        moved = window.lessons.lessonProperty().get();
        assertEquals("Alpha by hand", moved.title());
        Path file = home.resolve("my-lesson.json");
        robot.interact(() -> window.lessons.save(file.toFile()));
        assertEquals("Saved the lesson as my-lesson.json.", window.lessons.messageProperty().get());
        assertEquals(moved, LessonFile.read(file));

        robot.interact(() -> window.lessons.removeStep());
        assertEquals(1, window.lessons.lessonProperty().get().steps().size());
        robot.interact(() -> window.lessons.removeStep());
        assertEquals("A lesson needs at least one step.", window.lessons.messageProperty().get());

        // the saved lesson opens from its file and shows its first step: alpha 0.01, one configuration
        robot.interact(() -> window.playground.network().alphaProperty().set(0));
        int sent = window.training.commands().size();
        robot.interact(() -> window.lessons.openFile(file.toFile()));
        assertEquals(0.01, window.playground.network().alphaProperty().get());
        assertEquals(1, window.training.commands().subList(sent, window.training.commands().size()).stream()
                .filter(c -> c instanceof Command.Configure).count());
    }

    @Test
    void pointsClickedInBeforeALessonDoNotFollowIntoIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.playground.addPoint(-5, -5, 1));
        robot.interact(() -> window.lessons.addCurrentState());
        Lesson mine = window.lessons.lessonProperty().get();
        assertTrue(mine.stateAt(1).containsKey("added"), "a lesson built with points names them");
        Lesson plain = LessonFile.builtIns().values().iterator().next();
        robot.interact(() -> window.lessons.leave());
        robot.interact(() -> window.lessons.open(plain));
        assertEquals(0, window.playground.data().addedPoints().size(), "a lesson starts from its own data");
        robot.interact(() -> window.lessons.open(mine));
        assertEquals(1, window.playground.data().addedPoints().size(), "one that names points shows them");
    }
}
