package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.train.Command;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sweep tab on a small real sweep: what it shows, loading a cell into the playground, Cancel. */
@ExtendWith(ApplicationExtension.class)
class SweepViewTest {

    private final HandFedTraining training = new HandFedTraining();
    private PlaygroundViewModel playground;
    private SweepViewModel sweep;

    @Start
    void start(Stage stage) {
        playground = new PlaygroundViewModel(training, Background.immediate());
        playground.data().pointsProperty().set(100);
        playground.stopRules().maxEpochsProperty().set(200);
        sweep = new SweepViewModel(playground, Background.worker("sweep-test"));
        Region root = (Region) new SweepView(sweep).createView();
        // the application's stylesheet, as the window gives it
        org.mlplayground.ui.shared.Controls.styleView(root, new javafx.beans.property.SimpleBooleanProperty(false));
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
    }

    @AfterEach
    void stop() {
        sweep.shutdown();
    }

    private void awaitEnd() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> sweep.stateProperty().get() != SweepViewModel.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Node> all(FxRobot robot, String styleClass) {
        return List.copyOf(robot.lookup("." + styleClass).queryAll());
    }

    @Test
    void anAlphaSweepShowsOneThumbnailPerAlphaAndAGridOneCellPerArchitectureAndAlphaWithTheBestOutlined(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            sweep.alphasProperty().set("0, 0.01");
            sweep.foldsProperty().set(2);
            sweep.architecturesProperty().set("3; 2+2");
            sweep.runAlphaSweep();
        });
        awaitEnd();
        assertEquals(SweepViewModel.State.DONE, sweep.stateProperty().get(), sweep.messageProperty().get());
        assertEquals(2, all(robot, ThumbnailStrip.ITEM).size());
        assertEquals(1, robot.lookup("." + ThumbnailStrip.ITEM + "." + ThumbnailStrip.BEST).queryAll().size());
        // the best one's frame is as wide as the others, the pictures' width
        double width = all(robot, ThumbnailStrip.ITEM).get(0).getBoundsInParent().getWidth();
        for (Node item : all(robot, ThumbnailStrip.ITEM)) {
            assertEquals(width, item.getBoundsInParent().getWidth(), 0.5);
        }
        assertEquals(2, sweep.alphaOutcomeProperty().get().result().cells().get(0).folds().size(), "2 folds");
        // the heading names what the shown curve was trained on, not "the current network" that may change
        String hidden = SweepInputs.name(playground.currentConfig().hiddenLayerSizes());
        Label heading = robot.lookup("#sweep-alpha-heading").query();
        assertTrue(heading.getText().startsWith("Alpha sweep: hidden layers {" + hidden + "} on "
                + playground.currentSetup().dataset().displayName() + ", "), heading.getText());
        assertTrue(sweep.fitsNoteProperty().get().startsWith("Each alpha: 2 fits, one per fold"), sweep.fitsNoteProperty().get());

        robot.interact(sweep::runGrid);
        awaitEnd();
        assertEquals(SweepViewModel.State.DONE, sweep.stateProperty().get(), sweep.messageProperty().get());
        assertEquals(4, all(robot, GridHeatmap.CELL).size(), "2 architectures x 2 alphas");

        assertTrue(sweep.gridHeadingProperty().get().startsWith("Architecture x alpha grid on "
                + playground.currentSetup().dataset().displayName() + ", "), sweep.gridHeadingProperty().get());
        List<Node> best = List.copyOf(robot.lookup("." + GridHeatmap.CELL + "." + GridHeatmap.BEST).queryAll());
        assertEquals(1, best.size());
        double bestScore = sweep.gridOutcomeProperty().get().best().meanValidation();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", bestScore),
                ((Label) ((javafx.scene.layout.VBox) best.get(0)).getChildren().get(0)).getText());
        // the tooltip tells the folds' mean epochs from those of the network a click loads
        String tip = ((javafx.scene.control.Tooltip) best.get(0).getProperties().get("javafx.scene.control.Tooltip")).getText();
        org.mlplayground.train.sweep.SweepCell bestCell = sweep.gridOutcomeProperty().get().best();
        assertTrue(tip.contains(" epochs per fold (mean); ") && tip.contains(" for all its fits, the final one included"), tip);
        assertTrue(tip.contains("(trained again on all the training points: " + bestCell.finalFit().epochs() + " epochs)"), tip);
        // the colour key spans the lowest to the highest cell
        javafx.scene.layout.HBox key = robot.lookup("." + GridHeatmap.KEY).query();
        double lowest = sweep.gridOutcomeProperty().get().result().cells().stream()
                .mapToDouble(org.mlplayground.train.sweep.SweepCell::meanValidation).min().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", lowest), ((Label) key.getChildren().get(1)).getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", bestScore), ((Label) key.getChildren().get(3)).getText());
    }

    @Test
    void aFinishedGridIsScrolledIntoSightFromItsHeading(FxRobot robot) throws Exception {
        // a short window of its own (the shared stage keeps its size): the grid comes below the alpha
        // sweep's charts, out of sight, and pressing Run grid seemed to do nothing
        Stage[] window = new Stage[1];
        Region[] view = new Region[1];
        robot.interact(() -> {
            Stage small = new Stage();
            window[0] = small;
            view[0] = (Region) new SweepView(sweep).createView();
            small.setScene(new Scene(view[0], 1280, 500));
            small.show();
            sweep.alphasProperty().set("0, 0.01, 0.1");
            sweep.foldsProperty().set(2);
            sweep.architecturesProperty().set("3; 4");
            sweep.runAlphaSweep();
        });
        try {
            awaitEnd();
            robot.interact(sweep::runGrid);
            awaitEnd();
            WaitForAsyncUtils.waitForFxEvents();
            Node page = robot.from(view[0]).lookup("#sweep-results").query();
            Node heading = robot.from(view[0]).lookup("#sweep-grid-heading").query();
            javafx.geometry.Bounds seen = page.localToScene(page.getLayoutBounds());
            javafx.geometry.Bounds at = heading.localToScene(heading.getLayoutBounds());
            assertTrue(at.getMinY() >= seen.getMinY() - 0.5 && at.getMaxY() <= seen.getMaxY() + 0.5,
                    "the grid's heading at " + at + " in the page's " + seen);
        } finally {
            robot.interact(window[0]::close);
        }
    }

    @Test
    void afterARunStartedByItsButtonTheFocusIsBackOnTheButtonNotInAField(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sweep.alphasProperty().set("0, 0.01");
            sweep.foldsProperty().set(2);
            sweep.architecturesProperty().set("3");
        });
        for (String id : new String[] {"#sweep-grid", "#sweep-alpha"}) {
            robot.clickOn(id);
            awaitEnd();
            WaitForAsyncUtils.waitForFxEvents();
            Node button = robot.lookup(id).query();
            Node owner = WaitForAsyncUtils.asyncFx(() -> button.getScene().getFocusOwner()).get();
            assertEquals(SweepViewModel.State.DONE, sweep.stateProperty().get(), sweep.messageProperty().get());
            assertEquals(button, owner, "the focus after the run of " + id + ": " + owner);
        }
    }

    @Test
    void clickingAThumbnailSetsThePlaygroundsAlphaAndLoadsItsNetwork(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sweep.alphasProperty().set("0, 0.01");
            sweep.foldsProperty().set(2);
            sweep.runAlphaSweep();
        });
        awaitEnd();
        assertEquals(SweepViewModel.State.DONE, sweep.stateProperty().get(), sweep.messageProperty().get());
        int sent = training.commands().size();
        robot.clickOn(all(robot, ThumbnailStrip.ITEM).get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.01, playground.network().alphaProperty().get());
        List<Command> after = training.commands().subList(sent, training.commands().size());
        Command.LoadModel load = (Command.LoadModel) after.stream().filter(c -> c instanceof Command.LoadModel)
                .findFirst().orElseThrow(() -> new AssertionError("no LoadModel in " + after));
        assertArrayEquals(sweep.alphaOutcomeProperty().get().result().cell(0, 1).finalNetwork().layerSizes(),
                load.weights().layerSizes());
        assertTrue(after.contains(new Command.SetAlpha(0.01)), after.toString());
        // the playground's epoch counter starts again at the loaded weights: its status says what they hold
        int epochs = sweep.alphaOutcomeProperty().get().result().cell(0, 1).finalFit().epochs();
        assertTrue(playground.noticeProperty().get().startsWith("Loaded from the sweep: hidden {"), playground.noticeProperty().get());
        assertTrue(playground.noticeProperty().get().contains("alpha 0.01, trained for " + epochs + " epochs"),
                playground.noticeProperty().get());

        // once the data change, the sweep's networks no longer fit them: refused in one sentence
        robot.interact(() -> playground.data().pointsProperty().set(120));
        int before = training.commands().size();
        robot.clickOn(all(robot, ThumbnailStrip.ITEM).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, training.commands().size());
        assertTrue(sweep.messageProperty().get().startsWith("The playground's data changed since this sweep"),
                sweep.messageProperty().get());
    }

    @Test
    void cancelStopsTheSweepAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sweep.alphasProperty().set("0.1");
            sweep.foldsProperty().set(2);
            sweep.architecturesProperty().set("3");
            sweep.runGrid();
        });
        awaitEnd();
        assertEquals(1, all(robot, GridHeatmap.CELL).size(), "a finished grid first");
        robot.interact(() -> {
            playground.data().pointsProperty().set(400);
            sweep.alphasProperty().set("0, 1e-4, 1e-3, 1e-2, 0.1");
            sweep.architecturesProperty().set("100,100; 100,101; 101,100");
            sweep.runGrid();
        });
        assertEquals(SweepViewModel.State.RUNNING, sweep.stateProperty().get());
        robot.clickOn("#sweep-cancel");
        awaitEnd();
        assertEquals(SweepViewModel.State.CANCELLED, sweep.stateProperty().get());
        assertEquals("Grid cancelled: the grid shown is the last finished one.", sweep.messageProperty().get());
        assertEquals("", sweep.progressTextProperty().get(), "no time left is shown beside a cancelled grid");
        // the finished grid stays: a cancelled run loses nothing the user had
        assertArrayEquals(new int[] {3}, sweep.gridOutcomeProperty().get().result().cell(0, 0).hidden());
        assertEquals(1, all(robot, GridHeatmap.CELL).size());
    }

    @Test
    void aGridCancelledBeforeAnyFinishedLeavesASentenceNotAnEmptyArea(FxRobot robot) throws Exception {
        robot.interact(() -> {
            playground.data().pointsProperty().set(400);
            sweep.alphasProperty().set("0, 1e-4, 1e-3, 1e-2, 0.1");
            sweep.architecturesProperty().set("100,100; 100,101; 101,100");
            sweep.runGrid();
        });
        robot.clickOn("#sweep-cancel");
        awaitEnd();
        assertEquals("Grid cancelled.", sweep.messageProperty().get());
        assertEquals(1, all(robot, GridHeatmap.PLACEHOLDER).size());
    }

    @Test
    void aSweepTakesEveryCoreUnlessThePlaygroundTrains(FxRobot robot) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        robot.interact(() -> {
            sweep.alphasProperty().set("0.01");
            sweep.architecturesProperty().set("3");
            sweep.foldsProperty().set(2);
            sweep.runGrid();
        });
        awaitEnd();
        assertEquals(cores, sweep.gridOutcomeProperty().get().result().threads(), "nothing trains: every core");
        robot.interact(() -> training.publish(HandFedTraining.snapshot(org.mlplayground.train.TrainingState.RUNNING, 5)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playground.runningProperty().get());
        robot.interact(sweep::runGrid);
        awaitEnd();
        assertEquals(Math.max(1, cores - 1), sweep.gridOutcomeProperty().get().result().threads(),
                "the playground trains: it keeps a core");
    }

    @Test
    void aBadListIsRefusedInOneSentenceNamingItsField(FxRobot robot) throws Exception {
        Label message = robot.lookup("#sweep-message").query();
        double quiet = message.getHeight();
        robot.interact(() -> {
            sweep.alphasProperty().set("0, lots");
            sweep.runAlphaSweep();
        });
        assertEquals(SweepViewModel.State.IDLE, sweep.stateProperty().get());
        assertTrue(sweep.messageProperty().get().startsWith("Alphas: \"lots\" is not a number"),
                sweep.messageProperty().get());
        // the message line keeps its two lines' height, empty or not: nothing below it jumps
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(quiet > 1.5 * message.getFont().getSize(), "two lines kept while empty: " + quiet);
        assertEquals(quiet, message.getHeight(), 0.5, "the same height with a sentence in it");
        robot.interact(() -> {
            sweep.alphasProperty().set("0.1");
            sweep.architecturesProperty().set("3,0");
            sweep.runGrid();
        });
        assertTrue(sweep.messageProperty().get().startsWith("Architectures:"), sweep.messageProperty().get());
        // more folds than the data can make: the sentence names the field
        robot.interact(() -> {
            playground.data().pointsProperty().set(20);
            sweep.architecturesProperty().set("3");
            sweep.foldsProperty().set(20);
            sweep.runGrid();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> sweep.stateProperty().get() == SweepViewModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        String folds = sweep.messageProperty().get();
        assertTrue(folds.startsWith("Folds k: ") && folds.contains("20 folds need"), folds);
        assertEquals("", sweep.progressTextProperty().get(), "no 'done' of an earlier run beside the refusal");
    }
}
