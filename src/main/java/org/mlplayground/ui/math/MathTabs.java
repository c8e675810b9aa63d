package org.mlplayground.ui.math;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;

/** Adds the Math, Gradient health and Hidden space tabs, all following the playground's network. */
public final class MathTabs {

    private MathTabs() {
    }

    /**
     * Appends the three tabs to {@code tabs}; "Vectorize, and see why" runs on its own worker thread.
     *
     * @return the Math tab's view-model (lessons step it)
     */
    public static MathViewModel add(TabPane tabs, PlaygroundViewModel playground) {
        MathViewModel math = new MathViewModel(playground, Background.worker("math-worker"));
        Tab mathTab = new Tab("Math", new MathView(math).createView());
        mathTab.setId("math-tab");
        math.activeProperty().bind(mathTab.selectedProperty());
        Tab health = new Tab("Gradient health", new HealthPanel(playground).createView(playground.snapshotProperty()));
        health.setId("health-tab");
        HiddenSpaceView space = new HiddenSpaceView(playground);
        Tab hidden = new Tab("Hidden space", space.createView());
        hidden.setId("hidden-space-tab");
        hidden.selectedProperty().addListener((o, was, on) -> space.setShown(on));
        tabs.getTabs().addAll(mathTab, health, hidden);
        if ("math".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(mathTab);
        } else if ("health".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(health);
        } else if ("hidden".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(hidden);
        }
        return math;
    }
}
