package org.mlplayground.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;

/**
 * State of the first window: a 2-8-8-1 tanh network learning the circle dataset on a background
 * thread. The thread publishes an immutable {@link Progress} after every epoch; one
 * {@link AnimationTimer} moves only the newest into {@link #progressProperty()} on the FX thread,
 * so the FX thread never waits for training.
 */
public final class LossDemoViewModel {

    /** Epochs after which the demo stops by itself. */
    public static final int EPOCHS = 3000;
    /** A pace the eye can follow: at most this many epochs per second. */
    private static final int EPOCHS_PER_SECOND = 300;

    /** One moment of training: the epoch, the loss curve so far and the training accuracy. */
    public record Progress(int epoch, double[] losses, double accuracy, boolean finished) {
    }

    private final ReadOnlyObjectWrapper<Progress> progress =
            new ReadOnlyObjectWrapper<>(new Progress(0, new double[0], Double.NaN, false));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final AtomicReference<Progress> newest = new AtomicReference<>();
    private final AtomicBoolean paused = new AtomicBoolean(true);
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loss-demo-trainer");
        t.setDaemon(true);
        return t;
    });
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Progress p = newest.getAndSet(null);
            if (p != null) {
                progress.set(p);
                if (p.finished()) {
                    running.set(false);
                }
            }
        }
    };

    public LossDemoViewModel() {
        pump.start();
        trainer.submit(this::train);
    }

    /** The newest published progress. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether training is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starts or pauses training. */
    public void togglePlay() {
        boolean nowRunning = paused.get() && !progress.get().finished();
        paused.set(!nowRunning);
        running.set(nowRunning);
    }

    /** Stops the training thread (when the window closes). */
    public void shutdown() {
        pump.stop();
        trainer.shutdownNow();
        try {
            trainer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void train() {
        Dataset2D data = Generators.circle(400, 0.05, 1);
        Features x = data.features();
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(8, 8).activation(Activation.TANH)
                .learningRateInit(0.01).batchSize(20).seed(0).shuffleSeed(0).build();
        MlpClassifier model = new MlpClassifier(config);
        int[] classes = {0, 1};
        long lastPublish = 0;
        long nextEpochAt = System.nanoTime();
        for (int epoch = 1; epoch <= EPOCHS && !Thread.currentThread().isInterrupted(); epoch++) {
            while (paused.get()) {
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    return;
                }
            }
            long wait = nextEpochAt - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            nextEpochAt = Math.max(nextEpochAt, System.nanoTime() - 50_000_000L) + 1_000_000_000L / EPOCHS_PER_SECOND;
            model.partialFit(x, data.labels(), epoch == 1 ? classes : null);
            long now = System.nanoTime();
            if (now - lastPublish > 16_000_000L || epoch == EPOCHS) {
                lastPublish = now;
                newest.set(new Progress(epoch, model.history().lossCurve(),
                        model.score(x, data.labels()), epoch == EPOCHS));
            }
        }
    }
}
