package org.mlplayground.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The command line's window options, the intended window size, and the whole-window zoom. */
@ExtendWith(ApplicationExtension.class)
class WindowSetupTest {

    private final StackPane content = new StackPane();
    private ZoomPane zoom;

    @Start
    void start(Stage stage) {
        zoom = new ZoomPane(content);
        zoom.setManaged(false);
        stage.setScene(new Scene(new Pane(zoom), 800, 600));
        stage.show();
    }

    @Test
    void presentationAndFullScreenStartTheWindowNotTheCommandLine() {
        assertTrue(WindowOptions.onlyWindowOptions(new String[0]));
        assertTrue(WindowOptions.onlyWindowOptions(new String[] {"--presentation", "--fullscreen"}));
        assertFalse(WindowOptions.onlyWindowOptions(new String[] {"train", "--presentation"}));
        assertEquals(new WindowOptions(true, true), WindowOptions.parse(List.of("--fullscreen", "--presentation")));
        assertEquals(new WindowOptions(false, false), WindowOptions.parse(List.of()));
    }

    @Test
    void theWindowIsNeverSmallerThanItsLayout() {
        double[] small = WindowSetup.intendedSize(new Rectangle2D(0, 0, 1280, 760));
        assertEquals(1280, small[0]);
        assertEquals(760, small[1]);
        double[] large = WindowSetup.intendedSize(new Rectangle2D(0, 0, 1920, 1050));
        assertEquals(1728, large[0], 1e-9);
        assertEquals(945, large[1], 1e-9);
    }

    @Test
    void zoomLaysTheContentOutSmallerAndDrawsItLarger(FxRobot robot) {
        robot.interact(() -> {
            zoom.resize(1000, 800);
            zoom.step(1);
            zoom.step(1);
            zoom.layout();
        });
        assertEquals(1.21, zoom.effectiveZoom(), 1e-9);
        assertEquals(1000 / 1.21, content.getWidth(), 1e-6);
        assertEquals(1000, content.localToParent(content.getLayoutBounds()).getWidth(), 1e-6, "drawn across the window");
        robot.interact(() -> {
            zoom.step(0);
            zoom.layout();
        });
        assertEquals(1000, content.getWidth(), 1e-9);
        for (int i = 0; i < 40; i++) {
            zoom.step(-1);
        }
        assertEquals(ZoomPane.MIN, zoom.zoomProperty().get(), 1e-9);
        assertEquals(1, ZoomPane.presentationFactor(1280, 800), 1e-9);
        assertEquals(1.08, ZoomPane.presentationFactor(1920, 1080), 1e-9);
        assertEquals(1.44, ZoomPane.presentationFactor(2560, 1440), 1e-9);
        assertEquals(1, ZoomPane.presentationFactor(1024, 640), 1e-9, "never smaller");
    }

    @Test
    void ctrlPlusMinusAndZeroAreTheZoomKeys() {
        assertEquals(1, WindowSetup.zoomSign(key(KeyCode.PLUS)));
        assertEquals(1, WindowSetup.zoomSign(key(KeyCode.EQUALS)));
        assertEquals(-1, WindowSetup.zoomSign(key(KeyCode.MINUS)));
        assertEquals(0, WindowSetup.zoomSign(key(KeyCode.DIGIT0)));
        assertEquals(null, WindowSetup.zoomSign(key(KeyCode.A)));
    }

    private static javafx.scene.input.KeyEvent key(KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false);
    }
}
