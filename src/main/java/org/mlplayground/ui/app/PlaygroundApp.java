package org.mlplayground.ui.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.io.WindowMemory;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundView;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.LazyTab;


/**
 * The MLP Playground window: the Playground tab (a network on points in the plane) and the Digits
 * tab (MNIST, the drawing pad, evaluation and comparison). {@code -Dplayground.preset=spiral}
 * starts from a preset (see {@link PlaygroundViewModel#applyPreset}), {@code -Dplayground.tab=digits}
 * on the Digits tab (or any tab by its name, e.g. {@code sweep}); the window's place and size and the playground's state are remembered in
 * {@code ~/.mlp-playground/window.properties} (a preset wins over the remembered state); {@code --presentation} and {@code --fullscreen} (see {@link WindowOptions}) start in
 * presentation mode and full screen. F11 switches full screen, Ctrl+plus/minus/0 zoom. Drawn digits are kept in {@code ~/.mlp-playground/my-digits.csv}.
 * Only the Playground tab is built at start: every other tab is built when first opened, and MNIST
 * is read then ({@code -Dmlp.startupTrace} prints the start's milestones).
 */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;
    private DigitsViewModel digits;
    private org.mlplayground.ui.sweep.SweepViewModel sweep;
    private Stage stage;
    private TabPane tabs;
    private WindowMemory memory;
    private final Path memoryFile = WindowMemory.defaultFile(Path.of(System.getProperty("user.home")));

    @Override
    public void start(Stage stage) {
        start(stage, WindowOptions.parse(getParameters().getRaw()));
    }

    /** Builds and shows the window on {@code stage} with {@code options} (bench --fx calls it directly). */
    void start(Stage stage, WindowOptions options) {
        StartupTrace.mark("JavaFX started, building the window");
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        StartupTrace.mark("theme stylesheet read");
        model = new PlaygroundViewModel();
        String preset = System.getProperty("playground.preset");
        if (preset != null) {
            model.applyPreset(preset);
        }
        // MNIST and the shipped model are read when the Digits tab is first opened
        digits = DigitsViewModel.deferred(new PersonalDigits(Path.of(System.getProperty("user.home"), ".mlp-playground", "my-digits.csv")));
        PlaygroundView playgroundView = new PlaygroundView(model);
        DigitsView digitsView = new DigitsView(digits);
        StartupTrace.mark("view-models made");
        // a sweep takes every core unless something trains in the window, on either tab
        java.util.function.BooleanSupplier trainingRuns = () -> model.runningProperty().get() || digits.isTraining();
        tabs = tabs(playgroundView, digitsView, () -> {
            digitsView.addDetails("Sweep", new org.mlplayground.ui.sweep.DigitsSweepView(
                    new org.mlplayground.ui.sweep.DigitsSweepViewModel(digits,
                            org.mlplayground.ui.shared.Background.worker("digits-sweep-worker"), trainingRuns)).node());
            digits.load();
        });
        StartupTrace.mark("Playground tab built");
        // the views that act on the screens: the math of the playground's network, sweeps, lessons;
        // each is built when its tab is first opened
        org.mlplayground.ui.math.MathViewModel math = org.mlplayground.ui.math.MathTabs.add(tabs, model);
        sweep = new org.mlplayground.ui.sweep.SweepViewModel(model, org.mlplayground.ui.shared.Background.worker("sweep-worker"),
                trainingRuns);
        tabs.getTabs().add(LazyTab.of("Sweep", "sweep-tab", () -> new org.mlplayground.ui.sweep.SweepView(sweep).createView()));
        // presentation mode enlarges the text of every tab, not only the two screens'
        for (Tab t : tabs.getTabs().subList(2, tabs.getTabs().size())) {
            styleWhenBuilt(t, playgroundView.presentationProperty());
        }
        String startTab = System.getProperty("playground.tab");
        for (Tab t : tabs.getTabs()) {
            if (t.getText().equalsIgnoreCase(startTab)) {
                tabs.getSelectionModel().select(t);
            }
        }
        // the remembered state first: a lesson opened at start (-Dplayground.lesson) sets its own on top
        memory = WindowMemory.read(memoryFile).orElse(null);
        if (preset == null && memory != null && !memory.state().isEmpty()) {
            try {
                model.applyState(memory.state());
            } catch (RuntimeException e) {
                // a state this version cannot read: start from the defaults
            }
        }
        // lesson mode: the Lessons menu at the right of the tab bar, the lesson's panel at the right
        javafx.scene.Parent content = org.mlplayground.ui.lessons.LessonMode.around(tabs, model, digits, digitsView,
                playgroundView.presentationProperty(), new LessonWiring(sweep, math));
        // and the tab bar, the Lessons menu and the lesson's panel around them
        if (content instanceof javafx.scene.layout.Region around) {
            org.mlplayground.ui.shared.Controls.styleView(around, playgroundView.presentationProperty());
        }
        StartupTrace.mark("companion tabs and lesson mode set up");
        stage.setTitle("MLP Playground");
        playgroundView.presentationProperty().set(options.presentation());
        this.stage = stage;
        WindowSetup.show(stage, content, options.fullScreen(), playgroundView.presentationProperty(), memory);
        focusContent(tabs.getSelectionModel().getSelectedItem());
        StartupTrace.firstFrame(stage.getScene());
        StartupTrace.mark("window shown (stage.show returned)");
    }

    /** The playground's view-model, the Digits tab's and the window's tabs (bench --fx drives them). */
    PlaygroundViewModel playground() {
        return model;
    }

    DigitsViewModel digits() {
        return digits;
    }

    TabPane tabPane() {
        return tabs;
    }

    private static void focusContent(Tab tab) {
        javafx.application.Platform.runLater(() -> {
            if (tab != null && tab.getContent() != null) {
                tab.getContent().requestFocus();
            }
        });
    }

    /** Gives {@code tab}'s content, now or once built, presentation mode's larger text. */
    private static void styleWhenBuilt(Tab tab, javafx.beans.property.BooleanProperty presentation) {
        java.util.function.Consumer<javafx.scene.Node> style = n -> {
            if (n instanceof javafx.scene.layout.Region r && LazyTab.isBuilt(tab)) {
                org.mlplayground.ui.shared.Controls.styleView(r, presentation);
            }
        };
        style.accept(tab.getContent());
        tab.contentProperty().addListener((o, was, n) -> style.accept(n));
    }

    /**
     * Writes the window's place and size (the last ones outside full screen) and the playground's
     * state on a thread of its own, waiting for it at most two seconds.
     */
    private void remember() {
        if (stage == null || model == null) {
            return;
        }
        boolean full = stage.isFullScreen();
        WindowMemory now = full && memory != null
                ? new WindowMemory(memory.x(), memory.y(), memory.width(), memory.height(), memory.maximized(), model.stateText())
                : new WindowMemory(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                        model.stateText());
        if (full && memory == null) {
            return;
        }
        Thread writer = new Thread(() -> {
            try {
                now.write(memoryFile);
            } catch (java.io.IOException e) {
                System.err.println("Could not remember the window in " + memoryFile + ": " + e.getMessage());
            }
        }, "remember-window");
        writer.start();
        try {
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The window's two tabs, Playground and Digits, with one presentation mode for both. */
    static TabPane tabs(PlaygroundView playgroundView, DigitsView digitsView) {
        return tabs(playgroundView, digitsView, () -> { });
    }

    /**
     * The same, the Digits tab's view built when the tab is first opened, then {@code whenDigitsBuilt}
     * run (the window adds the Digits sweep and starts reading MNIST there).
     */
    static TabPane tabs(PlaygroundView playgroundView, DigitsView digitsView, Runnable whenDigitsBuilt) {
        Tab playground = new Tab("Playground", playgroundView.createView());
        Tab digitsTab = LazyTab.of("Digits", "digits-tab", () -> {
            javafx.scene.Parent view = digitsView.createView();
            whenDigitsBuilt.run();
            return view;
        });
        digitsView.presentationProperty().bindBidirectional(playgroundView.presentationProperty());
        TabPane tabs = new TabPane(playground, digitsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the keys (space, S, F, digits...) go to the tab on screen: its view takes the focus when it
        // is shown, not the tab bar that was clicked
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> focusContent(now));
        return tabs;
    }

    @Override
    public void stop() {
        remember();
        if (model != null) {
            model.shutdown();
        }
        if (digits != null) {
            digits.shutdown();
        }
        if (sweep != null) {
            sweep.shutdown();
        }
    }
}
