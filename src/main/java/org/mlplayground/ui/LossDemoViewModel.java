package org.mlplayground.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.Command;
import org.mlplayground.train.PlaneGrid;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/**
 * State of the first window: a 2-8-8-1 tanh network learning the circle dataset on the training
 * service, observed through a {@link SnapshotAdapter}. The FX thread only sends commands and
 * reads snapshots; it never waits for training.
 */
public final class LossDemoViewModel {

    /** A pace the eye can follow: minibatch steps per second (20 per epoch). */
    static final double STEPS_PER_SECOND = 4000;

    private final TrainingService service = new TrainingService();
    private final Dataset2D train = Generators.circle(400, 0.2, 1);
    private final Dataset2D test = Generators.circle(200, 0.2, 2);
    private final SnapshotAdapter adapter;
    private final BooleanBinding running;

    public LossDemoViewModel() {
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8).activation(Activation.TANH)
                .learningRateInit(0.01).batchSize(20).seed(0).shuffleSeed(0).build();
        PlaneGrid plane = PlaneGrid.of(-6, 6, -6, 6, PlaneGrid.FeatureMap.IDENTITY);
        service.send(new Command.SetSpeedLimit(STEPS_PER_SECOND));
        service.send(new Command.Configure(TrainingProblem.classification(train.features(), train.labels(),
                test.features(), test.labels(), plane), config));
        adapter = new SnapshotAdapter(service);
        running = Bindings.equal(TrainingState.RUNNING, adapter.stateProperty());
    }

    /** The training points. */
    public Dataset2D trainData() {
        return train;
    }

    /** The test points. */
    public Dataset2D testData() {
        return test;
    }

    /** The newest snapshot. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return adapter.snapshotProperty();
    }

    /** Whether training is running. */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** Starts or pauses training. */
    public void togglePlay() {
        service.send(running.get() ? new Command.Pause() : new Command.Play());
    }

    /** Back to the initial weights. */
    public void reset() {
        service.send(new Command.Reset(null));
    }

    /** Stops the training thread (when the window closes). */
    public void shutdown() {
        service.close();
    }
}
