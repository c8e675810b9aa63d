package org.mlplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The MLP Playground window. */
public final class PlaygroundApp extends Application {

    private LossDemoViewModel model;

    @Override
    public void start(Stage stage) {
        model = new LossDemoViewModel();
        stage.setTitle("MLP Playground");
        stage.setScene(new Scene(new LossDemoView(model).createView(), 1240, 640));
        stage.show();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
