package org.mlplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The MLP Playground window ({@code -Dplayground.preset=spiral} starts from a preset, see {@link PlaygroundViewModel#applyPreset}). */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;

    @Override
    public void start(Stage stage) {
        model = new PlaygroundViewModel();
        String preset = System.getProperty("playground.preset");
        if (preset != null) {
            model.applyPreset(preset);
        }
        stage.setTitle("MLP Playground");
        stage.setScene(new Scene(new PlaygroundView(model).createView(), 1440, 860));
        stage.show();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
