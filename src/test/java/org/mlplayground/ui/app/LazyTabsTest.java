package org.mlplayground.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.math.MathTabs;
import org.mlplayground.ui.playground.PlaygroundView;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.LazyTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window starts with only the Playground tab built: the Digits tab (and MNIST with it) and the
 * Math, Gradient health and Hidden space tabs are built when first opened, once, and work then.
 */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {

    @TempDir
    static Path home;
    private PlaygroundViewModel model;
    private DigitsViewModel digits;
    private TabPane tabs;
    private final AtomicInteger digitsBuilt = new AtomicInteger();

    @Start
    void start(Stage stage) {
        model = new PlaygroundViewModel();
        digits = DigitsViewModel.deferred(new PersonalDigits(home.resolve("my-digits.csv")));
        tabs = PlaygroundApp.tabs(new PlaygroundView(model), new DigitsView(digits), () -> {
            digitsBuilt.incrementAndGet();
            digits.load();
        });
        MathTabs.add(tabs, model);
        stage.setScene(new Scene(tabs, 1440, 900));
        stage.show();
    }

    private Tab tab(String title) {
        return tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
    }

    private void open(FxRobot robot, String title) {
        robot.interact(() -> tabs.getSelectionModel().select(tab(title)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tab's content is a real view in the window: it has children and is in the scene. */
    private void assertShown(Tab t) {
        Node content = t.getContent();
        assertTrue(LazyTab.isBuilt(t), t.getText());
        assertTrue(content instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty(), t.getText() + " has its view");
        assertSame(tabs.getScene(), content.getScene(), t.getText() + " is in the window");
    }

    @Test
    void onlyThePlaygroundIsBuiltAtStartAndEveryOtherTabWhenFirstOpened(FxRobot robot) throws Exception {
        assertTrue(LazyTab.isBuilt(tab("Playground")));
        for (String title : new String[] {"Digits", "Math", "Gradient health", "Hidden space"}) {
            assertFalse(LazyTab.isBuilt(tab(title)), title + " is not built at start");
        }
        assertEquals(0, digitsBuilt.get());
        assertTrue(robot.lookup("#drawing-pad").tryQuery().isEmpty(), "no pad before the Digits tab opens");
        assertNull(digits.mnistProperty().get(), "MNIST is read when the Digits tab opens");

        open(robot, "Digits");
        assertShown(tab("Digits"));
        assertTrue(robot.lookup("#drawing-pad").tryQuery().isPresent(), "the pad is there");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> digits.mnistProperty().get() != null);
        for (String title : new String[] {"Math", "Gradient health", "Hidden space"}) {
            open(robot, title);
            assertShown(tab(title));
        }
        Node math = tab("Math").getContent();
        open(robot, "Playground");
        open(robot, "Digits");
        open(robot, "Math");
        assertEquals(1, digitsBuilt.get(), "the Digits tab is built once");
        assertSame(math, tab("Math").getContent(), "the Math tab keeps its view");
    }

    @Test
    void aTabBuiltOnDemandIsTheSameOneItShowsLater(FxRobot robot) {
        robot.interact(() -> LazyTab.build(tab("Hidden space")));
        Node built = tab("Hidden space").getContent();
        open(robot, "Hidden space");
        assertSame(built, tab("Hidden space").getContent());
        assertShown(tab("Hidden space"));
    }

    @Test
    void aTabClickedOpenTakesTheKeys(FxRobot robot) throws Exception {
        robot.clickOn("Math");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            Node focused = tabs.getScene().getFocusOwner();
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == tab("Math").getContent()) {
                    return true;
                }
            }
            return false;
        });
    }
}
