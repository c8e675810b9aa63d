package org.mlplayground.ui.digits;

import java.io.File;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.DrawnDigits;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.ForwardTrace;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.DigitModel;
import org.mlplayground.train.TrainingControl;
import org.mlplayground.train.TrainingService;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.SnapshotAdapter;


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
    static final String[] DIGITS = DigitModel.DIGITS;

    private final Background background;
    private final TrainingControl service;
    private final SnapshotAdapter adapter;
    private final PersonalDigits personalFile;
    private final DigitsEvaluation evaluation;

    private final ReadOnlyObjectWrapper<Mnist> mnist = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DigitModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading MNIST and the shipped model\u2026");

    private final DigitsSettings settings = new DigitsSettings();
    private final DigitProbeSettings probes = new DigitProbeSettings();

    // drawing
    private final BooleanProperty skipCentring = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<DigitPreprocessor.Steps> steps = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ForwardTrace> trace = new ReadOnlyObjectWrapper<>();
    private double[][] ink;
    /** What went wrong reading the drawn digits at start, kept in the status once the tab is ready. */
    private String personalNotice = "";
    /** Whether {@link #load()} has started reading the data. */
    private boolean loadStarted;
    private final KeptDrawings kept;
    private final DigitsTraining training;

    /** State for the Digits tab with its own training thread and worker; create on the FX thread. */
    public DigitsViewModel(PersonalDigits personalFile) {
        this(personalFile, new TrainingService(), Background.worker("digits-worker"));
    }

    /**
     * State for the Digits tab: drawn digits kept in {@code personalFile}, training through
     * {@code service}, slow work (MNIST, files, evaluations) through {@code background}.
     */
    public DigitsViewModel(PersonalDigits personalFile, TrainingControl service, Background background) {
        this(personalFile, service, background, true);
    }

    private DigitsViewModel(PersonalDigits personalFile, TrainingControl service, Background background, boolean loadNow) {
        this.personalFile = personalFile;
        this.service = service;
        this.background = background;
        adapter = new SnapshotAdapter(service);
        evaluation = new DigitsEvaluation(this, background);
        kept = new KeptDrawings(personalFile, background, status::set, evaluation::personalChanged);
        training = new DigitsTraining(service, background, settings, mnist::get, this::load, status::set, model::set,
                evaluation);
        adapter.snapshotProperty().addListener((o, was, s) -> training.onSnapshot(s));
        skipCentring.addListener(o -> redraw());
        probes.all().forEach(p -> p.addListener(o -> redraw()));
        model.addListener(o -> {
            redraw();
            evaluation.evaluate();
        });
        if (loadNow) {
            load();
        }
    }

    /**
     * State for the Digits tab, as {@link #DigitsViewModel(PersonalDigits)}, that reads MNIST, the
     * shipped model and the drawn digits only at {@link #load()} (the window calls it when the tab
     * is first opened, so that start-up does not wait for them). Create on the FX thread.
     */
    public static DigitsViewModel deferred(PersonalDigits personalFile) {
        return new DigitsViewModel(personalFile, new TrainingService(), Background.worker("digits-worker"), false);
    }

    /**
     * Starts reading the drawn digits, MNIST and the shipped model on the worker (once; later calls
     * do nothing). Call on the FX thread.
     */
    public void load() {
        if (loadStarted) {
            return;
        }
        loadStarted = true;
        background.run(personalFile::open, opened -> {
            kept.digits().setAll(opened.digits());
            personalNotice = opened.notice();
            if (!personalNotice.isEmpty()) {
                status.set(personalNotice);
            }
        }, e -> status.set("Your drawn digits were not loaded: " + Background.sentence(e)));
        background.run(() -> new Object[] {Mnist.bundled(), ModelFile.loadResource(BUNDLED_MODEL)}, loaded -> {
            mnist.set((Mnist) loaded[0]);
            model.set(fromSaved((SavedModel) loaded[1], "the shipped model (784-128-10, 98.0% on the test set)"));
            status.set("Draw a digit on the pad. The shipped model is in use; train your own with the settings above."
                    + (personalNotice.isEmpty() ? "" : " " + personalNotice));
        }, e -> status.set("Could not load MNIST or the shipped model: " + Background.sentence(e)));
    }

    private static DigitModel fromSaved(SavedModel saved, String description) {
        if (!saved.isClassifier()) {
            throw new IllegalArgumentException("this is not a digit model: it predicts numbers, not classes");
        }
        Scaler.Fitted scaler = saved.scaler() != null ? saved.scaler() : DigitModel.rawPixels();
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
        DigitPreprocessor.Steps s = DigitPreprocessor.process(probes.apply(ink), !skipCentring.get());
        steps.set(s);
        DigitModel m = model.get();
        trace.set(m == null || s.isBlank() ? null : m.trace(s.input()));
        // an empty pad (cleared, or just kept) is no fault: only ink that is not a digit is named
        if (!s.hasDigit() && s.noDigit() != null && !empty(ink)) {
            status.set(s.noDigit().message());
        } else if (status.get().startsWith("No digit found")) {
            status.set("");
        }
    }

    private static boolean empty(double[][] ink) {
        for (double[] row : ink) {
            for (double v : row) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Keeps the current drawing, preprocessed as MNIST's digits, with its true label; saved at once
     * (the pad then clears). A second copy of a kept drawing is refused with a sentence.
     */
    public void keepDrawing(int label) {
        // kept as MNIST's digits are, fitted and centred, whatever the skip toggle shows
        DigitPreprocessor.Steps fitted = ink == null ? null : DigitPreprocessor.process(ink, true);
        if (fitted == null || fitted.isBlank()) {
            status.set("Draw a digit first: the pad is empty.");
            return;
        }
        kept.keep(new DrawnDigits.Digit(fitted.input(), label));
    }

    // ---- training ----

    /** Trains a new network with the settings on the training service; the tab stays responsive. */
    public void train() {
        training.train();
    }

    /** Stops training; the network so far becomes the model in use. */
    public void stop() {
        training.stop();
    }

    /** One line of progress: epoch, loss, accuracy, steps/s and time left. */
    String progress(TrainingSnapshot s) {
        return training.progress(s);
    }

    // ---- models ----

    /** Uses a model file saved by this program or {@code train --save}; a wrong file is reported and changes nothing. */
    public void loadModel(File file) {
        background.run(() -> fromSaved(ModelFile.load(file.toPath()), file.getName()), loaded -> {
            model.set(loaded);
            status.set("Loaded " + file + ".");
        }, e -> status.set("Not loaded: " + file + ": " + Background.sentence(e)));
    }

    /** Saves the model in use (sklearn's layout; {@code predict}, {@code evaluate} and {@code classify} read it). */
    public void saveModel(File file) {
        DigitModel m = model.get();
        if (m == null) {
            status.set("Not saved: there is no model yet.");
            return;
        }
        String[] features = java.util.stream.IntStream.range(0, 784).mapToObj(i -> "pixel" + i).toArray(String[]::new);
        SavedModel saved = new SavedModel(m.network(), m.config(), java.util.stream.IntStream.range(0, 10).toArray(),
                DigitModel.DIGITS, features, List.of(), m.scaler(), new double[0], "MNIST: " + m.description());
        background.run(() -> {
            ModelFile.save(saved, file.toPath());
            return file;
        }, f -> status.set("Saved the model to " + f + " (java -jar mlp-playground.jar classify --model ... reads it)."),
                e -> status.set("Not saved: " + file + ": " + Background.sentence(e)));
    }

    private static String number(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** The network the controls describe, for the Digits sweep; a bad control is refused by name. */
    public MlpConfig currentConfig() {
        return settings.config(settings.hiddenSizes());
    }

    /** Makes {@code trained} (a sweep's cell) the model in use, and says so. */
    public void useModel(DigitModel trained) {
        model.set(trained);
        status.set("Using " + trained.description() + ".");
    }

    /** Stops the training and worker threads. */
    public void shutdown() {
        background.shutdown();
        service.close();
    }

    /** The drawings kept as a personal test set, and the commands on them. */
    public KeptDrawings kept() {
        return kept;
    }

    /** The robustness probes on the drawing. */
    public DigitProbeSettings probes() {
        return probes;
    }

    /** The training settings. */
    public DigitsSettings settings() {
        return settings;
    }

    /** The evaluation and the comparison of runs, on the model in use. */
    public DigitsEvaluation evaluation() {
        return evaluation;
    }

    /** The kept drawings, as the evaluation reads them. */
    List<DrawnDigits.Digit> personalSnapshot() {
        return List.copyOf(kept.digits());
    }

    /** The snapshots as the FX thread receives them (and how long the views take to take one in). */
    public SnapshotAdapter snapshots() {
        return adapter;
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return adapter.snapshotProperty();
    }

    /** Whether the tab's network is training now (its last snapshot says so). */
    public boolean isTraining() {
        TrainingSnapshot s = adapter.snapshotProperty().get();
        return s != null && s.state() == TrainingState.RUNNING;
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
        return kept.digits();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty preparingProperty() {
        return training.preparingProperty();
    }

}
