package org.mlplayground.ui.math;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;

/** Adds the Math tab and the Gradient health tab, both following the playground's network. */
public final class MathTabs {

    private MathTabs() {
    }

    /** Appends the two tabs to {@code tabs}; "Vectorize, and see why" runs on its own worker thread. */
    public static void add(TabPane tabs, PlaygroundViewModel playground) {
        MathViewModel math = new MathViewModel(playground, Background.worker("math-worker"));
        Tab mathTab = new Tab("Math", new MathView(math).createView());
        mathTab.setId("math-tab");
        math.activeProperty().bind(mathTab.selectedProperty());
        Tab health = new Tab("Gradient health", new HealthPanel(playground).createView(playground.snapshotProperty()));
        health.setId("health-tab");
        tabs.getTabs().addAll(mathTab, health);
        if ("math".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(mathTab);
        } else if ("health".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(health);
        }
    }
}
