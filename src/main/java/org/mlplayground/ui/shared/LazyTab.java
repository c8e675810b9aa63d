package org.mlplayground.ui.shared;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * Tabs whose content is built the first time they are selected (or {@link #build built} on
 * demand), so that the window's start builds, styles and lays out only the tab it shows. Until
 * then such a tab holds an empty pane.
 */
public final class LazyTab {

    private static final String BUILT = "mlp.lazy-tab.built";
    private static final String BUILDER = "mlp.lazy-tab.builder";

    private LazyTab() {
    }

    /**
     * A tab titled {@code title} whose content {@code build} makes, on the FX thread, when the tab
     * is first selected (listeners added to its selection later run after the content exists).
     *
     * @param id the tab's id, or null for none
     */
    public static Tab of(String title, String id, Supplier<? extends Node> build) {
        Tab tab = new Tab(title, new StackPane());
        if (id != null) {
            tab.setId(id);
        }
        tab.getProperties().put(BUILDER, build);
        tab.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                build(tab);
            }
        });
        return tab;
    }

    /** Builds {@code tab}'s content now if it is a lazy tab not built yet; nothing otherwise. */
    public static void build(Tab tab) {
        Object builder = tab.getProperties().get(BUILDER);
        if (builder instanceof Supplier<?> s && !tab.getProperties().containsKey(BUILT)) {
            tab.getProperties().put(BUILT, Boolean.TRUE);
            tab.setContent((Node) s.get());
        }
    }

    /** Whether {@code tab}'s content has been built (always true for a tab that is not lazy). */
    public static boolean isBuilt(Tab tab) {
        return !tab.getProperties().containsKey(BUILDER) || tab.getProperties().containsKey(BUILT);
    }
}
