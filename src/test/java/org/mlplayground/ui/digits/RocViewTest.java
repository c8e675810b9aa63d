package org.mlplayground.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ROC panel never misleads: an empty plot says why, the legend covers no curve, no class is drawn like the averages. */
@ExtendWith(ApplicationExtension.class)
class RocViewTest {

    private RocView view;

    @Start
    void start(Stage stage) {
        view = new RocView();
        stage.setScene(new Scene(new StackPane(view.node()), 600, 400));
        stage.show();
    }

    /** n digits of ten classes (labels from {@code label}), with noisy probabilities peaked at the truth. */
    private static ClassifierEvaluation evaluation(int n, java.util.function.IntUnaryOperator label) {
        DMatrixRMaj p = new DMatrixRMaj(n, 10);
        int[] truth = new int[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int r = 0; r < n; r++) {
            truth[r] = label.applyAsInt(r);
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                double v = random.nextDouble() + (c == truth[r] ? 2 : 0);
                p.set(r, c, v);
                sum += v;
            }
            for (int c = 0; c < 10; c++) {
                p.set(r, c, p.get(r, c) / sum);
            }
        }
        return ClassifierEvaluation.of(p, truth, null);
    }

    @Test
    void aOneClassSetSaysWhyThePlotIsEmpty(FxRobot robot) {
        robot.interact(() -> view.show(evaluation(20, r -> 3)));
        assertTrue(view.message().startsWith("No ROC curve"), view.message());
        assertTrue(view.legendBounds().getWidth() == 0, "no legend for no curve");
        robot.interact(() -> view.show(evaluation(200, r -> r % 10)));
        assertEquals("", view.message());
    }

    @Test
    void theLegendStandsBesideThePlotOnBothScales(FxRobot robot) {
        for (boolean log : new boolean[] {false, true}) {
            robot.interact(() -> {
                view.setLogScale(log);
                view.show(evaluation(300, r -> r % 10));
            });
            assertTrue(view.legendBounds().getWidth() > 0);
            assertFalse(view.legendBounds().intersects(RocView.plotBounds()), "log scale " + log);
            assertTrue(view.legendBounds().getMaxX() <= view.node().getWidth(), "the legend fits the canvas");
            assertTrue(view.legendBounds().getMaxY() <= view.node().getHeight());
        }
    }

    @Test
    void tenClassesTenColoursNoneLikeTheAverages() {
        Set<javafx.scene.paint.Color> colours = new HashSet<>();
        for (int c = 0; c < 10; c++) {
            assertNotEquals(RocView.AVERAGES, RocView.colour(c), "class " + c);
            colours.add(RocView.colour(c));
        }
        assertEquals(10, colours.size());
    }
}
