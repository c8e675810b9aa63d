package org.mlplayground.ui.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundView;
import org.mlplayground.ui.playground.PlaygroundViewModel;


/**
 * The MLP Playground window: the Playground tab (a network on points in the plane) and the Digits
 * tab (MNIST, the drawing pad, evaluation and comparison). {@code -Dplayground.preset=spiral}
 * starts from a preset (see {@link PlaygroundViewModel#applyPreset}), {@code -Dplayground.tab=digits}
 * on the Digits tab; {@code --presentation} and {@code --fullscreen} (see {@link WindowOptions}) start in
 * presentation mode and full screen. F11 switches full screen, Ctrl+plus/minus/0 zoom. Drawn digits are kept in {@code ~/.mlp-playground/my-digits.csv}.
 */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;
    private DigitsViewModel digits;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        model = new PlaygroundViewModel();
        String preset = System.getProperty("playground.preset");
        if (preset != null) {
            model.applyPreset(preset);
        }
        digits = new DigitsViewModel(new PersonalDigits(Path.of(System.getProperty("user.home"), ".mlp-playground", "my-digits.csv")));
        PlaygroundView playgroundView = new PlaygroundView(model);
        TabPane tabs = tabs(playgroundView, new DigitsView(digits));
        if ("digits".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(1);
        }
        stage.setTitle("MLP Playground");
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        playgroundView.presentationProperty().set(options.presentation());
        WindowSetup.show(stage, tabs, options.fullScreen(), playgroundView.presentationProperty());
    }

    /** The window's two tabs, Playground and Digits, with one presentation mode for both. */
    static TabPane tabs(PlaygroundView playgroundView, DigitsView digitsView) {
        Tab playground = new Tab("Playground", playgroundView.createView());
        Tab digitsTab = new Tab("Digits", digitsView.createView());
        digitsView.presentationProperty().bindBidirectional(playgroundView.presentationProperty());
        TabPane tabs = new TabPane(playground, digitsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
        if (digits != null) {
            digits.shutdown();
        }
    }
}
