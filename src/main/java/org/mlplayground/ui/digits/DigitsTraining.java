package org.mlplayground.ui.digits;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.Command;
import org.mlplayground.train.DigitModel;
import org.mlplayground.train.DigitRuns;
import org.mlplayground.train.TrainingControl;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Background;

/**
 * The Digits tab's training runs: a new network with the settings, its inputs built on the worker,
 * trained for the epochs asked on the training service; when the run's steps are done (or it is
 * stopped) its network becomes the model in use and joins the comparison of runs.
 */
final class DigitsTraining {

    /** A training run: its settings, the scaler fitted to its digits, how many, and its network's name. */
    record Run(MlpConfig config, Scaler.Fitted scaler, int trainRows, String name) {
    }

    private final TrainingControl service;
    private final Background background;
    private final DigitsSettings settings;
    private final Supplier<Mnist> mnist;
    private final Runnable load;
    private final Consumer<String> status;
    private final Consumer<DigitModel> use;
    private final DigitsEvaluation evaluation;
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private Run run;
    /** Commands sent to the service so far, and how many must be applied before the open run can be finished. */
    private long sent;
    private long finishAfter = Long.MAX_VALUE;

    /**
     * @param mnist the data once loaded (null before), {@code load} starts loading it
     * @param use   makes a trained network the model in use
     */
    DigitsTraining(TrainingControl service, Background background, DigitsSettings settings, Supplier<Mnist> mnist,
                   Runnable load, Consumer<String> status, Consumer<DigitModel> use, DigitsEvaluation evaluation) {
        this.service = service;
        this.background = background;
        this.settings = settings;
        this.mnist = mnist;
        this.load = load;
        this.status = status;
        this.use = use;
        this.evaluation = evaluation;
        send(new Command.SetSnapshotRate(10));
    }

    /** Trains a new network with the settings; a bad setting is refused by name and nothing starts. */
    void train() {
        Mnist data = mnist.get();
        if (data == null) {
            load.run();
            status.accept("MNIST is still loading.");
            return;
        }
        int[] sizes;
        MlpConfig config;
        try {
            sizes = settings.hiddenSizes();
            config = settings.config(sizes);
        } catch (IllegalArgumentException e) {
            status.accept("Not started: " + e.getMessage());
            return;
        }
        int rows = settings.trainSizeProperty().get();
        int epochCount = settings.epochsProperty().get();
        Scaler kind = settings.scalerProperty().get();
        String name = DigitRuns.name(sizes);
        preparing.set(true);
        status.accept("Preparing " + String.format(Locale.ROOT, "%,d", Math.min(rows, data.train().count()))
                + " training digits for " + name + "\u2026");
        // the inputs are built (and scaled) on the worker; the FX thread only sends the commands
        background.run(() -> DigitRuns.prepare(data, rows, kind, sizes), prepared -> {
            preparing.set(false);
            run = new Run(config, prepared.scaler(), prepared.rows(), name);
            send(new Command.Configure(prepared.problem(), config, "Training " + name + " on " + prepared.rows() + " digits."));
            send(new Command.Step(Command.Step.Unit.EPOCH, epochCount));
            finishAfter = sent;
            status.accept("Training " + name + " on " + String.format(Locale.ROOT, "%,d", prepared.rows()) + " digits.");
        }, e -> {
            preparing.set(false);
            status.accept("Not started: " + Background.sentence(e));
        });
    }

    /** Stops training; the network so far becomes the model in use. */
    void stop() {
        send(new Command.Pause());
    }

    private void send(Command c) {
        sent++;
        service.send(c);
    }

    /** Takes in a snapshot: when the open run has ended, its network becomes the model in use. */
    void onSnapshot(TrainingSnapshot s) {
        Run r = run;
        if (r == null || s == null || s.weights() == null || s.commands() < finishAfter) {
            return;
        }
        if (s.state() == TrainingState.DIVERGED || s.state() == TrainingState.ERROR) {
            status.accept("Training stopped: " + s.message());
            finishAfter = Long.MAX_VALUE;
        }
        // the run's Step (or a Stop) has been applied and training has paused: the run is over
        if (s.state() == TrainingState.PAUSED && s.epoch() > 0) {
            finishAfter = Long.MAX_VALUE;
            DigitModel trained = new DigitModel(s.weights(), r.scaler(), s.config(),
                    r.name() + " trained for " + s.epoch() + " epochs on " + r.trainRows() + " digits");
            use.accept(trained);
            double[] losses = s.history().stream().mapToDouble(p -> p.trainLoss()).toArray();
            String described = r.config().activation().sklearnName() + ", " + r.config().solver().sklearnName()
                    + ", alpha " + DigitRuns.number(r.config().alpha()) + ", " + s.epoch() + " epochs";
            evaluation.addTrainedRun(trained, r.name(), described, r.trainRows(), s.seconds(), losses);
        }
    }

    /** One line of progress: epoch, loss, accuracy, steps/s and time left; empty before a run. */
    String progress(TrainingSnapshot s) {
        Run r = run;
        if (r == null || s == null || s.weights() == null) {
            return "";
        }
        int total = r.config().maxIter();
        double perEpoch = s.epoch() > 0 ? s.seconds() / s.epoch() : Double.NaN;
        String left = s.state() == TrainingState.RUNNING && s.epoch() > 0
                ? String.format(Locale.ROOT, ", about %.0f s left", perEpoch * (total - s.epoch())) : "";
        String speed = s.state() == TrainingState.RUNNING ? String.format(Locale.ROOT, ", %,.0f steps/s", s.stepsPerSecond()) : "";
        return String.format(Locale.ROOT, "%s: epoch %d of %d, loss %.4f, test accuracy %s%s%s", r.name(),
                s.epoch(), total, s.trainLoss(), Double.isNaN(s.testScore()) ? "-" : String.format(Locale.ROOT, "%.2f%%",
                        100 * s.testScore()), speed, left);
    }

    /** True while a run's inputs are being built, before it reaches the service. */
    ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }
}
