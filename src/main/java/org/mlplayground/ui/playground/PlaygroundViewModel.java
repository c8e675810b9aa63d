package org.mlplayground.ui.playground;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.io.PlaygroundFiles;
import org.mlplayground.io.PlaygroundState;
import org.mlplayground.nn.MlpConfig;
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
    private final NetworkSettings network = new NetworkSettings();
    private final StopRules stopRules = new StopRules();
    private final org.mlplayground.ui.playground.EngineOptions options = new org.mlplayground.ui.playground.EngineOptions();
    private final ReadOnlyObjectWrapper<org.mlplayground.train.TrainingProblem> problem = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty example = new SimpleIntegerProperty(0);
    private final PlaneDetail planeDetail;

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


    /**
     * A playground that trains through {@code service} and builds data and reads files through
     * {@code background} (tests pass a hand-fed service and {@link Background#immediate()}).
     */
    public PlaygroundViewModel(TrainingControl service, Background background) {
        this.service = service;
        this.background = background;
        planeDetail = new PlaneDetail(service::send);
        adapter = new SnapshotAdapter(service);
        documents = new PlaygroundDocuments(this, background);
        running = Bindings.equal(TrainingState.RUNNING, adapter.stateProperty());
        service.send(new Command.SetSpeedLimit(NetworkSettings.FULL_SPEED));
        network.speedLimitProperty().addListener((o, was, now) -> service.send(new Command.SetSpeedLimit(now.doubleValue())));
        rebuild("");
        // data and architecture rebuild the problem, and say so; the rest reaches the running model live
        String data = "The data changed: training starts over.";
        String networkChanged = "The network changed: training starts over from new initial weights.";
        this.data.dataControls().forEach(c -> c.addListener(o -> rebuild(data)));
        this.data.scalerProperty().addListener(o -> rebuild("The input scaling changed: training starts over."));
        this.data.features().addListener((javafx.collections.SetChangeListener<Feature2D>) c -> rebuild(
                "The input features changed: training starts over."));
        this.network.hiddenLayers().addListener((javafx.collections.ListChangeListener<Integer>) c -> rebuild(networkChanged));
        this.network.solverProperty().addListener(o -> rebuild("The solver changed: training starts over."));
        this.network.seedProperty().addListener(o -> rebuild("The seed changed: training starts over from its initial weights."));
        options.controls().forEach(c -> c.addListener(o -> rebuild("The engine options changed: training starts over.")));
        this.data.addedPoints().addListener((javafx.collections.ListChangeListener<double[]>) c -> rebuild(
                "The training points changed: training starts over."));

        // live changes; while a preset or a state is applied, its one configuration carries them
        this.network.activationProperty().addListener((o, was, now) -> sendLive(new Command.SetActivation(now)));
        this.network.learningRateProperty().addListener((o, was, now) -> sendLive(new Command.SetLearningRate(now.doubleValue())));
        this.network.alphaProperty().addListener((o, was, now) -> sendLive(new Command.SetAlpha(now.doubleValue())));
        this.network.batchSizeProperty().addListener((o, was, now) -> sendLive(new Command.SetBatchSize(now.intValue())));
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
            problem.set(built.problem());
            planeDetail.problem(built); // its grids, applied with the configuration
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

    /**
     * The neurons' thumbnails are drawn from a grid of {@code cells} a side (0: none on screen)
     * for the hidden layers {@code hiddenShown} (null: all): the snapshots' pictures follow.
     */
    void drawThumbnails(int cells, boolean[] hiddenShown) {
        planeDetail.thumbnails(cells, hiddenShown, pendingBuilds == 0);
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
        data.useTable(table.points(), table.name(), new DataSettings.Names(table.features(), table.classes()));
        rebuild("Loaded " + table.name() + ": " + table.points().size() + " points, classes "
                + String.join(", ", table.classes()) + ". Training starts over.");
    }

    /** Initialization, L1 and per-layer activations (the engine's options beyond sklearn). */
    public org.mlplayground.ui.playground.EngineOptions options() {
        return options;
    }

    /** The problem last sent to training (the network's scaled inputs and targets), or null before. */
    public ReadOnlyObjectProperty<org.mlplayground.train.TrainingProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The training example (row) the Math view explains, picked by a right-click on the plane. */
    public IntegerProperty exampleProperty() {
        return example;
    }

    /** Continues training from {@code weights} (the Math view's update step). */
    public void loadWeights(org.mlplayground.nn.Network weights) {
        send(new Command.LoadModel(weights));
    }

    /** The network and its training settings. */
    public NetworkSettings network() {
        return network;
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
        MlpConfig.Builder config = network.config();
        return stopRules.applyTo(options.applyTo(config.build()));
    }

    /** The hyperparameters the controls show, for the Sweep tab (a sweep trains this network). */
    public MlpConfig currentConfig() {
        return config();
    }

    /** The data as the controls describe them, for the Sweep tab ({@link PlaneSetup#build()} off the FX thread). */
    public PlaneSetup currentSetup() {
        return data.setup();
    }

    /**
     * Continues from a network trained elsewhere (a sweep's cell): sets the hidden layers and alpha
     * controls to its own and loads {@code weights} (n_features -> hiddenSizes -> outputs of the
     * current data) into the training, after any rebuild the new layers cause.
     */
    public void loadTrained(int[] hiddenSizes, double alphaValue, org.mlplayground.nn.Network weights) {
        List<Integer> sizes = java.util.stream.IntStream.of(hiddenSizes).boxed().toList();
        if (!network.hiddenLayers().equals(sizes)) {
            network.hiddenLayers().setAll(sizes);
        }
        send(new Command.LoadModel(weights));
        this.network.alphaProperty().set(alphaValue);
    }

    /**
     * A lesson's starting point: {@code circle} (the default), {@code spiral} (a deep network with
     * sine features), {@code blobs} (four classes), {@code regression} (a Gaussian bump),
     * {@code deep-logistic} / {@code deep-relu} (8 hidden layers of 8) or {@code logistic-regression}
     * (no hidden layer), sent as one configuration. Unknown names are refused.
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

    /** The scikit-learn pipeline (input features, scaler, network) that trains what the controls describe. */
    public String sklearnLine() {
        Dataset2D data = train.get();
        return org.mlplayground.io.SklearnCode.pipeline(
                new org.mlplayground.data.FeatureMap2D(java.util.EnumSet.copyOf(this.data.features())).ordered(),
                this.data.scalerProperty().get(), config(), data == null || data.isClassification());
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

    /** One epoch or one minibatch ({@link NetworkSettings#stepUnitProperty}), then pause. */
    public void step() {
        send(new Command.Step(network.stepUnitProperty().get(), 1));
    }

    /** {@code epochs} epochs, then pause (a lesson step's "train" action). */
    public void trainEpochs(int epochs) {
        send(new Command.Step(Command.Step.Unit.EPOCH, epochs));
    }

    /** Back to the initial weights of the seed. */
    public void reset() {
        send(new Command.Reset(null));
    }

    /** Stops the training thread and the worker. */
    public void shutdown() {
        background.shutdown();
        service.close();
    }

    /** The snapshots as the FX thread receives them (and how long the views take to take one in). */
    public SnapshotAdapter snapshots() {
        return adapter;
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

    public ReadOnlyObjectProperty<Dataset2D> trainDataProperty() {
        return train.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dataset2D> testDataProperty() {
        return test.getReadOnlyProperty();
    }

}
