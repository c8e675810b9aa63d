package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Links are drawn on one fixed scale: a small weight is thin whatever the other weights are, and the legend says the scale. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private final HandFedTraining training = new HandFedTraining();
    private PlaygroundViewModel model;
    private int inputs;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        model = new PlaygroundViewModel(training, Background.immediate());
        inputs = model.data().featureLabels().size();
        view = new NetworkView(model);
        stage.setScene(new Scene(view.node(), 900, 700));
        stage.show();
    }

    private Network net(double first, double others) {
        Network n = Network.zeros(new int[] {inputs, 2, 1}, Activation.TANH, OutputKind.LOGISTIC);
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < 2; j++) {
                n.setWeight(0, i, j, others);
            }
        }
        n.setWeight(0, 0, 0, first);
        n.setWeight(1, 0, 0, others);
        n.setWeight(1, 1, 0, others);
        return n;
    }

    private void publish(FxRobot robot, Network n, long epoch) throws Exception {
        robot.interact(() -> training.publish(new TrainingSnapshot(TrainingState.PAUSED, "", epoch, 0, epoch, epoch,
                0.7, 0.7, 0.5, 0.5, 1, 0, n, null, null, HistoryView.EMPTY, null)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> model.snapshotProperty().get() != null && model.snapshotProperty().get().epoch() == epoch);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The drawn width of the link "link-l-i-j", which is there to be clicked. */
    private double width(FxRobot robot, String id) {
        assertTrue(robot.lookup("#" + id).tryQuery().isPresent(), id + " takes the mouse");
        String[] p = id.split("-");
        double[] w = new double[1];
        robot.interact(() -> w[0] = view.linkWidth(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
        return w[0];
    }

    @Test
    void regularisationThinsTheLinksOnOneFixedScale(FxRobot robot) throws Exception {
        publish(robot, net(-0.089, 5), 10);
        double small = width(robot, "link-0-0-0");
        double large = width(robot, "link-0-1-1");
        assertEquals(LinkScale.THICKEST, large, 1e-9, "5 is beyond the clamp: full width");
        assertTrue(small < 0.6, "-0.089 is thin next to 5: " + small);
        // alpha = 1: every weight collapses; the largest one is -0.089 and is still drawn thin
        publish(robot, net(-0.089, 0.01), 20);
        assertEquals(small, width(robot, "link-0-0-0"), 1e-12, "the same weight, the same width, whatever the others");
        assertTrue(width(robot, "link-0-1-1") < small);
        assertTrue(robot.lookup("#link-legend").tryQuery().isPresent(), "the legend says the scale");
    }

    @Test
    void aNeuronSaysItsBiasAndWeights() {
        Network n = net(-0.089, 5);
        TrainingSnapshot s = new TrainingSnapshot(TrainingState.PAUSED, "", 1, 0, 1, 1, 0.7, 0.7, 0.5, 0.5, 1, 0, n, null,
                null, HistoryView.EMPTY, null);
        String text = NetworkParts.neuronValues(s, 1, 1, 0.5, 0.5);
        assertTrue(text.contains("bias b = 0.0000"), text);
        assertTrue(text.contains("weights w = 5.000 5.000"), text);
        assertEquals("", NetworkParts.neuronValues(s, 0, 0, 0.5, 0.5), "an input has no weights");
    }

    @Test
    void theScaleIsClampedAndMonotone() {
        assertEquals(LinkScale.THINNEST, LinkScale.width(0), 1e-12);
        assertEquals(LinkScale.THINNEST, LinkScale.width(Double.NaN), 1e-12);
        assertEquals(LinkScale.THICKEST, LinkScale.width(-LinkScale.CLAMP), 1e-12);
        assertEquals(LinkScale.THICKEST, LinkScale.width(1e6), 1e-12);
        assertEquals(LinkScale.width(1.5), LinkScale.width(-1.5), 1e-12);
        assertTrue(LinkScale.width(0.5) < LinkScale.width(1.0));
    }
}
