package org.mlplayground.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundView;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1280x800, 1440x900 and 1920x1080, normal and presentation mode, both tabs:
 * no control leaves the window or is cut short, no two labels overlap, every chart with two or more
 * series has a legend, the graph and the boundary take at least half their pane in presentation
 * mode, and the Digits tab shows "This was a ..." without scrolling. Geometry only, no timing.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    /** The screens: 1280x800, 1440x900, 1920x1080. */
    private static final double[][] SCREENS = {{1280, 800}, {1440, 900}, {1920, 1080}};
    /**
     * Room a window manager's frame takes from the window's intended size (Openbox: 2 x 25;
     * GNOME's title bar is taller): the scene of a real window is this much smaller than the stage.
     */
    private static final double FRAME_WIDTH = 4;
    private static final double FRAME_HEIGHT = 37;
    /**
     * The scenes laid out: a real window's on each screen (its intended size less the frame), and
     * the whole 1920x1080 screen (full screen, F11).
     */
    private static final double[][] SIZES = sizes();

    private static double[][] sizes() {
        double[][] out = new double[SCREENS.length + 1][];
        for (int i = 0; i < SCREENS.length; i++) {
            double[] stage = WindowSetup.intendedSize(new javafx.geometry.Rectangle2D(0, 0, SCREENS[i][0], SCREENS[i][1]));
            out[i] = new double[] {stage[0] - FRAME_WIDTH, stage[1] - FRAME_HEIGHT};
        }
        out[SCREENS.length] = SCREENS[SCREENS.length - 1];
        return out;
    }

    @TempDir
    static Path home;
    private PlaygroundViewModel model;
    private DigitsViewModel digits;
    private PlaygroundView playground;
    private TabPane tabs;
    private ZoomPane zoom;
    private javafx.scene.Parent content;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        model = new PlaygroundViewModel();
        digits = new DigitsViewModel(new PersonalDigits(home.resolve("my-digits.csv")));
        playground = new PlaygroundView(model);
        DigitsView digitsView = new DigitsView(digits);
        tabs = PlaygroundApp.tabs(playground, digitsView);
        // the window as the app builds it: lesson mode around the tabs
        content = org.mlplayground.ui.lessons.LessonMode.around(tabs, model, digits, digitsView, playground.presentationProperty());
        zoom = new ZoomPane(content);
        zoom.presentationProperty().bind(playground.presentationProperty());
        zoom.setManaged(false);
        Pane root = new Pane(zoom);
        // the headless screen is 1600 wide: the pane is laid out at each size whatever the stage
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private void layOut(FxRobot robot, double[] size, boolean presentation, int tab) {
        robot.interact(() -> {
            playground.presentationProperty().set(presentation);
            tabs.getSelectionModel().select(tab);
            zoom.resize(size[0], size[1]);
            zoom.layout();
        });
        // the graph fits its rows on the next pulse
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(zoom::layout);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everySizeAndModeLaysOutCleanly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.snapshotProperty().get().weights() != null);
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            double[] normal = new double[2];
            for (boolean presentation : new boolean[] {false, true}) {
                for (int tab = 0; tab < 2; tab++) {
                    layOut(robot, size, presentation, tab);
                    String where = (int) size[0] + "x" + (int) size[1] + (presentation ? " presentation" : "") + " tab " + tab + ": ";
                    Node content = tabs.getTabs().get(tab).getContent();
                    new LayoutCheck(content, size[0], size[1]).problems().forEach(p -> problems.add(where + p));
                    Node boundary = robot.lookup("#boundary").query();
                    Node network = robot.lookup("#network").query();
                    // the sizes as seen on the screen: presentation mode may zoom the whole window
                    double plot = plotSide(boundary);
                    double graph = network.localToScene(network.getLayoutBounds()).getWidth();
                    if (tab == 0 && !presentation) {
                        normal[0] = plot;
                        normal[1] = graph;
                    }
                    if (presentation && tab == 0) {
                        problems.addAll(halfOfItsPane(where, network, robot.lookup("#network-pane").query()));
                        Bounds pane = boundary.getParent().localToScene(boundary.getParent().getLayoutBounds());
                        if (plot < 0.5 * pane.getWidth() && plot < 0.5 * pane.getHeight()) {
                            problems.add(where + "the boundary's plot is " + (int) plot + " px in a column of "
                                    + (int) pane.getWidth() + "x" + (int) pane.getHeight());
                        }
                        if (plot < normal[0] - 0.5) {
                            problems.add(where + "the boundary's plot is " + (int) plot + " px, smaller than the "
                                    + (int) normal[0] + " px without presentation mode");
                        }
                        if (graph < normal[1] - 0.5) {
                            problems.add(where + "the graph is " + (int) graph + " px wide, narrower than the "
                                    + (int) normal[1] + " px without presentation mode");
                        }
                    }
                    if (tab == 1) {
                        Labeled thisWas = robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                                && l.getText().startsWith("This was a")).queryAs(Labeled.class);
                        for (Node n : List.of(thisWas, robot.lookup("#keep-9").query())) {
                            Bounds b = LayoutCheck.visible(n);
                            if (b == null || b.getHeight() < n.getLayoutBounds().getHeight() - 1 || b.getMaxY() > size[1]) {
                                problems.add(where + LayoutCheck.name(n) + " is below the fold: " + b);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aLayerWiderThanTheGraphShowsKeepsItsLegendsInThePane(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.snapshotProperty().get().weights() != null);
        // ten neurons with "+3 more" under them: the legends' last line fell under the status line
        robot.interact(() -> model.network().resizeLayer(0, 6));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.snapshotProperty().get().weights() != null
                && model.snapshotProperty().get().weights().layerSizes()[1] == 10);
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            for (boolean presentation : new boolean[] {false, true}) {
                layOut(robot, size, presentation, 0);
                Bounds pane = LayoutCheck.visible(robot.lookup("#network-pane").query());
                Node legend = robot.lookup("#activation-legend").query();
                Bounds shown = legend.localToScene(legend.getLayoutBounds());
                if (pane == null || shown.getMaxY() > pane.getMaxY() + 0.5) {
                    problems.add((int) size[0] + "x" + (int) size[1] + (presentation ? " presentation" : "")
                            + ": the neurons' legend ends at " + (int) shown.getMaxY() + ", its pane at " + pane);
                }
            }
        }
        robot.interact(() -> model.network().resizeLayer(0, -6));
        assertEquals(List.of(), problems);
    }

    @Test
    void theLessonPanelClipsAndCoversNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.snapshotProperty().get().weights() != null);
        javafx.scene.control.MenuButton lessons = robot.lookup(n -> n instanceof javafx.scene.control.MenuButton m
                && "Lessons".equals(m.getText())).queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(lessons::show); // the built-in lessons are read when the menu first opens
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lessons.getItems().stream()
                .anyMatch(i -> i.getText() != null && i.getText().contains("XOR")));
        robot.interact(() -> {
            lessons.hide();
            lessons.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("XOR"))
                    .findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup(n -> n instanceof Labeled l
                && "Leave".equals(l.getText())).tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        try {
            // beside the lesson's panel: the playground from the 1440 screen up (a 1280 one has no room for its
            // four columns), the Digits tab from the 1920 one up (on smaller screens it scrolls sideways)
            for (int i = 1; i < SIZES.length; i++) {
                double[] size = SIZES[i];
                for (boolean presentation : new boolean[] {false, true}) {
                    for (int tab = 0; tab < (i >= 2 ? 2 : 1); tab++) {
                        layOut(robot, size, presentation, tab);
                        String where = "lesson, " + (int) size[0] + "x" + (int) size[1] + (presentation ? " presentation" : "")
                                + " tab " + tab + ": ";
                        new LayoutCheck(content, size[0], size[1]).problems().forEach(p -> problems.add(where + p));
                    }
                }
            }
        } finally {
            robot.interact(() -> robot.lookup(n -> n instanceof javafx.scene.control.Button b && "Leave".equals(b.getText()))
                    .queryAs(javafx.scene.control.Button.class).fire());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void leavingPresentationModeBringsTheToolbarBackToOneRow(FxRobot robot) {
        layOut(robot, SIZES[3], false, 0);
        double before = robot.lookup("#play").query().getParent().getLayoutBounds().getHeight();
        layOut(robot, SIZES[3], true, 0);
        layOut(robot, SIZES[3], false, 0);
        double after = robot.lookup("#play").query().getParent().getLayoutBounds().getHeight();
        assertEquals(before, after, 0.5);
    }

    /** The side of the boundary's plot square on the screen. */
    private static double plotSide(Node canvas) {
        double onScreen = canvas.localToScene(canvas.getLayoutBounds()).getWidth() / canvas.getLayoutBounds().getWidth();
        return ((org.mlplayground.ui.playground.BoundaryView) canvas.getUserData()).plotSide() * onScreen;
    }

    /** The node's drawn size is at least half its pane's, across or down. */
    private static List<String> halfOfItsPane(String where, Node node, Node pane) {
        Bounds b = node.getBoundsInParent();
        Bounds p = pane.getLayoutBounds();
        if (b.getWidth() < 0.5 * p.getWidth() && b.getHeight() < 0.5 * p.getHeight()) {
            return List.of(where + LayoutCheck.name(node) + " takes " + (int) b.getWidth() + "x" + (int) b.getHeight()
                    + " of its pane's " + (int) p.getWidth() + "x" + (int) p.getHeight());
        }
        assertTrue(true);
        return List.of();
    }
}
