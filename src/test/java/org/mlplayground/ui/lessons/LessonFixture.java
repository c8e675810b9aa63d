package org.mlplayground.ui.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundView;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;

/**
 * The window as the app builds it (Playground and Digits tabs, lesson mode around them) on
 * hand-fed training services: nothing trains, MNIST is never loaded, commands are recorded.
 */
final class LessonFixture {

    final HandFedTraining training = new HandFedTraining();
    final HandFedTraining digitsTraining = new HandFedTraining();
    final PlaygroundViewModel playground;
    final DigitsViewModel digits;
    final TabPane tabs;
    final LessonViewModel lessons;

    /** Builds the window on {@code stage}; call on the FX thread. */
    LessonFixture(Stage stage, Path home) {
        playground = new PlaygroundViewModel(training, Background.immediate());
        digits = new DigitsViewModel(new PersonalDigits(home.resolve("my-digits.csv")), digitsTraining, new Background.Queued());
        PlaygroundView playgroundView = new PlaygroundView(playground);
        DigitsView digitsView = new DigitsView(digits);
        tabs = new TabPane(new Tab("Playground", playgroundView.createView()), new Tab("Digits", digitsView.createView()));
        BorderPane root = new BorderPane();
        lessons = LessonMode.install(root, tabs, playground, digits, digitsView, Background.immediate(),
                new SimpleBooleanProperty(false));
        stage.setScene(new Scene(root, 1600, 1000));
        stage.show();
    }

    /** Every node under {@code root}, tab contents and scroll pane contents included. */
    static List<Node> nodes(Parent root) {
        List<Node> out = new ArrayList<>();
        add(root, out);
        return out;
    }

    private static void add(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> add(c, out));
        }
    }

    /** Whether {@code n} or one of its ancestors is not visible. */
    static boolean hidden(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
