package org.mlplayground.ui.playground;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.mlplayground.ui.shared.PngExport;

/**
 * The playground's File and Share menus. File asks for a file and hands it to
 * {@link PlaygroundDocuments}; Share copies or pastes through the clipboard. What happened is
 * said in the playground's notice.
 */
final class PlaygroundMenus {

    private final PlaygroundViewModel model;
    private final Node window;

    /** Menus for {@code model}; {@code window} is any node of the window (dialogs open over it, PNG export draws its scene). */
    PlaygroundMenus(PlaygroundViewModel model, Node window) {
        this.model = model;
        this.window = window;
    }

    /** Save and load the state, load points, export history, model and picture. */
    MenuButton file() {
        PlaygroundDocuments documents = model.documents();
        MenuButton menu = new MenuButton("File");
        menu.setId("file-menu");
        menu.getItems().addAll(
                item("Save state to file\u2026", "save-state", () -> withFile("playground-state.txt", true, documents::saveState)),
                item("Load state from file\u2026", "load-state", () -> withFile("playground-state.txt", false, documents::loadState)),
                item("Load points from CSV\u2026", "load-csv", () -> withFile("points.csv", false, documents::loadPoints)),
                new SeparatorMenuItem(),
                item("Export loss history as CSV\u2026", "export-history", () -> withFile("loss-history.csv", true, documents::saveHistory)),
                item("Export model as JSON\u2026", "export-model", () -> withFile("model.json", true, documents::saveModel)),
                item("Export view as PNG\u2026", "export-png", () -> withFile("playground.png", true,
                        file -> documents.savePicture(file, PngExport.picture(window.getScene().getRoot())))));
        return menu;
    }

    /** Copy as sklearn, copy the state, paste a state. */
    MenuButton share() {
        MenuButton menu = new MenuButton("Share");
        menu.setId("share-menu");
        menu.setTooltip(new Tooltip("Copy this playground as a text or as scikit-learn code, or paste a copied one"));
        menu.getItems().addAll(
                item("Copy as sklearn", "copy-sklearn", () -> {
                    String line = model.sklearnLine();
                    copy(line);
                    say("Copied: " + line);
                }),
                item("Copy state", "copy-state", () -> {
                    copy(model.stateText());
                    say("Copied the playground's state: " + abbreviated(model.stateText()));
                }),
                item("Paste state", "paste-state", () -> {
                    String text = Clipboard.getSystemClipboard().getString();
                    try {
                        model.applyState(text == null ? "" : text);
                        say("Loaded the playground's state.");
                    } catch (IllegalArgumentException e) {
                        say("Not loaded: " + e.getMessage());
                    }
                }));
        return menu;
    }

    private void say(String text) {
        model.noticeProperty().set(text);
    }

    /** Runs {@code action} on the file the user chooses, if any. */
    private void withFile(String suggested, boolean save, Consumer<File> action) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        File file = save ? chooser.showSaveDialog(window.getScene().getWindow())
                : chooser.showOpenDialog(window.getScene().getWindow());
        if (file != null) {
            action.accept(file);
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The start of a long text, for the status line. */
    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "\u2026";
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
