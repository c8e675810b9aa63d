package org.mlplayground;

import org.mlplayground.cli.Cli;
import org.mlplayground.ui.app.Desktop;


/**
 * The entry point of {@code mlp-playground.jar}: no arguments opens the window, a subcommand runs
 * headless. (A class extending JavaFX's {@code Application} cannot be the main class of a plain
 * classpath launch, so this one dispatches.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Desktop.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
