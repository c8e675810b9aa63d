package org.mlplayground.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.lecture.HiddenSpace;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hidden-space tab draws the engine's mapping of the training points, and only while shown. */
@ExtendWith(ApplicationExtension.class)
class HiddenSpaceViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void thePointsDrawnAreTheEnginesHiddenSpace(FxRobot robot) throws Exception {
        HandFedTraining training = new HandFedTraining();
        Object[] made = new Object[2];
        robot.interact(() -> {
            PlaygroundViewModel p = new PlaygroundViewModel(training, Background.immediate());
            HiddenSpaceView v = new HiddenSpaceView(p);
            stage.setScene(new Scene(v.createView(), 900, 800));
            made[0] = p;
            made[1] = v;
        });
        PlaygroundViewModel playground = (PlaygroundViewModel) made[0];
        HiddenSpaceView view = (HiddenSpaceView) made[1];
        Network net = Network.glorot(new int[] {2, 4, 2, 1}, Activation.TANH, OutputKind.LOGISTIC, 4);
        training.publish(new TrainingSnapshot(TrainingState.PAUSED, "", 1, 0, 3, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, net, MlpConfig.builder().build(), null, HistoryView.EMPTY, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.lastDrawn(), "nothing is computed while the tab is hidden");
        robot.interact(() -> view.setShown(true));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.lastDrawn() != null);
        TrainingProblem problem = playground.problemProperty().get();
        DMatrixRMaj x = problem.train().toDense();
        HiddenSpace expected = HiddenSpace.of(net, x, x, 1, HiddenSpace.Axes.principalComponents());
        HiddenSpace drawn = view.lastDrawn();
        assertNotNull(drawn);
        assertEquals(x.numRows, drawn.points().numRows);
        for (int i = 0; i < drawn.points().getNumElements(); i++) {
            assertEquals(expected.points().data[i], drawn.points().data[i], 1e-12);
        }
        assertEquals(HiddenSpaceView.LINES * HiddenSpaceView.LINES, drawn.grid().numRows);
        String message = robot.lookup("#hidden-space-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Layer 1 of 2 (4 neurons), epoch 3"), message);
        // a legend says what the colours and the lines are: one entry per class, one for the grid
        javafx.scene.layout.Pane legend = robot.lookup("#hidden-space-legend").queryAs(javafx.scene.layout.Pane.class);
        assertEquals(problem.classes().length + 1, legend.getChildren().size());
        assertTrue(((Label) legend.getChildren().get(0)).getText().startsWith("training points of class"));
    }
}
