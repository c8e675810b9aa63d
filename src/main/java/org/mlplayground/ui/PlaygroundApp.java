package org.mlplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The MLP Playground window. */
public final class PlaygroundApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("MLP Playground");
        stage.setScene(new Scene(new Label("MLP Playground"), 800, 600));
        stage.show();
    }
}
