package org.mlplayground.ui.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.Controls;
import org.mlplayground.ui.shared.MatrixView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode enlarges what the companion tabs draw in pixels, not only their text: the
 * gradient-health charts and the matrices' cells (numbers and heatmaps) grow with the text size.
 * Geometry only.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationScaleTest {

    private final SimpleBooleanProperty presentation = new SimpleBooleanProperty(false);
    private PlaygroundViewModel model;
    private VBox root;

    @Start
    void start(Stage stage) {
        model = new PlaygroundViewModel(new TrainingService(), Background.immediate());
        DMatrixRMaj small = new DMatrixRMaj(new double[][] {{0.5, -1.25}, {2, 0.125}});
        DMatrixRMaj large = new DMatrixRMaj(20, 30);
        large.set(3, 4, 1);
        root = new VBox(new HealthPanel(model).createView(new SimpleObjectProperty<TrainingSnapshot>()),
                MatrixView.of("W[1]", small, null), MatrixView.of("W[2]", large, null));
        Controls.styleView(root, presentation);
        stage.setScene(new Scene(root, 1400, 1000));
        stage.show();
    }

    /** The widths of every canvas and of every matrix cell, in scene order. */
    private List<Double> widths() {
        List<Double> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Double> out) {
        if (n instanceof Canvas || n instanceof Label l && l.getStyleClass().contains("matrix-cell")) {
            out.add(n.getLayoutBounds().getWidth());
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void chartsAndCellsGrowWithTheText(FxRobot robot) {
        try {
            robot.interact(root::layout);
            List<Double> normal = widths();
            robot.interact(() -> presentation.set(true));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(root::layout);
            List<Double> large = widths();
            assertTrue(normal.size() >= 9, "4 charts, 4 cells and a heatmap: " + normal);
            assertTrue(normal.size() == large.size(), normal + " vs " + large);
            for (int i = 0; i < normal.size(); i++) {
                assertTrue(large.get(i) >= 1.15 * normal.get(i), "item " + i + " stays " + large.get(i) + " px wide (was "
                        + normal.get(i) + ") in presentation mode: " + normal + " vs " + large);
            }
        } finally {
            robot.interact(model::shutdown);
        }
    }
}
