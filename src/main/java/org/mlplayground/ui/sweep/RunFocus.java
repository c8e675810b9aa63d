package org.mlplayground.ui.sweep;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Where the keyboard focus goes around a run: a run's start button and Cancel are disabled and
 * enabled in turn, and JavaFX then hands the focus to the next control, often a text field
 * (after a grid, the Architectures field had it and took the next key typed). When the run ends,
 * the focus goes back to the button that started it, unless the user has put it somewhere else
 * meanwhile.
 */
final class RunFocus {

    private Button starter;
    private boolean startedHere;

    private RunFocus() {
    }

    /** Watches {@code starters} (the buttons that start a run) and {@code cancel} while {@code running}. */
    static void install(ObservableBooleanValue running, Button cancel, Button... starters) {
        RunFocus focus = new RunFocus();
        focus.starter = starters[0];
        for (Button b : starters) {
            b.addEventFilter(ActionEvent.ACTION, e -> {
                focus.starter = b;
                focus.startedHere = true;
            });
        }
        running.addListener((o, was, now) -> {
            if (!focus.startedHere) {
                return;
            }
            if (now) {
                // the starter is disabled now: the focus goes to Cancel (Space cancels), not to
                // whatever control follows the starter (a text field after "Sweep alpha")
                Platform.runLater(cancel::requestFocus);
            } else {
                Node owner = cancel.getScene() == null ? null : cancel.getScene().getFocusOwner();
                if (owner == null || owner == cancel || owner.isDisabled()) {
                    focus.starter.requestFocus();
                }
                focus.startedHere = false;
            }
        });
    }
}
