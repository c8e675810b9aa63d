package org.mlplayground.ui.lessons;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Where each {@link org.mlplayground.io.lesson.LessonControl} is in this window: the ids of its
 * nodes (or a test on the node, for controls drawn again with the network) and of its menu items.
 * Controls a lesson may name that this window does not have ({@code init}, {@code x2scale},
 * {@code presets}, the math and sweep views') are not in the table.
 */
final class LessonControlMap {

    /** The neuron buttons above a hidden layer in the network graph. */
    private static final Set<String> NEURON_BUTTONS = Set.of("+", "\u2212");

    private static final Map<String, Predicate<Node>> NODES = Map.ofEntries(
            Map.entry("dataset", id(n -> n.startsWith("dataset-"))),
            Map.entry("points", id("points")),
            Map.entry("noise", id("noise")),
            Map.entry("test", id("test-share")),
            Map.entry("regenerate", id("regenerate")),
            Map.entry("addPoints", id("clear-points")),
            Map.entry("table", id("table-name")),
            Map.entry("features", id(n -> n.startsWith("feature-"))),
            Map.entry("scaler", id("scaler")),
            Map.entry("hidden", id(n -> n.equals("add-layer") || n.equals("remove-layer")).or(LessonControlMap::neuronButton)),
            Map.entry("activation", id("activation")),
            Map.entry("solver", id("solver")),
            Map.entry("lr", id("learning-rate")),
            Map.entry("alpha", id("alpha")),
            Map.entry("batch", id("batch")),
            Map.entry("seed", id("seed")),
            Map.entry("play", id("play")),
            Map.entry("step", id("step")),
            Map.entry("reset", id("reset")),
            Map.entry("weights", id(n -> n.startsWith("link-"))),
            Map.entry("state", id("share-menu")),
            Map.entry("problem", id("problem")),
            Map.entry("digits.hidden", id("digits-hidden")),
            Map.entry("digits.activation", id("digits-activation")),
            Map.entry("digits.solver", id("digits-solver")),
            Map.entry("digits.alpha", id("digits-alpha")),
            Map.entry("digits.batch", id("digits-batch")),
            Map.entry("digits.epochs", id("digits-epochs")),
            Map.entry("digits.scaler", id("digits-scaler")),
            Map.entry("digits.trainSize", id("digits-train-size")),
            Map.entry("digits.seed", id("digits-seed")),
            Map.entry("digits.train", id(n -> n.equals("digits-train") || n.equals("digits-stop"))),
            Map.entry("digits.model", id(n -> n.equals("digits-load") || n.equals("digits-save"))),
            Map.entry("digits.pad", id("drawing-pad")),
            Map.entry("digits.evaluate", id("evaluation-set")),
            Map.entry("digits.compare", id(n -> n.equals("add-svm") || n.equals("add-logistic"))));

    /** Menu items (not nodes) by id, for the controls that are menu entries. */
    private static final Map<String, List<String>> MENU_ITEMS = Map.of(
            "table", List.of("load-csv"),
            "state", List.of("save-state", "load-state", "copy-state", "paste-state"));

    private LessonControlMap() {
    }

    /** Whether this window has control {@code name}. */
    static boolean inWindow(String name) {
        return NODES.containsKey(name);
    }

    /** Whether {@code node} is (part of) control {@code name}. */
    static boolean matches(String name, Node node) {
        Predicate<Node> p = NODES.get(name);
        return p != null && p.test(node);
    }

    /** The ids of the menu items that belong to control {@code name}. */
    static List<String> menuItems(String name) {
        return MENU_ITEMS.getOrDefault(name, List.of());
    }

    private static Predicate<Node> id(String id) {
        return n -> id.equals(n.getId());
    }

    private static Predicate<Node> id(Predicate<String> test) {
        return n -> n.getId() != null && test.test(n.getId());
    }

    private static boolean neuronButton(Node n) {
        if (!(n instanceof Button b) || !NEURON_BUTTONS.contains(b.getText())) {
            return false;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if ("network".equals(p.getId())) {
                return true;
            }
        }
        return false;
    }
}
