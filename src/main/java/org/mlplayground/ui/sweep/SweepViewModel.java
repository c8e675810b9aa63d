package org.mlplayground.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Probe;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.PlaneSetup;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.train.sweep.Validation;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;

/**
 * The Sweep tab's state and commands: an alpha sweep of the playground's current network, or an
 * architecture x alpha grid, on the playground's current data with k-fold cross-validation. The
 * sweep runs through {@link Background} on a worker (its fits on a pool of the machine's cores but
 * one, so the playground keeps a core); progress comes back through {@link Platform#runLater}.
 * A cell's final network loads into the playground. Create and use on the FX thread.
 */
public final class SweepViewModel {

    /** Where the last sweep is. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final PlaygroundViewModel playground;
    private final Background background;
    private final BooleanSupplier trainingRuns;
    private final StringProperty alphas = new SimpleStringProperty(SweepInputs.format(SweepSpec.DEFAULT_ALPHAS));
    private final StringProperty architectures = new SimpleStringProperty(SweepInputs.LECTURE_ARCHITECTURES);
    private final IntegerProperty folds = new SimpleIntegerProperty(5);
    private final BooleanProperty shuffle = new SimpleBooleanProperty(false);
    private final LongProperty shuffleSeed = new SimpleLongProperty(0);
    private final SweepRunStatus status = new SweepRunStatus();
    private final ReadOnlyObjectWrapper<SweepOutcome> alphaOutcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SweepOutcome> gridOutcome = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.binding.StringBinding alphaHeading = javafx.beans.binding.Bindings.createStringBinding(
            () -> alphaHeading(alphaOutcome.get()), alphaOutcome);
    private final javafx.beans.binding.StringBinding gridHeading = javafx.beans.binding.Bindings.createStringBinding(
            () -> gridHeading(gridOutcome.get()), gridOutcome);
    private final javafx.beans.binding.StringBinding fitsNote = javafx.beans.binding.Bindings.createStringBinding(
            () -> fitsNote(shownFolds()), alphaOutcome, folds);
    /** The sweep running now, or null. */

    /** Sweeps on the playground's network and data, on their own worker thread. */
    public SweepViewModel(PlaygroundViewModel playground) {
        this(playground, Background.worker("sweep-worker"));
    }

    /** Sweeps through {@code background} (tests may pass {@link Background#immediate()}). */
    public SweepViewModel(PlaygroundViewModel playground, Background background) {
        this(playground, background, () -> playground.runningProperty().get());
    }

    /**
     * As above; {@code trainingRuns} says, on the FX thread, whether something trains in the
     * window (then a sweep leaves it a core, {@link SweepJob#threads}).
     */
    public SweepViewModel(PlaygroundViewModel playground, Background background, BooleanSupplier trainingRuns) {
        this.playground = playground;
        this.background = background;
        this.trainingRuns = trainingRuns;
    }

    /** Trains the playground's network for every alpha of the list, k-fold, plus once on all training points. */
    public void runAlphaSweep() {
        start(false);
    }

    /** Trains every architecture of the list with every alpha, k-fold, plus once on all training points. */
    public void runGrid() {
        start(true);
    }

    private void start(boolean grid) {
        if (status.busy()) {
            return;
        }
        SweepSpec spec;
        PlaneSetup setup;
        try {
            MlpConfig base = playground.currentConfig();
            List<int[]> archs = grid ? SweepInputs.architectures(architectures.get()) : List.of(base.hiddenLayerSizes());
            if (folds.get() < 2 || folds.get() > 20) {
                throw new IllegalArgumentException("Folds: k must be from 2 to 20, got " + folds.get() + ".");
            }
            spec = new SweepSpec(base, archs, SweepInputs.alphas(alphas.get()),
                    new Validation.KFolds(folds.get(), shuffle.get(), shuffleSeed.get()), true);
            setup = playground.currentSetup();
        } catch (IllegalArgumentException e) {
            status.say(e.getMessage());
            return;
        }
        SweepJob run = status.start("Starting " + spec.rows() * spec.cols() + " cells ...");
        // the last finished result of this kind stays on screen until this one replaces it
        ReadOnlyObjectWrapper<SweepOutcome> shown = grid ? gridOutcome : alphaOutcome;
        String kind = grid ? "Grid" : "Alpha sweep";
        int threads = SweepJob.threads(trainingRuns.getAsBoolean());
        background.run(() -> work(run, setup, spec, grid, threads), outcome -> {
            shown.set(outcome);
            status.done(run, kind, outcome.result());
        }, e -> status.failed(run, e, kind, shown.get() != null, "Folds k"));
    }

    /** Stops the running sweep; its fits end at their next epoch, and the state becomes CANCELLED. */
    public void cancel() {
        status.cancel();
    }

    /** Loads a cell's final network and its alpha (and hidden layers) into the playground. */
    public void load(SweepCell cell, SweepOutcome from) {
        if (!from.setup().equals(playground.currentSetup())) {
            status.say("The playground's data changed since this sweep: run it again to load its networks.");
            return;
        }
        playground.loadTrained(cell.hidden(), cell.alpha(), cell.finalNetwork());
        status.sayAfterSummary("Loaded " + SweepInputs.cell(cell.hidden(), cell.alpha()) + " into the playground.");
        // the playground's counter and loss chart start again at the loaded weights: say what they hold
        playground.noticeProperty().set("Loaded from the sweep: hidden " + SweepInputs.cell(cell.hidden(), cell.alpha())
                + ", trained for " + (cell.finalFit() == null ? 0 : cell.finalFit().epochs())
                + " epochs on the training points; the epoch counter and the loss chart start again from 0 here.");
    }

    /** The alpha sweep's heading: what the shown results were trained on, or what a sweep would train. */
    static String alphaHeading(SweepOutcome shown) {
        if (shown == null) {
            return "Alpha sweep: the playground's network on its data";
        }
        return "Alpha sweep: hidden layers " + SweepInputs.braced(shown.result().spec().architecture(0))
                + trainedOn(shown);
    }

    /** The grid's heading: the data the shown grid was trained on. */
    static String gridHeading(SweepOutcome shown) {
        return "Architecture x alpha grid" + (shown == null ? "" : trainedOn(shown));
    }

    /** " on circle, 200 training points". */
    private static String trainedOn(SweepOutcome shown) {
        return " on " + shown.setup().dataset().displayName() + ", " + shown.train().size() + " training points";
    }

    /** Why a cell counts k + 1 fits. */
    static String fitsNote(int k) {
        return "Each alpha: " + k + " fits, one per fold (the validation score and its spread), then 1 on all the "
                + "training points (its boundary below, and the network a click loads).";
    }

    /** k of the shown sweep, else of the Folds field. */
    private int shownFolds() {
        SweepOutcome shown = alphaOutcome.get();
        if (shown != null && shown.result().spec().validation() instanceof Validation.KFolds kf) {
            return kf.k();
        }
        return folds.get();
    }

    /**
     * ", tied with 3 other cells (the first in order is marked)" when other cells have the best
     * cell's mean validation score exactly (equal counts of right answers), else "".
     */
    static String ties(SweepResult result) {
        double best = result.best().meanValidation();
        long others = result.cells().stream().filter(c -> c.meanValidation() == best).count() - 1;
        // an alpha sweep (one row) has alphas, not cells
        String unit = result.spec().rows() == 1 ? "alpha" : "cell";
        return others == 0 ? "" : ", tied with " + others + " other " + unit + (others == 1 ? "" : "s")
                + " (the first in order is marked)";
    }

    /** "{4,2}, alpha 1e-4 (validation accuracy 0.965)", the grid's notation; {@code score} is accuracy or R². */
    static String describe(SweepCell c, String score) {
        return SweepInputs.cell(c.hidden(), c.alpha()) + " (validation "
                + score + " " + String.format(Locale.ROOT, "%.3f", c.meanValidation()) + ")";
    }

    static String seconds(double s) {
        if (s < 1) {
            return Math.round(s * 1000) + " ms";
        }
        return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : Math.round(s) + " s";
    }

    /** Builds the data, runs the sweep and draws each alpha's boundary, on the worker. */
    private SweepOutcome work(SweepJob run, PlaneSetup setup, SweepSpec spec, boolean grid, int threads) {
        PlaneSetup.PlaneProblem built = setup.build();
        SweepResult result = run.run(new Sweep(built.problem(), spec), p -> Platform.runLater(() -> status.progressed(run, p)),
                threads);
        List<PlaneOutputs> boundaries = new ArrayList<>();
        if (!grid && built.problem().plane() != null) {
            for (SweepCell cell : result.row(0)) {
                if (run.cancelled()) {
                    throw new CancellationException("The sweep was cancelled");
                }
                Network net = cell.finalNetwork();
                boundaries.add(PlaneOutputs.compute(net, built.problem().plane(), new Probe(net, built.problem().plane().inputs())));
            }
        }
        return new SweepOutcome(result, setup, built.train(), built.test(), boundaries);
    }

    public StringProperty alphasProperty() {
        return alphas;
    }

    public StringProperty architecturesProperty() {
        return architectures;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public BooleanProperty shuffleProperty() {
        return shuffle;
    }

    public LongProperty shuffleSeedProperty() {
        return shuffleSeed;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return status.stateProperty();
    }

    /** Fraction of the fits done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    /** "3 of 7 cells (12 of 35 fits), about 4 s left". */
    public ReadOnlyStringProperty progressTextProperty() {
        return status.progressTextProperty();
    }

    /** Says {@code sentence} in the message line (a control's refusal, e.g. a number out of range). */
    /** Says that a control changed a typed value, until the end of the next run (a number out of a spinner's range). */
    void note(String sentence) {
        status.note(sentence);
    }

    void say(String sentence) {
        status.say(sentence);
    }

    /** What the last command said, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    /** "Alpha sweep: hidden layers {10} on Moons, 160 training points": what the shown curve was trained on. */
    public javafx.beans.value.ObservableStringValue alphaHeadingProperty() {
        return alphaHeading;
    }

    /** "Architecture x alpha grid on circle, 200 training points": what the shown grid was trained on. */
    public javafx.beans.value.ObservableStringValue gridHeadingProperty() {
        return gridHeading;
    }

    /** Why each alpha takes k + 1 fits (the progress counts them all). */
    public javafx.beans.value.ObservableStringValue fitsNoteProperty() {
        return fitsNote;
    }

    /** The last finished alpha sweep, or null. */
    public ReadOnlyObjectProperty<SweepOutcome> alphaOutcomeProperty() {
        return alphaOutcome.getReadOnlyProperty();
    }

    /** The last finished architecture x alpha grid, or null. */
    public ReadOnlyObjectProperty<SweepOutcome> gridOutcomeProperty() {
        return gridOutcome.getReadOnlyProperty();
    }

    /** Cancels a running sweep and stops the worker. */
    public void shutdown() {
        cancel();
        background.shutdown();
    }
}
