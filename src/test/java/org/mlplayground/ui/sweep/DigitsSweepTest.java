package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Digits tab's grid on a few hundred MNIST digits: cells with the best outlined, a click makes it the model. */
@ExtendWith(ApplicationExtension.class)
class DigitsSweepTest {

    private DigitsViewModel digits;
    private DigitsSweepViewModel sweep;

    @Start
    void start(Stage stage) throws Exception {
        // the application's theme, whatever test ran before (its fonts set the cells' widths)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path home = Files.createTempDirectory("digits-sweep-test");
        digits = new DigitsViewModel(new PersonalDigits(home.resolve("my-digits.csv")), new HandFedTraining(),
                Background.immediate());
        sweep = new DigitsSweepViewModel(digits, Background.worker("digits-sweep-test"));
        stage.setScene(new Scene(new DigitsSweepView(sweep).node(), 900, 600));
        stage.show();
    }

    /** A second window of the panel, {@code width} pixels wide (the shared primary stage keeps its size). */
    private Stage narrow;

    @AfterEach
    void stop(FxRobot robot) {
        sweep.cancel();
        if (narrow != null) {
            robot.interact(narrow::close);
        }
    }

    /** Shows the panel alone in a window {@code width} pixels wide, as the Digits tab gives it at 1280 x 800. */
    private void panelOfWidth(FxRobot robot, double width) {
        panelOfWidth(robot, width, false);
    }

    /** As above, styled as the window styles it, in presentation mode if asked. */
    private void panelOfWidth(FxRobot robot, double width, boolean presentation) {
        robot.interact(() -> {
            narrow = new Stage();
            javafx.scene.layout.Region panel = new DigitsSweepView(sweep).node();
            org.mlplayground.ui.shared.Controls.styleView(panel, new javafx.beans.property.SimpleBooleanProperty(presentation));
            narrow.setScene(new Scene(panel, width, 700));
            narrow.show();
        });
    }

    /** Runs a grid of {@code alphas} x {@code architectures} on the first {@code digitCount} digits and waits for it. */
    private void runGrid(FxRobot robot, int epochs, int digitCount, String alphas, String architectures) throws Exception {
        robot.interact(() -> {
            digits.settings().epochsProperty().set(epochs);
            sweep.trainSizeProperty().set(digitCount);
            sweep.alphasProperty().set(alphas);
            sweep.architecturesProperty().set(architectures);
            sweep.run();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> sweep.stateProperty().get() != SweepViewModel.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SweepViewModel.State.DONE, sweep.stateProperty().get(), sweep.messageProperty().get());
    }

    @Test
    void aGridOnASubsetShowsEveryCellAndAClickMakesItTheDigitNetwork(FxRobot robot) throws Exception {
        runGrid(robot, 3, 300, "0, 0.1", "8; 4");
        List<Node> cells = List.copyOf(robot.lookup("." + GridHeatmap.CELL).queryAll());
        assertEquals(4, cells.size());
        // the grid says what it was trained on, whatever the box says by now
        robot.interact(() -> sweep.trainSizeProperty().set(2000));
        assertEquals("Architecture x alpha grid on the first 300 MNIST training digits (3 epochs, relu, adam, batch 200)",
                robot.lookup("#digits-sweep-heading").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup("." + GridHeatmap.CELL + "." + GridHeatmap.BEST).queryAll().size());
        SweepCell best = sweep.outcomeProperty().get().result().best();
        assertTrue(best.meanMacroF1() >= 0 && best.meanMacroF1() <= 1);
        robot.clickOn((Node) robot.lookup("." + GridHeatmap.CELL + "." + GridHeatmap.BEST).query());
        WaitForAsyncUtils.waitForFxEvents();
        int[] sizes = digits.modelProperty().get().network().layerSizes();
        assertArrayEquals(best.finalNetwork().layerSizes(), sizes);
        assertEquals(784, sizes[0]);
        assertTrue(digits.statusProperty().get().contains("from the sweep"), digits.statusProperty().get());
        // and the toolbar shows the model's settings
        assertEquals(SweepInputs.name(best.hidden()), digits.settings().hiddenProperty().get());
        assertEquals(best.alpha(), digits.settings().alphaProperty().get());
        assertEquals(300, digits.settings().trainSizeProperty().get());
    }

    @Test
    void sevenAlphasFitThePanelOfA1280PixelWindow(FxRobot robot) throws Exception {
        // the Digits tab's panel is about 530 pixels wide at 1280 x 800: the cells narrow to fit
        // (4.5 of 7 columns showed, the row names scrolling away with the rest)
        panelOfWidth(robot, 530);
        runGrid(robot, 1, 200, "0, 1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1", "100,100");
        List<Node> cells = List.copyOf(robot.from(narrow.getScene().getRoot()).lookup("." + GridHeatmap.CELL).queryAll());
        assertEquals(7, cells.size());
        double right = narrow.getScene().getWidth();
        for (Node cell : cells) {
            javafx.geometry.Bounds b = cell.localToScene(cell.getBoundsInLocal());
            assertTrue(b.getMaxX() <= right, "a cell ends at " + b.getMaxX() + ", the panel at " + right);
            assertTrue(b.getWidth() >= 50, "cells keep room for their text: " + b.getWidth());
        }
        javafx.scene.layout.HBox key = robot.from(narrow.getScene().getRoot()).lookup("." + GridHeatmap.KEY).query();
        assertTrue(key.localToScene(key.getBoundsInLocal()).getMaxX() <= right, "the colour key is in the panel");
    }

    @Test
    void inPresentationModeNoCellTextIsCut(FxRobot robot) throws Exception {
        // at 1440 x 900 in presentation mode every F1 read "F1 0.8..." (the cells had a fixed least width)
        panelOfWidth(robot, 530, true);
        runGrid(robot, 1, 200, "0, 1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1", "10");
        List<Label> lines = robot.from(narrow.getScene().getRoot()).lookup("." + GridHeatmap.CELL + " .label")
                .queryAllAs(Label.class).stream().toList();
        assertEquals(7 * 3, lines.size(), "value, F1 and time in each of the 7 cells");
        for (Label line : lines) {
            assertTrue(line.getWidth() >= line.prefWidth(-1) - 0.5,
                    "'" + line.getText() + "' has " + line.getWidth() + " of the " + line.prefWidth(-1) + " px it needs");
        }
    }

    @Test
    void inPresentationModeSevenAlphasFitThePanelOfA1440PixelWindow(FxRobot robot) throws Exception {
        // the panel is about 690 pixels wide there: 8 pixels too few had put the last column under a sideways scroll
        panelOfWidth(robot, 690, true);
        runGrid(robot, 1, 200, "0, 1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1", "100,100");
        double right = narrow.getScene().getWidth();
        for (Node cell : robot.from(narrow.getScene().getRoot()).lookup("." + GridHeatmap.CELL).queryAll()) {
            javafx.geometry.Bounds b = cell.localToScene(cell.getBoundsInLocal());
            assertTrue(b.getMaxX() <= right, "a cell ends at " + b.getMaxX() + ", the panel at " + right);
        }
    }

    @Test
    void theGridDoesNotMoveAsTheMessageGrowsToThreeLines(FxRobot robot) throws Exception {
        panelOfWidth(robot, 530);
        Label message = robot.from(narrow.getScene().getRoot()).lookup("#digits-sweep-message").queryAs(Label.class);
        Label progress = robot.from(narrow.getScene().getRoot()).lookup("#digits-sweep-progress").queryAs(Label.class);
        double empty = message.getHeight();
        // the line of progress beside the bar keeps two lines too: it wraps while a run goes on
        double noProgress = progress.getHeight();
        assertTrue(noProgress > 1.5 * progress.getFont().getSize(), "two lines kept: " + noProgress);
        // a corrected field kept beside the grid's summary: three lines in this panel
        robot.interact(() -> sweep.note("Validation %: from 5 to 50, got 999; 50 is used."));
        runGrid(robot, 1, 200, "0, 0.1", "8; 4");
        assertTrue(message.getText().contains("50 is used") && message.getText().contains("Grid done"), message.getText());
        assertTrue(message.prefHeight(message.getWidth()) > 2.5 * message.getFont().getSize(),
                "three lines of text: " + message.prefHeight(message.getWidth()) + " px, " + message.getWidth() + " px wide");
        assertEquals(empty, message.getHeight(), 0.5, "the same height as when empty");
        assertEquals(noProgress, progress.getHeight(), 0.5, "the line of progress too");
    }

    @Test
    void whenTheCellsScrollSidewaysTheArchitecturesNamesStay(FxRobot robot) throws Exception {
        panelOfWidth(robot, 380);
        runGrid(robot, 1, 200, "0, 1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1", "10");
        Label name = robot.from(narrow.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("{10}")).findFirst().orElseThrow();
        Node first = robot.from(narrow.getScene().getRoot()).lookup("." + GridHeatmap.CELL).queryAll().iterator().next();
        javafx.scene.Parent up = first.getParent();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane cells = (javafx.scene.control.ScrollPane) up;
        double nameX = name.localToScene(0, 0).getX();
        double cellX = first.localToScene(0, 0).getX();
        robot.interact(() -> cells.setHvalue(cells.getHmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.localToScene(0, 0).getX() < cellX - 50, "the cells scrolled");
        assertEquals(nameX, name.localToScene(0, 0).getX(), 0.5, "the row's name did not move");
    }
}
