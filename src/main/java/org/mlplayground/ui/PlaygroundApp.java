package org.mlplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The MLP Playground window. */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;

    @Override
    public void start(Stage stage) {
        model = new PlaygroundViewModel();
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
