package org.mlplayground.train;

import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;

/** What the UI or command line asks of the training service. Applied in order, between steps. */
public sealed interface Command {

    /**
     * New data and hyperparameters: the network is built afresh from the seed, paused. The
     * {@code notice} (may be empty) is published with the next snapshot, to say why training
     * starts over.
     *
     * <p>With {@code stopRules}, training stops as {@code fit} does, by the configuration's rules:
     * {@code tol} with {@code nIterNoChange} (on the training loss, or with {@code earlyStopping}
     * on the score of the held-out {@code validationFraction}, restoring the best weights) and
     * {@code maxIter} epochs per run; the snapshot's {@code stopReason} says which fired, and Play
     * goes on (sklearn's warm start). Without, it runs until paused (early stopping off, all rows
     * trained on) and stops by itself only when the loss diverges.
     */
    record Configure(TrainingProblem problem, MlpConfig config, String notice, boolean stopRules) implements Command {
        public Configure {
            notice = notice == null ? "" : notice;
        }

        /** A configuration without stop rules. */
        public Configure(TrainingProblem problem, MlpConfig config, String notice) {
            this(problem, config, notice, false);
        }

        /** A configuration without a notice or stop rules. */
        public Configure(TrainingProblem problem, MlpConfig config) {
            this(problem, config, "", false);
        }
    }

    /** Train continuously. */
    record Play() implements Command {
    }

    /** Stop stepping (the model stays as it is). */
    record Pause() implements Command {
    }

    /**
     * Take {@code count} minibatch steps, or complete {@code count} epochs, then pause. The steps
     * are taken before any later command is applied (and without the speed limit, which paces
     * {@link Play}), except that a {@link Pause} or {@link Stop} sent meanwhile ends them: the
     * Digits tab's Stop and the playground's Pause stop a long run at once.
     */
    record Step(Unit unit, int count) implements Command {
        /** What one step is. */
        public enum Unit { BATCH, EPOCH }

        public Step {
            if (count < 1) {
                throw new IllegalArgumentException("A step command needs a count of at least 1, got " + count);
            }
        }
    }

    /** Back to the initial weights of the seed, or of a new seed when {@code newSeed} is not null. */
    record Reset(Long newSeed) implements Command {
    }

    /**
     * A new value for any hyperparameter the table marks {@link Hyperparameter#live() live}, from the
     * next step on, keeping the weights (a new optimizer setting restarts the optimizer's state). A
     * value that is not allowed is refused with the service's message ("Not done: ...").
     *
     * @throws IllegalArgumentException when the hyperparameter is not live (change it with {@link Configure})
     */
    record SetHyperparameter<T>(Hyperparameter<T> parameter, T value) implements Command {
        public SetHyperparameter {
            if (!parameter.live()) {
                throw new IllegalArgumentException(parameter.name() + " cannot change during training: configure anew");
            }
        }
    }

    /** A new initial learning rate, applied to the running optimizer. */
    record SetLearningRate(double learningRate) implements Command {
    }

    /** A new L2 penalty, from the next step on. */
    record SetAlpha(double alpha) implements Command {
    }

    /** A new minibatch size (0 = auto), from the next step on. */
    record SetBatchSize(int batchSize) implements Command {
    }

    /**
     * The stop rules, live, from the next step on (the window's stopping controls in one command):
     * whether they apply at all ({@code enabled}, as {@link Configure#stopRules()}), sklearn's
     * {@code early_stopping} and {@code validation_fraction}, {@code tol}, {@code n_iter_no_change}
     * and {@code max_iter} (epochs per run). Training is not started over: turning the rules or
     * early stopping on or off, or another fraction, goes on from the current weights with a new
     * run (a warm start: max_iter counts from here; a new validation split).
     */
    record SetStopRules(boolean enabled, boolean earlyStopping, double validationFraction, double tol,
                        int nIterNoChange, int maxIter) implements Command {
    }

    /** Another hidden activation, keeping the weights. */
    record SetActivation(Activation activation) implements Command {
    }

    /** Other hidden layers: the network is rebuilt from the seed. */
    record SetHiddenLayers(int[] sizes) implements Command {
        public SetHiddenLayers {
            sizes = sizes.clone();
        }
    }

    /** At most this many minibatch steps per second; 0 or less means as fast as possible. */
    record SetSpeedLimit(double stepsPerSecond) implements Command {
    }

    /** At most this many snapshots per second. */
    record SetSnapshotRate(double perSecond) implements Command {
    }

    /**
     * What the snapshots' pictures of the plane hold, as the window draws them: {@code grid} the
     * grid at the size the decision boundary is drawn (null: the problem's own grid),
     * {@code thumbnails} a second grid at the size the neurons' small pictures are drawn (null:
     * they come from {@code grid}; see {@link PlaneOutputs#thumbnails()}), {@code hiddenShown[l]}
     * whether hidden layer l+1 is on screen (null: all; layers past the end are not). A grid whose
     * features do not fit the problem is ignored. The output layer is always computed. For 2D data
     * only; the pictures are computed on the snapshot thread, never on the training thread.
     */
    record SetPlaneDetail(PlaneGrid grid, PlaneGrid thumbnails, boolean[] hiddenShown) implements Command {
        public SetPlaneDetail {
            hiddenShown = hiddenShown == null ? null : hiddenShown.clone();
        }

        /** One grid for the boundary and the thumbnails. */
        public SetPlaneDetail(PlaneGrid grid, boolean[] hiddenShown) {
            this(grid, null, hiddenShown);
        }
    }

    /** Sets one weight by hand: from unit {@code from} of layer {@code layer} to unit {@code to} of the next. */
    record SetWeight(int layer, int from, int to, double value) implements Command {
    }

    /** Trained weights to continue from (they must fit the problem's inputs and outputs). */
    record LoadModel(Network weights) implements Command {
    }

    /** Ends the service's thread. */
    record Stop() implements Command {
    }
}
