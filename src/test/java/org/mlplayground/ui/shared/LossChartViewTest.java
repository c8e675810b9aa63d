package org.mlplayground.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.train.HistoryPoint;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The loss chart never shows what is not there: no previous run after a restart, no losses labelled as scores. */
@ExtendWith(ApplicationExtension.class)
class LossChartViewTest {

    private final SimpleObjectProperty<TrainingSnapshot> snapshots = new SimpleObjectProperty<>();
    private LossChartView view;

    @Start
    void start(Stage stage) {
        view = new LossChartView(snapshots);
        stage.setScene(new Scene(view.node(), 600, 400));
        stage.show();
    }

    private static TrainingSnapshot withHistory(long epoch, List<HistoryPoint> points) {
        return new TrainingSnapshot(TrainingState.PAUSED, "", epoch, 0, epoch, epoch, 0.5, 0.6, 0.8, 0.7, 1, 0,
                null, null, null, HistoryView.of(points), null);
    }

    private static List<HistoryPoint> run(int epochs) {
        return java.util.stream.IntStream.rangeClosed(1, epochs).mapToObj(e -> new HistoryPoint(e, e * 10L, e,
                1.0 / e, 1.2 / e + (e > 5 ? 0.1 * (e - 5) : 0), 0.5 + 0.04 * e, 0.5 + 0.03 * e)).toList();
    }

    private long points(String name) {
        return view.points(name).size();
    }

    private void settle() {
        // the chart redraws at most five times a second: let the trailing redraw come
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRestartedRunShowsAnEmptyChartNotThePreviousOne(FxRobot robot) {
        robot.interact(() -> snapshots.set(withHistory(10, run(10))));
        settle();
        assertEquals(10, points("training loss"));
        robot.interact(() -> snapshots.set(withHistory(0, List.of())));
        settle();
        assertEquals(0, points("training loss"), "epoch 0: nothing of the previous run");
        assertEquals(0, points("test loss"));
        assertEquals(0, points("best test loss"));
    }

    @Test
    void theScoreChartReadsOutScoresAndHasNoBestLossInItsLegend(FxRobot robot) {
        robot.interact(() -> snapshots.set(withHistory(10, run(10))));
        settle();
        List<HistoryPoint> h = run(10);
        assertTrue(view.readOut(h.get(1), h.get(4)).contains("training loss 0.5"), view.readOut(h.get(1), h.get(4)));
        robot.lookup("#show-score").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> robot.lookup("#show-score").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        settle();
        List<String> names = view.seriesNames();
        assertEquals(List.of("training accuracy", "test accuracy"), names);
        String readout = view.readOut(h.get(1), h.get(4));
        assertEquals("epoch 2: training accuracy 58.0%, test 56.0%", readout);
        assertFalse(readout.contains("loss"));
        robot.interact(() -> view.classificationProperty().set(false));
        assertEquals("epoch 2: training R\u00b2 0.580, test 0.560", view.readOut(h.get(1), h.get(4)));
    }

    @Test
    void theEpochAxisEndsAtTheLastEpoch(FxRobot robot) {
        robot.interact(() -> snapshots.set(withHistory(10, run(10))));
        settle();
        double[] epochs = view.epochAxis();
        assertEquals(0, epochs[0]);
        assertEquals(10, epochs[1], "10 epochs end at 10, not 11");
        assertEquals(1, epochs[2]);
    }

    @Test
    void epochLabelsAreWholeAndGroupedByThousands() {
        assertEquals("0", LossChartView.epochLabel(-0.0));
        assertEquals("10", LossChartView.epochLabel(10));
        assertEquals("999", LossChartView.epochLabel(999));
        assertEquals("1,000", LossChartView.epochLabel(1000));
        assertEquals("12,345,678", LossChartView.epochLabel(12_345_678));
    }

    @Test
    void smallLossesKeepTheirDigits() {
        assertEquals("0.0001234", LossChartView.value(0.00012341));
        assertEquals("12.35", LossChartView.value(12.3456));
        assertEquals("0", LossChartView.value(0));
    }
}
