package org.mlplayground.ui.math;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.LazyTab;

/** Adds the Math, Gradient health and Hidden space tabs, all following the playground's network, each built when first opened. */
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
        // each tab's view is built when the tab is first opened (a faster start)
        Tab mathTab = LazyTab.of("Math", "math-tab", () -> new MathView(math).createView());
        math.activeProperty().bind(mathTab.selectedProperty());
        Tab health = LazyTab.of("Gradient health", "health-tab",
                () -> new HealthPanel(playground).createView(playground.snapshotProperty()));
        HiddenSpaceView[] space = new HiddenSpaceView[1];
        Tab hidden = LazyTab.of("Hidden space", "hidden-space-tab", () -> {
            space[0] = new HiddenSpaceView(playground);
            return space[0].createView();
        });
        hidden.selectedProperty().addListener((o, was, on) -> space[0].setShown(on));
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
