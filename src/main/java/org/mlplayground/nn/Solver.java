package org.mlplayground.nn;

import java.util.Locale;

/** The weight-optimisation algorithms of sklearn's MLP. */
public enum Solver {
    /** Minibatch stochastic gradient descent with momentum and learning-rate schedules. */
    SGD,
    /** Adam (Kingma and Ba), minibatch. */
    ADAM,
    /** Limited-memory BFGS on the full training set. */
    LBFGS;

    /** The sklearn name: {@code sgd}, {@code adam} or {@code lbfgs}. */
    public String sklearnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an sklearn solver name, case-insensitively. */
    public static Solver fromName(String name) {
        for (Solver s : values()) {
            if (s.sklearnName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown solver '" + name + "': expected one of sgd, adam, lbfgs");
    }
}
