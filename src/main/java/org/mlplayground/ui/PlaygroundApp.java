package org.mlplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The MLP Playground window ({@code -Dplayground.preset=spiral} starts from a preset, see {@link PlaygroundViewModel#applyPreset}). */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        model = new PlaygroundViewModel();
        String preset = System.getProperty("playground.preset");
        if (preset != null) {
            model.applyPreset(preset);
        }
        stage.setTitle("MLP Playground");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // 1440 x 860 where it fits, larger on a large screen
        stage.setScene(new Scene(new PlaygroundView(model).createView(), Math.min(Math.max(1440, 0.9 * screen.getWidth()),
                screen.getWidth()), Math.min(Math.max(860, 0.9 * screen.getHeight()), screen.getHeight())));
        stage.show();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
