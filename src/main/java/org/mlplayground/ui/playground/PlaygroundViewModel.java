package org.mlplayground.ui.playground;

import java.util.EnumSet;
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
import javafx.collections.ObservableSet;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.FeatureMap2D;
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

    private final ObjectProperty<Generators> dataset = new SimpleObjectProperty<>(Generators.CIRCLE);
    private final IntegerProperty points = new SimpleIntegerProperty(400);
    private final DoubleProperty noise = new SimpleDoubleProperty(0.1);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(0.5);
    private final LongProperty dataSeed = new SimpleLongProperty(1);
    private final ObservableSet<Feature2D> features = FXCollections.observableSet(EnumSet.of(Feature2D.X1, Feature2D.X2));
    private final ObservableList<Integer> hidden = FXCollections.observableArrayList(4, 2);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.TANH);
    private final ObjectProperty<Solver> solver = new SimpleObjectProperty<>(Solver.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.03);
    private final DoubleProperty alpha = new SimpleDoubleProperty(0);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(10);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final ObjectProperty<org.mlplayground.data.Scaler> scaler = new SimpleObjectProperty<>(org.mlplayground.data.Scaler.NONE);
    /** The scaler fitted on the current training features. */
    private org.mlplayground.data.Scaler.Fitted fittedScaler;
    /** True while a state is applied: its fields rebuild once, at the end. */
    private boolean applying;
    private final ReadOnlyObjectWrapper<Dataset2D> train = new ReadOnlyObjectWrapper<>();
    /** A table loaded from CSV that replaces the generated data, or null. */
    private final ObjectProperty<Dataset2D> csvData = new SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty csvName = new javafx.beans.property.SimpleStringProperty("");
    /** Points the user clicked into the plane: (x1, x2, class); kept when the data is regenerated. */
    private final ObservableList<double[]> addedPoints = FXCollections.observableArrayList();
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
        adapter = new SnapshotAdapter(service);
        documents = new PlaygroundDocuments(this, background);
        running = Bindings.equal(TrainingState.RUNNING, adapter.stateProperty());
        service.send(new Command.SetSpeedLimit(2000));
        rebuild("");
        // data and architecture rebuild the problem, and say so; the rest reaches the running model live
        String data = "The data changed: training starts over.";
        String network = "The network changed: training starts over from new initial weights.";
        dataset.addListener(o -> {
            // choosing a generator leaves a loaded CSV table
            csvData.set(null);
            csvName.set("");
            rebuild(data);
        });
        points.addListener(o -> rebuild(data));
        noise.addListener(o -> rebuild(data));
        testFraction.addListener(o -> rebuild(data));
        scaler.addListener(o -> rebuild("The input scaling changed: training starts over."));
        dataSeed.addListener(o -> rebuild(data));
        features.addListener((javafx.collections.SetChangeListener<Feature2D>) c -> rebuild(
                "The input features changed: training starts over."));
        hidden.addListener((javafx.collections.ListChangeListener<Integer>) c -> rebuild(network));
        solver.addListener(o -> rebuild("The solver changed: training starts over."));
        seed.addListener(o -> rebuild("The seed changed: training starts over from its initial weights."));
        addedPoints.addListener((javafx.collections.ListChangeListener<double[]>) c -> rebuild(
                "The training points changed: training starts over."));

        // live changes; while a preset or a state is applied, its one configuration carries them
        activation.addListener((o, was, now) -> sendLive(new Command.SetActivation(now)));
        learningRate.addListener((o, was, now) -> sendLive(new Command.SetLearningRate(now.doubleValue())));
        alpha.addListener((o, was, now) -> sendLive(new Command.SetAlpha(now.doubleValue())));
        batchSize.addListener((o, was, now) -> sendLive(new Command.SetBatchSize(now.intValue())));
    }

    private void sendLive(Command c) {
        if (!applying) {
            send(c);
        }
    }

    /** Regenerates the data on the worker and sends one new configuration (training starts over, paused), saying why. */
    private void rebuild(String notice) {
        if (features.isEmpty() || applying) {
            return;
        }
        PlaneSetup setup = new PlaneSetup(dataset.get(), points.get(), noise.get(), testFraction.get(), dataSeed.get(),
                EnumSet.copyOf(features), scaler.get(), csvData.get(), List.copyOf(addedPoints));
        MlpConfig config = config();
        pendingBuilds++;
        background.run(setup::build, built -> {
            train.set(built.train());
            test.set(built.test());
            fittedScaler = built.scaler();
            service.send(new Command.Configure(built.problem(), config, notice));
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
        csvName.set(table.name());
        csvData.set(table.points());
        rebuild("Loaded " + table.name() + ": " + table.points().size() + " points, classes "
                + String.join(", ", table.classes()) + ". Training starts over.");
    }

    /** The File menu's commands on this playground. */
    public PlaygroundDocuments documents() {
        return documents;
    }

    /** The name of the loaded CSV file, or empty when the data is generated. */
    public javafx.beans.property.ReadOnlyStringProperty csvNameProperty() {
        return csvName;
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
        if (csvData.get() != null && dataset.get() == g) {
            csvData.set(null);
            csvName.set("");
            rebuild("The data changed: training starts over.");
        } else {
            dataset.set(g);
        }
    }

    /** Adds a training point of class {@code label} at (x1, x2); training starts over with it. */
    public void addPoint(double x1, double x2, int label) {
        addedPoints.add(new double[] {x1, x2, label});
    }

    /** Removes every point the user added. */
    public void clearAddedPoints() {
        addedPoints.clear();
    }

    /** The hyperparameters the controls show. */
    MlpConfig config() {
        return MlpConfig.builder().hiddenLayerSizes(hidden.stream().mapToInt(Integer::intValue).toArray())
                .activation(activation.get()).solver(solver.get()).learningRateInit(learningRate.get())
                .alpha(alpha.get()).batchSize(batchSize.get()).seed(seed.get()).shuffleSeed(seed.get()).build();
    }

    /**
     * A lesson's starting point: {@code circle} (the default), {@code spiral} (a deep network with
     * sine features), {@code blobs} (four classes) or {@code regression} (a Gaussian bump). Unknown
     * names are refused.
     */
    public void applyPreset(String name) {
        applying = true;
        try {
            presetFields(name);
        } finally {
            applying = false;
        }
        rebuild("Preset " + name + ": training starts over.");
    }

    private void presetFields(String name) {
        switch (name) {
            case "circle":
                return;
            case "spiral":
                dataset.set(Generators.SPIRAL);
                noise.set(0);
                features.addAll(java.util.List.of(Feature2D.SIN_X1, Feature2D.SIN_X2));
                hidden.setAll(8, 8, 8, 8, 8, 8);
                learningRate.set(0.003);
                return;
            case "blobs":
                dataset.set(Generators.BLOBS4);
                noise.set(0.2);
                hidden.setAll(6, 6);
                return;
            case "regression":
                dataset.set(Generators.GAUSS_BUMP);
                hidden.setAll(8, 8);
                learningRate.set(0.01);
                return;
            default:
                throw new IllegalArgumentException("Unknown preset '" + name + "': expected circle, spiral, blobs or regression");
        }
    }

    /** The settings as a short text that reproduces this run. */
    public String stateText() {
        double[][] table = null;
        Dataset2D csv = csvData.get();
        if (csv != null) {
            table = new double[csv.size()][];
            for (int i = 0; i < table.length; i++) {
                table[i] = new double[] {csv.points()[i][0], csv.points()[i][1], csv.labels()[i]};
            }
        }
        return new PlaygroundState(dataset.get(), points.get(), noise.get(), testFraction.get(), dataSeed.get(),
                EnumSet.copyOf(features), hidden.stream().mapToInt(Integer::intValue).toArray(), activation.get(),
                solver.get(), learningRate.get(), alpha.get(), batchSize.get(), seed.get(), scaler.get(), table,
                addedPoints.toArray(new double[0][])).toText();
    }

    /**
     * Sets every control from a state text (training starts over, once). A bad text is refused
     * whole with a message naming the field, and nothing changes.
     */
    public void applyState(String text) {
        PlaygroundState s = PlaygroundState.parse(text);
        if (s.table() != null) {
            checkTable(s.table());
        }
        applying = true;
        try {
            applyFields(s);
        } finally {
            applying = false;
        }
        rebuild("Loaded the playground's state: training starts over.");
    }

    /** A table needs two classes numbered from 0 and at least two points. */
    private static void checkTable(double[][] table) {
        java.util.Set<Integer> classes = new java.util.TreeSet<>();
        for (double[] row : table) {
            classes.add((int) row[2]);
        }
        if (table.length < 2 || classes.size() < 2) {
            throw new IllegalArgumentException("The playground state's table needs at least two points of two classes");
        }
    }

    private void applyFields(PlaygroundState s) {
        dataset.set(s.dataset());
        points.set(s.points());
        noise.set(s.noise());
        testFraction.set(s.testFraction());
        dataSeed.set(s.dataSeed());
        features.retainAll(s.features());
        features.addAll(s.features());
        hidden.setAll(java.util.Arrays.stream(s.hidden()).boxed().toList());
        activation.set(s.activation());
        solver.set(s.solver());
        learningRate.set(s.learningRate());
        alpha.set(s.alpha());
        batchSize.set(s.batchSize());
        seed.set(s.seed());
        scaler.set(s.scaler());
        addedPoints.setAll(java.util.Arrays.asList(s.added()));
        if (s.table() != null) {
            double[][] pts = new double[s.table().length][];
            int[] labels = new int[pts.length];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = new double[] {s.table()[i][0], s.table()[i][1]};
                labels[i] = (int) s.table()[i][2];
            }
            csvData.set(new Dataset2D(pts, labels));
            csvName.set("table from a saved state");
        }
    }

    /** The scikit-learn constructor call that trains the network the controls describe. */
    public String sklearnLine() {
        Dataset2D data = train.get();
        return org.mlplayground.io.SklearnCode.constructor(config(), data == null || data.isClassification());
    }

    /** The current model as a saved-model value (weights, settings, classes, the 2D feature map). */
    public org.mlplayground.io.SavedModel savedModel() {
        TrainingSnapshot s = adapter.snapshotProperty().get();
        if (s == null || s.weights() == null) {
            throw new IllegalStateException("There is no network yet");
        }
        Dataset2D data = train.get();
        int[] classes = null;
        if (data.isClassification()) {
            classes = new int[s.weights().outputs() == 1 ? 2 : s.weights().outputs()];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = i;
            }
        }
        String[] names = featureLabels().toArray(new String[0]);
        return new org.mlplayground.io.SavedModel(s.weights(), s.config(), classes, null, names, featureLabels(), fittedScaler,
                new double[0], "playground: " + stateText());
    }

    /** Sets one weight of the running network (a link typed into by hand). */
    public void setWeight(int layer, int from, int to, double value) {
        send(new Command.SetWeight(layer, from, to, value));
    }

    /** Play or pause. */
    public void togglePlay() {
        send(running.get() ? new Command.Pause() : new Command.Play());
    }

    /** One epoch, then pause. */
    public void step() {
        send(new Command.Step(Command.Step.Unit.EPOCH, 1));
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

    public ObjectProperty<Generators> datasetProperty() {
        return dataset;
    }

    public IntegerProperty pointsProperty() {
        return points;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public LongProperty dataSeedProperty() {
        return dataSeed;
    }

    public ObjectProperty<org.mlplayground.data.Scaler> scalerProperty() {
        return scaler;
    }

    public ObservableSet<Feature2D> features() {
        return features;
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

    /** The names of the switched-on input features, in input order. */
    public List<String> featureLabels() {
        return new FeatureMap2D(EnumSet.copyOf(features)).ordered().stream().map(Feature2D::label).toList();
    }
}
