package org.mlplayground.ui.app;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window's content on the stage: at its intended size under any window manager (some,
 * e.g. Openbox, otherwise leave a JavaFX 21 window at 200 x 200), F11 for full screen, and
 * Ctrl+plus, Ctrl+minus and Ctrl+0 to zoom the whole window.
 */
final class WindowSetup {

    /** The smallest window the layout is made for. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    private WindowSetup() {
    }

    /** The intended size on {@code screen}: 1440 x 860 where it fits, 90% of a larger screen. */
    static double[] intendedSize(Rectangle2D screen) {
        return new double[] {Math.min(Math.max(1440, 0.9 * screen.getWidth()), screen.getWidth()),
                Math.min(Math.max(860, 0.9 * screen.getHeight()), screen.getHeight())};
    }

    /** Shows {@code content} on {@code stage}, zoomed in presentation mode; returns the zoom pane that holds it. */
    static ZoomPane show(Stage stage, Parent content, boolean fullScreen, javafx.beans.value.ObservableValue<Boolean> presentation,
                         org.mlplayground.io.WindowMemory memory) {
        ZoomPane zoom = new ZoomPane(content);
        zoom.presentationProperty().bind(presentation);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the remembered window where it is still on a screen, else the intended size
        boolean remembered = memory != null && !Screen.getScreensForRectangle(memory.x(), memory.y(), memory.width(),
                memory.height()).isEmpty();
        double[] size = remembered ? new double[] {memory.width(), memory.height()} : intendedSize(screen);
        Scene scene = new Scene(zoom, size[0], size[1]);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                e.consume();
            } else if (e.isShortcutDown() && zoomSign(e) != null) {
                zoom.step(zoomSign(e));
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        if (remembered) {
            stage.setX(memory.x());
            stage.setY(memory.y());
            stage.setMaximized(memory.maximized());
        }
        // Escape closes a menu or leaves a lesson; only F11 leaves full screen
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("F11 leaves full screen");
        stage.show();
        // full screen once shown (a window manager may ignore it before); a window manager may
        // also shrink the window as it maps it: ask again once it is shown
        stage.setFullScreen(fullScreen);
        Platform.runLater(() -> {
            if (!fullScreen && !stage.isFullScreen() && !stage.isMaximized()
                    && (stage.getWidth() < size[0] - 1 || stage.getHeight() < size[1] - 1)) {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                if (!remembered) {
                    stage.centerOnScreen();
                }
            }
        });
        return zoom;
    }

    /** +1 for Ctrl+plus (or equals, where plus needs shift), -1 for Ctrl+minus, 0 for Ctrl+0, else null. */
    static Integer zoomSign(KeyEvent e) {
        return switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> 1;
            case MINUS, SUBTRACT -> -1;
            case DIGIT0, NUMPAD0 -> 0;
            default -> null;
        };
    }
}
