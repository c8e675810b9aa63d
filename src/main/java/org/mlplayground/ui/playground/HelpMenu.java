package org.mlplayground.ui.playground;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;

/** The Help menu: keyboard shortcuts, a glossary of the words on screen, and About (versions, licences). */
final class HelpMenu {

    private HelpMenu() {
    }

    /** The shortcuts, key to what it does, in the order shown. */
    static Map<String, String> shortcuts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Space", "play or pause training");
        m.put("S", "one step: an epoch or a batch (Step by)");
        m.put("R", "reset to the initial weights");
        m.put("P", "presentation mode on or off");
        m.put("F11", "full screen on or off (Esc leaves it too)");
        m.put("Ctrl + plus / minus / 0", "zoom the whole window in, out, back to 100%");
        m.put("Click / shift-click the plane", "add a point of class 1 / class 0");
        m.put("0 to 9 (Digits tab)", "keep the drawing as that digit");
        m.put("C or Esc (Digits tab)", "clear the pad");
        m.put("Ctrl+Z or Backspace (Digits tab)", "undo a stroke");
        return m;
    }

    /** Each term on screen and its meaning, in the order shown. */
    static Map<String, String> glossary() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("epoch", "one pass over all training points");
        m.put("batch", "the points of one weight update (batch size: how many)");
        m.put("learning rate", "the size of each update step; too large and training diverges");
        m.put("alpha", "the L2 penalty: larger alpha keeps weights small and the boundary smooth");
        m.put("activation", "the function g a hidden neuron applies: a = g(z), z = w \u00b7 a(previous layer) + b");
        m.put("solver", "how weights are updated: sgd, adam (batches) or lbfgs (all data at once)");
        m.put("loss", "how wrong the predictions are (log loss for classes, squared error for numbers); training lowers it");
        m.put("test share", "the share of points held out: never trained on, they show how well the network generalises");
        m.put("noise", "how far points stray from their pattern");
        m.put("accuracy / R\u00b2", "the share of points classified right / the share of variance explained");
        m.put("weight, bias", "a link's factor w, a neuron's offset b (link width shows |w|, colour its sign)");
        m.put("early stopping", "stop when the held-out loss has not improved for a number of epochs");
        return m;
    }

    /** About: the versions and the licences of what the application is built from. */
    static String about() {
        String version = HelpMenu.class.getPackage().getImplementationVersion();
        return "MLP Playground " + (version == null ? "(development build)" : version) + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version") + "\n\n"
                + "Built with:\n"
                + "  OpenJFX: GPL v2 with the Classpath Exception\n"
                + "  EJML: Apache License 2.0\n"
                + "  AtlantaFX: MIT License\n"
                + "  LIBSVM: BSD 3-Clause License\n"
                + "  picocli: Apache License 2.0\n"
                + "  Jackson: Apache License 2.0\n"
                + "  progressbar: MIT License\n"
                + "Data: MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0).";
    }

    /** The menu button for the toolbar. */
    static MenuButton of() {
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> show("Keyboard shortcuts", table(shortcuts())));
        MenuItem words = new MenuItem("Glossary");
        words.setOnAction(e -> show("Glossary", table(glossary())));
        MenuItem about = new MenuItem("About MLP Playground");
        about.setOnAction(e -> show("About", about()));
        MenuButton help = new MenuButton("Help", null, keys, words, about);
        help.setId("help-menu");
        return help;
    }

    private static String table(Map<String, String> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString().strip();
    }

    private static void show(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(title);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(60);
        area.setPrefRowCount(Math.min(16, (int) text.lines().count() + 1));
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        alert.show();
    }
}
