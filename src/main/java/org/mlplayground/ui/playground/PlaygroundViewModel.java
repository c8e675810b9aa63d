package org.mlplayground.ui.playground;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.io.PlaygroundFiles;
import org.mlplayground.io.PlaygroundState;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.Command;
import org.mlplayground.train.PlaneSetup;
import org.mlplayground.train.TrainingControl;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.SnapshotAdapter;


/**
 * The playground's state: the data (generator, points, noise, test share, seed, input features),
 * the network (hidden layers, activation) and the training settings (solver, learning rate,
 * alpha, batch size, seed), bound to a {@link TrainingService}. Learning rate, alpha and batch
 * size reach the running model live; a change of data or architecture rebuilds the problem and
 * says so. Views bind to these properties and only draw.
 */
public final class PlaygroundViewModel {

    /** The layer widths a new layer starts with. */
    static final int NEW_LAYER_WIDTH = 4;

    private final TrainingControl service;
    private final Background background;
    private final SnapshotAdapter adapter;
    private final StringProperty notice = new SimpleStringProperty("");
    private final PlaygroundDocuments documents;
    /** Configurations being built on the worker, and the commands given meanwhile (sent after them, in order). */
    private int pendingBuilds;
    private final java.util.ArrayList<Command> deferred = new java.util.ArrayList<>();
    private final BooleanBinding running;
    private final DataSettings data = new DataSettings();
    private final StopRules stopRules = new StopRules();

    private final ObservableList<Integer> hidden = FXCollections.observableArrayList(4, 2);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.TANH);
    private final ObjectProperty<Solver> solver = new SimpleObjectProperty<>(Solver.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.03);
    private final DoubleProperty alpha = new SimpleDoubleProperty(0);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(10);
    private final LongProperty seed = new SimpleLongProperty(0);
    /** The scaler fitted on the current training features. */
    private org.mlplayground.data.Scaler.Fitted fittedScaler;
    /** True while a state is applied: its fields rebuild once, at the end. */
    private boolean applying;
    private final ReadOnlyObjectWrapper<Dataset2D> train = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dataset2D> test = new ReadOnlyObjectWrapper<>();

    /** A playground with its own training thread and worker; create on the FX thread. */
    public PlaygroundViewModel() {
        this(new TrainingService(), Background.worker("playground-worker"));
    }

    /** Full speed: the steps per second the playground allows at most. */
    public static final double FULL_SPEED = 2000;
    private final DoubleProperty speedLimit = new SimpleDoubleProperty(FULL_SPEED);
    private final ObjectProperty<Command.Step.Unit> stepUnit = new SimpleObjectProperty<>(Command.Step.Unit.EPOCH);

    /**
     * A playground that trains through {@code service} and builds data and reads files through
     * {@code background} (tests pass a hand-fed service and {@link Background#immediate()}).
     */
    public PlaygroundViewModel(TrainingControl service, Background background) {
        this.service = service;
        this.background = background;
        adapter = new SnapshotAdapter(service);
        documents = new PlaygroundDocuments(this, background);
        running = Bindings.equal(TrainingState.RUNNING, adapter.stateProperty());
        service.send(new Command.SetSpeedLimit(FULL_SPEED));
        speedLimit.addListener((o, was, now) -> service.send(new Command.SetSpeedLimit(now.doubleValue())));
        rebuild("");
        // data and architecture rebuild the problem, and say so; the rest reaches the running model live
        String data = "The data changed: training starts over.";
        String network = "The network changed: training starts over from new initial weights.";
        this.data.dataControls().forEach(c -> c.addListener(o -> rebuild(data)));
        this.data.scalerProperty().addListener(o -> rebuild("The input scaling changed: training starts over."));
        this.data.features().addListener((javafx.collections.SetChangeListener<Feature2D>) c -> rebuild(
                "The input features changed: training starts over."));
        hidden.addListener((javafx.collections.ListChangeListener<Integer>) c -> rebuild(network));
        solver.addListener(o -> rebuild("The solver changed: training starts over."));
        seed.addListener(o -> rebuild("The seed changed: training starts over from its initial weights."));
        this.data.addedPoints().addListener((javafx.collections.ListChangeListener<double[]>) c -> rebuild(
                "The training points changed: training starts over."));

        // live changes; while a preset or a state is applied, its one configuration carries them
        activation.addListener((o, was, now) -> sendLive(new Command.SetActivation(now)));
        learningRate.addListener((o, was, now) -> sendLive(new Command.SetLearningRate(now.doubleValue())));
        alpha.addListener((o, was, now) -> sendLive(new Command.SetAlpha(now.doubleValue())));
        batchSize.addListener((o, was, now) -> sendLive(new Command.SetBatchSize(now.intValue())));
        stopRules.controls().forEach(c -> c.addListener(o -> sendLive(stopRules.command())));
    }

    private void sendLive(Command c) {
        if (!applying) {
            send(c);
        }
    }

    /** Regenerates the data on the worker and sends one new configuration (training starts over, paused), saying why. */
    private void rebuild(String notice) {
        if (data.features().isEmpty() || applying) {
            return;
        }
        PlaneSetup setup = data.setup();
        MlpConfig config = config();
        pendingBuilds++;
        background.run(setup::build, built -> {
            train.set(built.train());
            test.set(built.test());
            fittedScaler = built.scaler();
            service.send(new Command.Configure(built.problem(), config, notice, stopRules.enabledProperty().get()));
            builtOne();
        }, e -> {
            this.notice.set("The data could not be built: " + Background.sentence(e));
            builtOne();
        });
    }

    /** A build came back: once none is pending, the commands given meanwhile follow its configuration. */
    private void builtOne() {
        if (--pendingBuilds == 0) {
            List<Command> waiting = List.copyOf(deferred);
            deferred.clear();
            waiting.forEach(service::send);
        }
    }

    /** Sends a command after any configuration still being built, so that Play never runs ahead of its data. */
    private void send(Command c) {
        if (pendingBuilds > 0) {
            deferred.add(c);
        } else {
            service.send(c);
        }
    }

    /**
     * Uses a table of points read from a file (two numeric columns x1, x2 and a class label)
     * instead of the generated data; training starts over.
     */
    void useTable(PlaygroundFiles.PointTable table) {
        data.useTable(table.points(), table.name());
        rebuild("Loaded " + table.name() + ": " + table.points().size() + " points, classes "
                + String.join(", ", table.classes()) + ". Training starts over.");
    }

    /** When training stops by itself. */
    public StopRules stopRules() {
        return stopRules;
    }

    /** The data controls. */
    public DataSettings data() {
        return data;
    }

    /** The File menu's commands on this playground. */
    public PlaygroundDocuments documents() {
        return documents;
    }

    /** What the last file or data operation said, for the status line; empty when there is nothing new. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * Uses generator {@code g}'s points; choosing the generator already set while a CSV table is
     * loaded goes back to it too.
     */
    public void chooseDataset(Generators g) {
        if (data.tableProperty().get() != null && data.datasetProperty().get() == g) {
            data.clearTable();
            rebuild("The data changed: training starts over.");
        } else {
            data.datasetProperty().set(g);
        }
    }

    /** Adds a training point of class {@code label} at (x1, x2); training starts over with it. */
    public void addPoint(double x1, double x2, int label) {
        data.addedPoints().add(new double[] {x1, x2, label});
    }

    /** Removes every point the user added. */
    public void clearAddedPoints() {
        data.addedPoints().clear();
    }

    /** The hyperparameters the controls show. */
    MlpConfig config() {
        MlpConfig.Builder config = MlpConfig.builder().hiddenLayerSizes(hidden.stream().mapToInt(Integer::intValue).toArray())
                .activation(activation.get()).solver(solver.get()).learningRateInit(learningRate.get())
                .alpha(alpha.get()).batchSize(batchSize.get()).seed(seed.get()).shuffleSeed(seed.get());
        return stopRules.applyTo(config.build());
    }

    /**
     * A lesson's starting point: {@code circle} (the default), {@code spiral} (a deep network with
     * sine features), {@code blobs} (four classes) or {@code regression} (a Gaussian bump), sent as
     * one configuration. Unknown names are refused.
     */
    public void applyPreset(String name) {
        applyAll(() -> PlaygroundStates.preset(this, name), "Preset " + name + ": training starts over.");
    }

    /** The settings as a short text that reproduces this run. */
    public String stateText() {
        return PlaygroundStates.text(this);
    }

    /**
     * Sets every control from a state text (training starts over, once). A bad text is refused
     * whole with a message naming the field, and nothing changes.
     */
    public void applyState(String text) {
        PlaygroundState s = PlaygroundState.parse(text);
        PlaygroundStates.checkTable(s);
        applyAll(() -> PlaygroundStates.apply(this, s), "Loaded the playground's state: training starts over.");
    }

    /** Sets several controls, then rebuilds once: one configuration, whatever changed. */
    private void applyAll(Runnable fields, String notice) {
        applying = true;
        try {
            fields.run();
        } finally {
            applying = false;
        }
        rebuild(notice);
    }

    /** The scikit-learn constructor call that trains the network the controls describe. */
    public String sklearnLine() {
        Dataset2D data = train.get();
        return org.mlplayground.io.SklearnCode.constructor(config(), data == null || data.isClassification());
    }

    /** The scaler fitted on the current training features (the saved model carries it). */
    org.mlplayground.data.Scaler.Fitted fittedScaler() {
        return fittedScaler;
    }

    /** Sets one weight of the running network (a link typed into by hand). */
    public void setWeight(int layer, int from, int to, double value) {
        send(new Command.SetWeight(layer, from, to, value));
    }

    /** Play or pause. */
    public void togglePlay() {
        send(running.get() ? new Command.Pause() : new Command.Play());
    }

    /** One epoch or one minibatch ({@link #stepUnitProperty}), then pause. */
    public void step() {
        send(new Command.Step(stepUnit.get(), 1));
    }

    /** The most steps per second while playing: 1 (slow motion, the boundary moves step by step) to {@link #FULL_SPEED}. */
    public DoubleProperty speedLimitProperty() {
        return speedLimit;
    }

    /** What Step takes: one epoch (the default) or one minibatch. */
    public ObjectProperty<Command.Step.Unit> stepUnitProperty() {
        return stepUnit;
    }

    /** Back to the initial weights of the seed. */
    public void reset() {
        send(new Command.Reset(null));
    }

    /** Adds a hidden layer after the last one. */
    public void addLayer() {
        hidden.add(NEW_LAYER_WIDTH);
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        if (!hidden.isEmpty()) {
            hidden.remove(hidden.size() - 1);
        }
    }

    /** Changes the width of hidden layer {@code layer} (0-based) by {@code delta}, keeping at least one unit. */
    public void resizeLayer(int layer, int delta) {
        int width = Math.max(1, hidden.get(layer) + delta);
        if (width != hidden.get(layer)) {
            hidden.set(layer, width);
        }
    }

    /** Stops the training thread and the worker. */
    public void shutdown() {
        background.shutdown();
        service.close();
    }

    /** The longest time the views took to take in one snapshot, in milliseconds. */
    public double slowestDeliveryMillis() {
        return adapter.slowestDeliveryMillis();
    }

    /** Starts measuring {@link #slowestDeliveryMillis()} afresh. */
    public void resetDeliveryTiming() {
        adapter.resetDeliveryTiming();
    }

    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return adapter.snapshotProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return adapter.messageProperty();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public ObservableList<Integer> hiddenLayers() {
        return hidden;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<Solver> solverProperty() {
        return solver;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<Dataset2D> trainDataProperty() {
        return train.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dataset2D> testDataProperty() {
        return test.getReadOnlyProperty();
    }

}
