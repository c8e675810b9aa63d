package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.Probe;
import org.mlplayground.train.Command;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.HandFedTraining;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window asks for the pictures it draws: the thumbnails' grid at their drawn size, sent with
 * every new problem; and the graph copes with a hidden layer whose pictures were not computed.
 */
@ExtendWith(ApplicationExtension.class)
class PlaneDetailTest {

    private final HandFedTraining training = new HandFedTraining();
    private PlaygroundViewModel model;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        model = new PlaygroundViewModel(training, Background.immediate());
        view = new NetworkView(model);
        stage.setScene(new Scene(view.node(), 900, 700));
        stage.show();
    }

    private List<Command.SetPlaneDetail> details() {
        return training.commands().stream().filter(c -> c instanceof Command.SetPlaneDetail)
                .map(c -> (Command.SetPlaneDetail) c).toList();
    }

    @Test
    void theThumbnailsGridIsTheirDrawnSizeAndFollowsTheData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !details().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Command.SetPlaneDetail d = details().get(details().size() - 1);
        assertNull(d.grid(), "the boundary keeps the problem's own grid");
        assertNull(d.hiddenShown(), "every hidden layer has its column");
        PlaneGrid own = model.problemProperty().get().plane();
        assertEquals(PlaneDetail.cellsFor(40 * view.scale()), d.thumbnails().resolution());
        assertEquals(own.inputs().cols(), d.thumbnails().inputs().cols());
        assertEquals(own.xMin(), d.thumbnails().xMin());
        int before = details().size();
        robot.interact(() -> model.data().noiseProperty().set(0.3));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> details().size() > before);
        List<Command> sent = training.commands();
        int at = sent.lastIndexOf(details().get(details().size() - 1));
        assertTrue(sent.get(at + 1) instanceof Command.Configure, "the new data's grid goes with its configuration");
    }

    @Test
    void aHiddenLayerWithoutPicturesIsDrawnAndExplainedWithoutValues(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.problemProperty().get() != null);
        PlaneGrid own = model.problemProperty().get().plane();
        int inputs = own.inputs().cols();
        Network n = Network.zeros(new int[] {inputs, 3, 2, 1}, Activation.TANH, OutputKind.LOGISTIC);
        PlaneGrid small = PlaneGrid.of(own.xMin(), own.xMax(), own.yMin(), own.yMax(), 10, PlaneGrid.FeatureMap.IDENTITY);
        PlaneOutputs plane = PlaneOutputs.compute(n, own, new Probe(n, own.inputs()), small, new Probe(n, small.inputs()),
                new boolean[] {false, true});
        TrainingSnapshot s = new TrainingSnapshot(TrainingState.PAUSED, "", 7, 0, 7, 7, 0.7, 0.7, 0.5, 0.5, 1, 0, n, null,
                plane, HistoryView.EMPTY, null);
        robot.interact(() -> training.publish(s));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> model.snapshotProperty().get() != null && model.snapshotProperty().get().epoch() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.snapshotProperty().get().plane());
        assertFalse(NetworkParts.neuronValues(s, 1, 0, 0.5, 0.5).contains("under the mouse"), "layer 1 was not computed");
        assertFalse(NetworkParts.neuronValues(s, 2, 0, 0.5, 0.5).contains("under the mouse"), "its inputs were not computed");
        assertTrue(NetworkParts.neuronValues(s, 3, 0, 0.5, 0.5).contains("under the mouse"), "the output has its values");
    }
}
