package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.data.Generators;
import org.mlplayground.train.Command;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The playground's view-model on a hand-fed training service: which commands its controls send, no real training. */
@ExtendWith(ApplicationExtension.class)
class PlaygroundViewModelTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static List<Command> configures(HandFedTraining training) {
        return training.commands().stream().filter(c -> c instanceof Command.Configure).toList();
    }

    @Test
    void aPresetAndAPastedStateAreOneConfigurationEach(FxRobot robot) {
        HandFedTraining training = new HandFedTraining();
        PlaygroundViewModel[] model = new PlaygroundViewModel[1];
        robot.interact(() -> model[0] = new PlaygroundViewModel(training, Background.immediate()));
        assertEquals(1, configures(training).size(), "the first data");
        assertEquals(org.mlplayground.io.PlaygroundState.DEFAULT.toText(), model[0].stateText(),
                "the window starts from the state text's defaults");
        robot.interact(() -> model[0].applyPreset("spiral"));
        assertEquals(2, configures(training).size(), "the preset changes five controls, and configures once");
        Command.Configure spiral = (Command.Configure) configures(training).get(1);
        assertEquals(6, spiral.config().hiddenLayerSizes().length);
        assertEquals(0.003, spiral.config().learningRateInit());
        assertTrue(training.commands().stream().noneMatch(c -> c instanceof Command.SetLearningRate),
                "the preset's learning rate travels in its configuration, not as a live change");
        String state = model[0].stateText();
        robot.interact(() -> model[0].data().datasetProperty().set(Generators.MOONS));
        int before = configures(training).size();
        robot.interact(() -> model[0].applyState(state));
        assertEquals(before + 1, configures(training).size());
        assertEquals(state, model[0].stateText());
    }

    @Test
    void liveSettingsReachTheRunningModelWithoutStartingOver(FxRobot robot) {
        HandFedTraining training = new HandFedTraining();
        PlaygroundViewModel[] model = new PlaygroundViewModel[1];
        robot.interact(() -> model[0] = new PlaygroundViewModel(training, Background.immediate()));
        int configured = configures(training).size();
        robot.interact(() -> {
            model[0].network().alphaProperty().set(0.01);
            model[0].network().learningRateProperty().set(0.1);
        });
        assertEquals(configured, configures(training).size());
        List<Command> last = training.commands().subList(training.commands().size() - 2, training.commands().size());
        assertEquals(new Command.SetAlpha(0.01), last.get(0));
        assertEquals(new Command.SetLearningRate(0.1), last.get(1));
    }

    @Test
    void aStateThatCannotBeReadChangesNothing(FxRobot robot) {
        HandFedTraining training = new HandFedTraining();
        PlaygroundViewModel[] model = new PlaygroundViewModel[1];
        robot.interact(() -> model[0] = new PlaygroundViewModel(training, Background.immediate()));
        String before = model[0].stateText();
        int sent = training.commands().size();
        assertThrows(IllegalArgumentException.class, () -> model[0].applyState("dataset=nowhere"));
        assertEquals(before, model[0].stateText());
        assertEquals(sent, training.commands().size());
    }

    @Test
    void playGivenWhileTheDataIsBuiltFollowsItsConfiguration(FxRobot robot) {
        HandFedTraining training = new HandFedTraining();
        Background.Queued later = new Background.Queued();
        PlaygroundViewModel[] model = new PlaygroundViewModel[1];
        robot.interact(() -> {
            model[0] = new PlaygroundViewModel(training, later);
            model[0].togglePlay();
        });
        assertTrue(training.commands().stream().noneMatch(c -> c instanceof Command.Play), "Play waits for the data");
        robot.interact(later::runAll);
        List<Command> sent = training.commands();
        int configure = sent.indexOf(configures(training).get(0));
        assertInstanceOf(Command.Play.class, sent.get(sent.size() - 1));
        assertTrue(configure < sent.size() - 1, "configured first, then played");
    }
}
