package org.mlplayground.ui.playground;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.Command;

/**
 * When training in the window stops by itself, as scikit-learn's {@code fit} stops: when the
 * training loss (or, with early stopping, the validation score) improves less than {@code tol}
 * for {@code n_iter_no_change} epochs, or after {@code max_iter} epochs. Off, it trains until
 * paused. The playground's teaching defaults: on, tol 1e-4, 10 epochs, at most 1,000 epochs.
 */
public final class StopRules {

    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(false);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(0.1);
    private final DoubleProperty tol = new SimpleDoubleProperty(1e-4);
    private final IntegerProperty nIterNoChange = new SimpleIntegerProperty(10);
    private final IntegerProperty maxEpochs = new SimpleIntegerProperty(1000);

    /** Every control whose change reaches the running training. */
    List<Observable> controls() {
        return List.of(enabled, earlyStopping, validationFraction, tol, nIterNoChange, maxEpochs);
    }

    /** {@code config} with these rules' values. */
    MlpConfig applyTo(MlpConfig config) {
        return config.toBuilder().earlyStopping(earlyStopping.get()).validationFraction(validationFraction.get())
                .tol(tol.get()).nIterNoChange(nIterNoChange.get()).maxIter(maxEpochs.get()).build();
    }

    /** The command that changes the running training's rules to these. */
    Command.SetStopRules command() {
        return new Command.SetStopRules(enabled.get(), earlyStopping.get(), validationFraction.get(), tol.get(),
                nIterNoChange.get(), maxEpochs.get());
    }

    /** Whether training stops by itself at all. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Hold out {@code validation_fraction} of the training points and stop when their score stalls, restoring the best epoch. */
    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    /** Share of the training points held out for early stopping, in (0, 1). */
    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    /** The least improvement that counts, in loss units (or score units with early stopping). */
    public DoubleProperty tolProperty() {
        return tol;
    }

    /** Epochs without an improvement of {@code tol} before stopping, 1 or more. */
    public IntegerProperty nIterNoChangeProperty() {
        return nIterNoChange;
    }

    /** The most epochs one run trains (Play after a stop runs as many again). */
    public IntegerProperty maxEpochsProperty() {
        return maxEpochs;
    }
}
