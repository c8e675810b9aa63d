package org.mlplayground.ui.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
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
 * on the Digits tab. Drawn digits are kept in {@code ~/.mlp-playground/my-digits.csv}.
 */
public final class PlaygroundApp extends Application {

    private PlaygroundViewModel model;
    private DigitsViewModel digits;
    private org.mlplayground.ui.sweep.SweepViewModel sweep;

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
        DigitsView digitsView = new DigitsView(digits);
        Tab playground = new Tab("Playground", playgroundView.createView());
        Tab digitsTab = new Tab("Digits", digitsView.createView());
        digitsView.addDetails("Sweep", new org.mlplayground.ui.sweep.DigitsSweepView(
                new org.mlplayground.ui.sweep.DigitsSweepViewModel(digits)).node());
        // one presentation mode for the whole window
        digitsView.presentationProperty().bindBidirectional(playgroundView.presentationProperty());
        sweep = new org.mlplayground.ui.sweep.SweepViewModel(model);
        TabPane tabs = new TabPane(playground, digitsTab);
        org.mlplayground.ui.math.MathTabs.add(tabs, model);
        tabs.getTabs().add(new Tab("Sweep", new org.mlplayground.ui.sweep.SweepView(sweep).createView()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if ("digits".equals(System.getProperty("playground.tab"))) {
            tabs.getSelectionModel().select(digitsTab);
        }
        stage.setTitle("MLP Playground");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // 1440 x 860 where it fits, larger on a large screen
        // lesson mode: the Lessons menu at the right of the tab bar, the lesson's panel at the right
        javafx.scene.Parent content = org.mlplayground.ui.lessons.LessonMode.around(tabs, model, digits, digitsView,
                playgroundView.presentationProperty());
        stage.setScene(new Scene(content, Math.min(Math.max(1440, 0.9 * screen.getWidth()), screen.getWidth()),
                Math.min(Math.max(860, 0.9 * screen.getHeight()), screen.getHeight())));
        stage.show();
    }

    @Override
    public void stop() {
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
