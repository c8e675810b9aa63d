package org.mlplayground.ui.app;

import javafx.application.Application;

/** Starts the JavaFX application from a plain main class. */
public final class Desktop {

    private Desktop() {
    }

    /** Opens the playground window and returns when it is closed. */
    public static void launch(String[] args) {
        StartupTrace.mark("main: launching JavaFX");
        Application.launch(PlaygroundApp.class, args);
    }
}
