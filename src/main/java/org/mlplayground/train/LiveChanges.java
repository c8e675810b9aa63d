package org.mlplayground.train;

import org.mlplayground.nn.MlpConfig;

/**
 * The commands that change a session's hyperparameters between two steps while keeping its
 * weights and optimizer state, as sklearn's {@code set_params} between {@code partial_fit} calls:
 * learning rate, alpha, batch size, the activation, any live hyperparameter, the stop rules, and
 * one weight set by hand. The session's estimator holds the one configuration in force.
 */
final class LiveChanges {

    private LiveChanges() {
    }

    /**
     * Applies {@code c} to {@code session} when it is one of these commands.
     *
     * @return whether it was one
     * @throws IllegalArgumentException when the new value is not allowed (nothing changes then)
     */
    static boolean apply(Session session, Command c) {
        MlpConfig config = session.config();
        if (c instanceof Command.SetLearningRate lr) {
            session.estimator.setConfig(config.toBuilder().learningRateInit(lr.learningRate()).build());
        } else if (c instanceof Command.SetAlpha alpha) {
            session.estimator.setConfig(config.toBuilder().alpha(alpha.alpha()).build());
        } else if (c instanceof Command.SetBatchSize batch) {
            session.estimator.setConfig(config.toBuilder().batchSize(batch.batchSize()).build());
        } else if (c instanceof Command.SetActivation activation) {
            session.estimator.changeActivation(activation.activation());
        } else if (c instanceof Command.SetHyperparameter<?> set) {
            setLive(session, set);
        } else if (c instanceof Command.SetStopRules rules) {
            setStopRules(session, rules);
        } else if (c instanceof Command.SetWeight w) {
            session.estimator.setWeight(w.layer(), w.from(), w.to(), w.value());
        } else {
            return false;
        }
        return true;
    }

    private static <T> void setLive(Session session, Command.SetHyperparameter<T> set) {
        MlpConfig config = session.config();
        MlpConfig next = set.parameter().set(config.toBuilder(), set.value()).build();
        if (next.activation() != config.activation()) {
            session.estimator.changeActivation(next.activation());
        } else {
            session.estimator.setConfig(next);
        }
    }

    /**
     * New stop rules: tol, n_iter_no_change and max_iter apply from the next epoch; switching the
     * rules on or off, or early stopping's split, starts a new run (a warm start) from the weights.
     */
    private static void setStopRules(Session session, Command.SetStopRules rules) {
        MlpConfig old = session.config();
        MlpConfig next = old.toBuilder().earlyStopping(rules.earlyStopping())
                .validationFraction(rules.validationFraction()).tol(rules.tol()).nIterNoChange(rules.nIterNoChange())
                .maxIter(rules.maxIter()).build();
        boolean newRun = rules.enabled() != session.stopRules() || rules.enabled()
                && (rules.earlyStopping() != old.earlyStopping() || rules.validationFraction() != old.validationFraction());
        session.estimator.setConfig(next);
        if (newRun) {
            try {
                session.newRun(rules.enabled());
            } catch (RuntimeException e) {
                session.estimator.setConfig(old);
                throw e;
            }
        }
    }
}
