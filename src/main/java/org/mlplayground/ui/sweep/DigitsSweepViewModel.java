package org.mlplayground.ui.sweep;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlplayground.data.Scaler;
import org.mlplayground.data.Mnist;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.DigitModel;
import org.mlplayground.train.DigitRuns;
import org.mlplayground.train.sweep.Sweep;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.train.sweep.Validation;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.shared.Background;

/**
 * The Digits tab's architecture x alpha grid: the Digits controls' network (activation, solver,
 * epochs, scaling, seed) on the first N MNIST training digits, each cell scored on one held-out
 * stratified validation part (accuracy, macro F1, fit time); a cell's network, trained on all N
 * digits, can become the tab's model. Runs through {@link Background}; create and use on the FX thread.
 */
public final class DigitsSweepViewModel {

    /** A finished grid and the scaler its networks expect. */
    public record Outcome(SweepResult result, Scaler.Fitted scaler, int rows) {
    }

    private final DigitsViewModel digits;
    private final Background background;
    private final BooleanSupplier trainingRuns;
    private final IntegerProperty trainSize = new SimpleIntegerProperty(10_000);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(0.2);
    private final StringProperty alphas = new SimpleStringProperty(SweepInputs.format(SweepSpec.DEFAULT_ALPHAS));
    private final StringProperty architectures = new SimpleStringProperty(SweepInputs.LECTURE_ARCHITECTURES);
    private final SweepRunStatus status = new SweepRunStatus();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.binding.StringBinding heading = javafx.beans.binding.Bindings.createStringBinding(
            () -> outcome.get() == null ? "" : heading(outcome.get()), outcome);

    /**
     * "Architecture x alpha grid on the first 2,000 MNIST training digits (10 epochs, relu, adam,
     * batch 200)": the data and the toolbar's settings it was trained with (a tester had set the
     * toolbar's Epochs to 2 and found it out only from a tooltip), the scaler if there is one.
     */
    static String heading(Outcome o) {
        MlpConfig c = o.result().spec().base();
        return "Architecture x alpha grid on the first " + String.format(Locale.ROOT, "%,d", o.rows())
                + " MNIST training digits (" + c.maxIter() + (c.maxIter() == 1 ? " epoch, " : " epochs, ")
                + c.activation().sklearnName() + ", " + c.solver().sklearnName() + ", batch "
                + (c.batchSize() == 0 ? "auto" : Integer.toString(c.batchSize()))
                + (o.scaler().kind() == Scaler.NONE ? "" : ", scaler " + o.scaler().kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-')) + ")";
    }

    /** A grid on the digits of {@code digits}, on its own worker thread. */
    public DigitsSweepViewModel(DigitsViewModel digits) {
        this(digits, Background.worker("digits-sweep-worker"));
    }

    public DigitsSweepViewModel(DigitsViewModel digits, Background background) {
        this(digits, background, digits::isTraining);
    }

    /**
     * As above; {@code trainingRuns} says, on the FX thread, whether something trains in the
     * window (then a grid leaves it a core, {@link SweepJob#threads}).
     */
    public DigitsSweepViewModel(DigitsViewModel digits, Background background, BooleanSupplier trainingRuns) {
        this.digits = digits;
        this.background = background;
        this.trainingRuns = trainingRuns;
    }

    /** Trains every architecture with every alpha on the subset, scored on its held-out part. */
    public void run() {
        if (status.busy()) {
            return;
        }
        Mnist data = digits.mnistProperty().get();
        if (data == null) {
            status.say("MNIST is still loading.");
            return;
        }
        SweepSpec spec;
        int rows = trainSize.get();
        try {
            if (rows < 100 || rows > data.train().count()) {
                throw new IllegalArgumentException("Grid digits: from 100 to " + data.train().count() + ", got " + rows + ".");
            }
            MlpConfig base = digits.currentConfig();
            spec = new SweepSpec(base, SweepInputs.architectures(architectures.get()), SweepInputs.alphas(alphas.get()),
                    new Validation.HoldOut(validationFraction.get(), base.seed()), true);
        } catch (IllegalArgumentException e) {
            status.say(e.getMessage());
            return;
        }
        Scaler kind = digits.settings().scalerProperty().get();
        SweepJob job = status.start("Preparing " + String.format(Locale.ROOT, "%,d", rows) + " digits ...");
        int threads = SweepJob.threads(trainingRuns.getAsBoolean());
        background.run(() -> {
            DigitRuns.PreparedRun prepared = DigitRuns.prepare(data, rows, kind, spec.architecture(0));
            SweepResult result = job.run(new Sweep(prepared.problem(), spec), p -> Platform.runLater(() -> status.progressed(job, p)),
                    threads);
            return new Outcome(result, prepared.scaler(), prepared.rows());
        }, done -> {
            outcome.set(done);
            status.done(job, "Grid", done.result());
        }, e -> status.failed(job, e, "Grid", outcome.get() != null, "Validation %"));
    }

    /** Stops the running grid; the state becomes CANCELLED. */
    public void cancel() {
        status.cancel();
    }

    /** Makes the cell's network (trained on all the digits) the Digits tab's model, and its settings the toolbar's. */
    public void use(SweepCell cell, Outcome from) {
        digits.useModel(new DigitModel(cell.finalNetwork(), from.scaler(), cell.config(), DigitRuns.name(cell.hidden())
                + " with alpha " + SweepInputs.label(cell.alpha()) + " from the sweep, trained on "
                + String.format(Locale.ROOT, "%,d", from.rows()) + " digits"));
        // the toolbar shows the model's own settings, so that Train trains one like it (it kept its
        // own 128 / 0.0001 / 10,000 beside a sweep's network)
        digits.settings().hiddenProperty().set(SweepInputs.name(cell.hidden()));
        digits.settings().alphaProperty().set(cell.alpha());
        digits.settings().trainSizeProperty().set(from.rows());
        status.sayAfterSummary("The Digits tab now uses " + SweepInputs.cell(cell.hidden(), cell.alpha()) + ".");
    }

    /** How many of the first MNIST training digits the grid uses (default 10,000). */
    public IntegerProperty trainSizeProperty() {
        return trainSize;
    }

    /** The share of those digits held out for validation, between 0 and 1 (default 0.2). */
    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public StringProperty alphasProperty() {
        return alphas;
    }

    public StringProperty architecturesProperty() {
        return architectures;
    }

    public ReadOnlyObjectProperty<SweepViewModel.State> stateProperty() {
        return status.stateProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

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

    public ReadOnlyStringProperty messageProperty() {
        return status.messageProperty();
    }

    /**
     * "Architecture x alpha grid on the first 2,000 MNIST training digits (10 epochs, ...)": what the
     * shown grid was trained on and with (the boxes may say otherwise by now); empty before the first grid.
     */
    public javafx.beans.binding.StringExpression headingProperty() {
        return heading;
    }

    /** The last finished grid, or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
