package org.mlplayground.data;

import java.util.Locale;

/** An input feature computed from a point (x1, x2) of the plane, as TensorFlow Playground offers them. */
public enum Feature2D {
    X1("x1"),
    X2("x2"),
    X1_SQUARED("x1^2"),
    X2_SQUARED("x2^2"),
    X1_TIMES_X2("x1*x2"),
    SIN_X1("sin(x1)"),
    SIN_X2("sin(x2)");

    private final String label;

    Feature2D(String label) {
        this.label = label;
    }

    /** How the feature is written: {@code x1}, {@code x1^2}, {@code sin(x1)}... */
    public String label() {
        return label;
    }

    /** The feature's value at (x1, x2). */
    public double value(double x1, double x2) {
        switch (this) {
            case X1:
                return x1;
            case X2:
                return x2;
            case X1_SQUARED:
                return x1 * x1;
            case X2_SQUARED:
                return x2 * x2;
            case X1_TIMES_X2:
                return x1 * x2;
            case SIN_X1:
                return Math.sin(x1);
            default:
                return Math.sin(x2);
        }
    }

    /** Parses a label ({@code x1^2}) or a constant name ({@code x1_squared}), case-insensitively. */
    public static Feature2D fromName(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        for (Feature2D f : values()) {
            if (f.label.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown feature '" + text + "': expected x1, x2, x1^2, x2^2, x1*x2, sin(x1) or sin(x2)");
    }
}
