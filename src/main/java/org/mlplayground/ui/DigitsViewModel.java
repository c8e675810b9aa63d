package org.mlplayground.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.baseline.ComparisonRow;
import org.mlplayground.baseline.Contender;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.DrawnDigits;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Solver;
import org.mlplayground.train.Command;
import org.mlplayground.train.TrainingProblem;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/**
 * The Digits tab's state: MNIST, the digit model in use (the shipped one, a loaded one or the
 * one just trained), the training settings and a training service to run them, the drawing's
 * preprocessing and what the model makes of it, the evaluation on the test set or the personal
 * set of drawn digits, and the comparison of runs and other classifiers. Slow work (loading,
 * evaluating, SVMs) runs on one worker thread; results come back to the FX thread.
 */
public final class DigitsViewModel {

    /** The model the application ships. */
    static final String BUNDLED_MODEL = "/models/mnist-128.json.gz";
    /** The names of the ten classes. */
    static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /** The digit model in use: its weights, the input scaler it was trained with, and where it came from. */
    public record DigitModel(Network network, Scaler.Fitted scaler, MlpConfig config, String description) {

        /** The network's trace for one 784-pixel input (scaled first when the model was). */
        ForwardTrace trace(double[] pixels) {
            return network.trace(scaler.kind() == Scaler.NONE ? pixels : scaler.transform(pixels));
        }

        /** Class probabilities (n x 10) for rows of pixels. */
        DMatrixRMaj probabilities(Features pixels) {
            return network.predict(scaler.kind() == Scaler.NONE ? pixels : Features.of(scaler.transform(pixels.toDense())));
        }
    }

    /** Which digits the evaluation shows. */
    public enum EvaluationSet { TEST, PERSONAL }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "digits-worker");
        t.setDaemon(true);
        return t;
    });
    private final TrainingService service = new TrainingService();
    private final SnapshotAdapter adapter;
    private final Path personalFile;
    /** Commands sent to the service so far, and how many must be applied before the open run can be finished. */
    private long sent;
    private long finishAfter = Long.MAX_VALUE;

    private final ReadOnlyObjectWrapper<Mnist> mnist = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DigitModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading MNIST and the shipped model\u2026");

    // training settings
    private final StringProperty hidden = new SimpleStringProperty("128");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.RELU);
    private final ObjectProperty<Solver> solver = new SimpleObjectProperty<>(Solver.ADAM);
    private final DoubleProperty alpha = new SimpleDoubleProperty(0.0001);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(200);
    private final IntegerProperty epochs = new SimpleIntegerProperty(10);
    private final ObjectProperty<Scaler> scaler = new SimpleObjectProperty<>(Scaler.NONE);
    private final IntegerProperty trainSize = new SimpleIntegerProperty(10_000);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>();

    // drawing
    private final BooleanProperty skipCentring = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<DigitPreprocessor.Steps> steps = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ForwardTrace> trace = new ReadOnlyObjectWrapper<>();
    private double[][] ink;
    /** What went wrong reading the drawn digits at start, kept in the status once the tab is ready. */
    private String personalNotice = "";
    private final ObservableList<DrawnDigits.Digit> personal = FXCollections.observableArrayList();

    // evaluation and comparison
    private final ObjectProperty<EvaluationSet> evaluationSet = new SimpleObjectProperty<>(EvaluationSet.TEST);
    private final ReadOnlyObjectWrapper<ClassifierEvaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final IntegerProperty svmTrainSize = new SimpleIntegerProperty(2_000);
    private final ReadOnlyObjectWrapper<Boolean> busy = new ReadOnlyObjectWrapper<>(false);
    /** True while a run's inputs are being built, before it reaches the service. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper preparing = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** A training run: its settings, the epochs asked for and its network's description. */
    record TrainingRun(MlpConfig config, Scaler.Fitted scaler, int trainRows, String name) {
    }

    /** State for the Digits tab; personal digits are kept in {@code personalFile}. Create on the FX thread. */
    public DigitsViewModel(Path personalFile) {
        this.personalFile = personalFile;
        adapter = new SnapshotAdapter(service);
        send(new Command.SetSnapshotRate(10));
        adapter.snapshotProperty().addListener((o, was, s) -> onSnapshot(was, s));
        skipCentring.addListener(o -> redraw());
        model.addListener(o -> {
            redraw();
            evaluate();
        });
        evaluationSet.addListener(o -> evaluate());
        loadPersonal();
        submit(() -> {
            try {
                Mnist data = Mnist.bundled();
                SavedModel shipped = ModelFile.loadResource(BUNDLED_MODEL);
                Platform.runLater(() -> {
                    if (worker.isShutdown()) {
                        return;
                    }
                    mnist.set(data);
                    model.set(fromSaved(shipped, "the shipped model (784-128-10, 98.0% on the test set)"));
                    status.set("Draw a digit on the pad. The shipped model is in use; train your own with the settings above."
                            + (personalNotice.isEmpty() ? "" : " " + personalNotice));
                });
            } catch (DataFileException | RuntimeException e) {
                Platform.runLater(() -> status.set("Could not load MNIST or the shipped model: " + e.getMessage()));
            }
        });
    }

    private static DigitModel fromSaved(SavedModel saved, String description) {
        if (saved.network().inputs() != 784 || saved.network().outputs() != 10 || !saved.isClassifier()) {
            throw new IllegalArgumentException("this is not a digit model: it takes " + saved.network().inputs()
                    + " inputs and gives " + saved.network().outputs() + " outputs (a digit model: 784 and 10)");
        }
        Scaler.Fitted scaler = saved.scaler() != null ? saved.scaler() : Scaler.NONE.fit(new DMatrixRMaj(0, 784));
        return new DigitModel(saved.network(), scaler, saved.config(), description);
    }

    // ---- drawing ----

    /** The pad's ink (rows x cols in [0, 1]) changed: preprocess it and run the model on it. */
    public void setInk(double[][] ink) {
        this.ink = ink;
        redraw();
    }

    private void redraw() {
        if (ink == null) {
            return;
        }
        DigitPreprocessor.Steps s = DigitPreprocessor.process(ink, !skipCentring.get());
        steps.set(s);
        DigitModel m = model.get();
        trace.set(m == null || s.isBlank() ? null : m.trace(s.input()));
    }

    /** Keeps the current drawing, preprocessed as MNIST's digits, with its true label; saved at once. */
    public void keepDrawing(int label) {
        // kept as MNIST's digits are, fitted and centred, whatever the skip toggle shows
        DigitPreprocessor.Steps fitted = ink == null ? null : DigitPreprocessor.process(ink, true);
        if (fitted == null || fitted.isBlank()) {
            status.set("Draw a digit first: the pad is empty.");
            return;
        }
        personal.add(new DrawnDigits.Digit(fitted.input(), label));
        try {
            DrawnDigits.save(personalFile, personal);
            status.set("Kept your " + label + " (" + personal.size() + " drawn digits, saved in " + personalFile + ").");
        } catch (java.io.IOException e) {
            status.set("Kept your " + label + ", but could not save " + personalFile + ": " + e.getMessage());
        }
        if (evaluationSet.get() == EvaluationSet.PERSONAL) {
            evaluate();
        }
    }

    private void loadPersonal() {
        if (!Files.exists(personalFile)) {
            return;
        }
        try {
            personal.setAll(DrawnDigits.load(personalFile));
        } catch (DataFileException e) {
            // keep the unreadable file beside, so that new drawings never overwrite what was there
            Path aside = personalFile.resolveSibling(personalFile.getFileName() + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.move(personalFile, aside);
                personalNotice = "Your drawn digits were not loaded (" + e.getMessage() + "); the file is kept as " + aside
                        + " and new drawings go to a new one.";
            } catch (java.io.IOException moved) {
                personalNotice = "Your drawn digits were not loaded: " + e.getMessage();
            }
            status.set(personalNotice);
        }
    }

    // ---- training ----

    /** Trains a new network with the settings on the training service; the tab stays responsive. */
    public void train() {
        Mnist data = mnist.get();
        if (data == null) {
            status.set("MNIST is still loading.");
            return;
        }
        int[] sizes;
        MlpConfig config;
        try {
            sizes = parseHidden(hidden.get());
            config = MlpConfig.builder().hiddenLayerSizes(sizes).activation(activation.get()).solver(solver.get())
                    .alpha(alpha.get()).batchSize(batchSize.get()).maxIter(epochs.get()).seed(seed.get())
                    .shuffleSeed(seed.get()).build();
        } catch (IllegalArgumentException e) {
            status.set("Not started: " + e.getMessage());
            return;
        }
        int rows = trainSize.get();
        int epochCount = epochs.get();
        Scaler kind = scaler.get();
        String name = "MLP " + (sizes.length == 0 ? "(no hidden layer)"
                : java.util.Arrays.stream(sizes).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining("-")));
        preparing.set(true);
        status.set("Preparing " + String.format(Locale.ROOT, "%,d", Math.min(rows, data.train().count()))
                + " training digits for " + name + "\u2026");
        // the inputs are built (and scaled) on the worker; the FX thread only sends the commands
        submit(() -> {
            try {
                LabeledImages train = data.train().head(rows);
                Features x = train.features();
                Scaler.Fitted fitted = kind.fit(kind == Scaler.NONE ? new DMatrixRMaj(0, 784) : x.toDense());
                Features testX = data.test().features();
                if (fitted.kind() != Scaler.NONE) {
                    x = Features.of(fitted.transform(x.toDense()));
                    testX = Features.of(fitted.transform(testX.toDense()));
                }
                TrainingProblem problem = TrainingProblem.classification(x, train.labels(), testX, data.test().labels(), null);
                Platform.runLater(() -> {
                    preparing.set(false);
                    run.set(new TrainingRun(config, fitted, train.count(), name));
                    send(new Command.Configure(problem, config, "Training " + name + " on " + train.count() + " digits."));
                    send(new Command.Step(Command.Step.Unit.EPOCH, epochCount));
                    finishAfter = sent;
                    status.set("Training " + name + " on " + String.format(Locale.ROOT, "%,d", train.count()) + " digits.");
                });
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> {
                    preparing.set(false);
                    status.set("Not started: " + e.getMessage());
                });
            }
        });
    }

    /** Runs slow work on the worker; after {@link #shutdown()} nothing more is started. */
    private void submit(Runnable work) {
        if (!worker.isShutdown()) {
            worker.submit(work);
        }
    }

    private void send(Command c) {
        sent++;
        service.send(c);
    }

    /** Stops training; the network so far becomes the model in use. */
    public void stop() {
        send(new Command.Pause());
    }

    private void onSnapshot(TrainingSnapshot was, TrainingSnapshot s) {
        TrainingRun r = run.get();
        if (r == null || s == null || s.weights() == null || s.commands() < finishAfter) {
            return;
        }
        if (s.state() == TrainingState.DIVERGED || s.state() == TrainingState.ERROR) {
            status.set("Training stopped: " + s.message());
            finishAfter = Long.MAX_VALUE;
        }
        // the run's Step (or a Stop) has been applied and training has paused: the run is over
        if (s.state() == TrainingState.PAUSED && s.epoch() > 0) {
            finishAfter = Long.MAX_VALUE;
            DigitModel trained = new DigitModel(s.weights(), r.scaler(), s.config(),
                    r.name() + " trained for " + s.epoch() + " epochs on " + r.trainRows() + " digits");
            model.set(trained);
            double[] losses = s.history().stream().mapToDouble(p -> p.trainLoss()).toArray();
            double seconds = s.seconds();
            long epochsRun = s.epoch();
            Mnist data = mnist.get();
            addRow(() -> {
                long start = System.nanoTime();
                int[] predicted = org.mlplayground.data.OneHot.decode(trained.probabilities(data.test().features()));
                double predictSeconds = (System.nanoTime() - start) / 1e9;
                return ComparisonRow.of(r.name(), r.config().activation().sklearnName() + ", " + r.config().solver().sklearnName()
                        + ", alpha " + number(r.config().alpha()) + ", " + epochsRun + " epochs", r.trainRows(), seconds,
                        predictSeconds, data.test().labels(), predicted, losses);
            });
        }
    }

    /** One line of progress: epoch, loss, accuracy, steps/s and time left. */
    String progress(TrainingSnapshot s) {
        TrainingRun r = run.get();
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

    // ---- models ----

    /** Uses a model file saved by this program or {@code train --save}; a wrong file is reported and changes nothing. */
    public void loadModel(Path file) {
        try {
            model.set(fromSaved(ModelFile.load(file), file.getFileName().toString()));
            status.set("Loaded " + file + ".");
        } catch (DataFileException | IllegalArgumentException e) {
            status.set("Not loaded: " + file + ": " + e.getMessage());
        }
    }

    /** Saves the model in use (sklearn's layout; {@code predict}, {@code evaluate} and {@code classify} read it). */
    public void saveModel(Path file) throws java.io.IOException {
        DigitModel m = model.get();
        if (m == null) {
            throw new IllegalStateException("There is no model yet");
        }
        String[] features = java.util.stream.IntStream.range(0, 784).mapToObj(i -> "pixel" + i).toArray(String[]::new);
        ModelFile.save(new SavedModel(m.network(), m.config(), java.util.stream.IntStream.range(0, 10).toArray(), DIGITS,
                features, List.of(), m.scaler(), new double[0], "MNIST: " + m.description()), file);
    }

    // ---- evaluation and comparison ----

    /** Evaluates the model in use on the chosen set, on the worker. */
    public void evaluate() {
        DigitModel m = model.get();
        Mnist data = mnist.get();
        if (m == null || data == null) {
            return;
        }
        EvaluationSet set = evaluationSet.get();
        List<DrawnDigits.Digit> mine = List.copyOf(personal);
        submit(() -> {
            Features x;
            int[] truth;
            if (set == EvaluationSet.TEST) {
                x = data.test().features();
                truth = data.test().labels();
            } else if (mine.isEmpty()) {
                Platform.runLater(() -> {
                    evaluation.set(null);
                    status.set("You have not kept any drawn digits yet: draw one and press its number under the pad.");
                });
                return;
            } else {
                x = Features.of(mine.stream().map(DrawnDigits.Digit::pixels).toArray(double[][]::new));
                truth = mine.stream().mapToInt(DrawnDigits.Digit::label).toArray();
            }
            ClassifierEvaluation e = ClassifierEvaluation.of(m.probabilities(x), truth, DIGITS);
            Platform.runLater(() -> {
                if (model.get() == m) {
                    evaluation.set(e);
                }
            });
        });
    }

    /** The test images (28 x 28 each, row after row) the evaluation is on. */
    double[] evaluatedImage(int row) {
        if (evaluationSet.get() == EvaluationSet.PERSONAL) {
            return personal.get(row).pixels();
        }
        return mnist.get().test().image(row);
    }

    /** Adds an RBF SVM trained on the first {@link #svmTrainSizeProperty()} training digits to the comparison. */
    public void compareSvm() {
        int n = svmTrainSize.get();
        long svmSeed = seed.get();
        Mnist data = mnist.get();
        addRow(() -> Contender.svm(10, null, n, svmSeed).run(data.train().head(n).features(),
                data.train().head(n).labels(), data.test().features(), data.test().labels()));
    }

    /** Adds logistic regression (no hidden layer) on the training-size digits to the comparison. */
    public void compareLogistic() {
        int n = trainSize.get();
        MlpConfig config = MlpConfig.builder().solver(solver.get()).alpha(alpha.get()).batchSize(batchSize.get())
                .maxIter(epochs.get()).seed(seed.get()).shuffleSeed(seed.get()).build();
        Mnist data = mnist.get();
        addRow(() -> Contender.logisticRegression(config).run(data.train().head(n).features(),
                data.train().head(n).labels(), data.test().features(), data.test().labels()));
    }

    private void addRow(java.util.function.Supplier<ComparisonRow> work) {
        if (mnist.get() == null) {
            status.set("MNIST is still loading.");
            return;
        }
        busy.set(true);
        submit(() -> {
            try {
                ComparisonRow row = work.get();
                Platform.runLater(() -> {
                    comparison.add(row);
                    busy.set(false);
                    status.set(String.format(Locale.ROOT, "%s: %.2f%% on the test set, trained in %.1f s.", row.name(),
                            100 * row.accuracy(), row.trainSeconds()));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    busy.set(false);
                    status.set("Comparison failed: " + e.getMessage());
                });
            }
        });
    }

    /** The hidden layer sizes typed in ({@code 256-128}, {@code 2+3+2}, {@code {3,3}}...). */
    static int[] parseHidden(String text) {
        try {
            return org.mlplayground.nn.HiddenLayers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hidden layers: " + e.getMessage());
        }
    }

    private static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Stops the training and worker threads. */
    public void shutdown() {
        service.close();
        worker.shutdownNow();
    }

    /** The longest time the views took to take in one snapshot, in milliseconds. */
    public double slowestDeliveryMillis() {
        return adapter.slowestDeliveryMillis();
    }

    /** Starts measuring {@link #slowestDeliveryMillis()} afresh. */
    public void resetDeliveryTiming() {
        adapter.resetDeliveryTiming();
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return adapter.snapshotProperty();
    }

    public ReadOnlyObjectProperty<Mnist> mnistProperty() {
        return mnist.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DigitModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setStatus(String text) {
        status.set(text);
    }

    public StringProperty hiddenProperty() {
        return hidden;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<Solver> solverProperty() {
        return solver;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public ObjectProperty<Scaler> scalerProperty() {
        return scaler;
    }

    public IntegerProperty trainSizeProperty() {
        return trainSize;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty skipCentringProperty() {
        return skipCentring;
    }

    public ReadOnlyObjectProperty<DigitPreprocessor.Steps> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ForwardTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ObservableList<DrawnDigits.Digit> personalDigits() {
        return personal;
    }

    public ObjectProperty<EvaluationSet> evaluationSetProperty() {
        return evaluationSet;
    }

    public ReadOnlyObjectProperty<ClassifierEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    public IntegerProperty svmTrainSizeProperty() {
        return svmTrainSize;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
