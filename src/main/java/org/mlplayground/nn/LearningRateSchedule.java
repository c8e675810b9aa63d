package org.mlplayground.nn;

import java.util.Locale;

/** sklearn's learning-rate schedules for the {@code sgd} solver. */
public enum LearningRateSchedule {
    /** The rate stays at {@code learningRateInit}. */
    CONSTANT,
    /** rate = learningRateInit / (t + 1)^powerT, with t the number of samples seen. */
    INVSCALING,
    /** The rate is divided by 5 each time the loss stops improving (down to 1e-6). */
    ADAPTIVE;

    /** The sklearn name: {@code constant}, {@code invscaling} or {@code adaptive}. */
    public String sklearnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an sklearn schedule name, case-insensitively. */
    public static LearningRateSchedule fromName(String name) {
        for (LearningRateSchedule s : values()) {
            if (s.sklearnName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown learning-rate schedule '" + name
                + "': expected one of constant, invscaling, adaptive");
    }
}
