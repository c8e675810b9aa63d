package org.mlplayground.io.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tab or view a lesson step shows; written in a lesson file by its {@link #fileName()}. */
public enum LessonView {
    /** The playground: data, network graph, decision boundary and loss curves. */
    PLAYGROUND,
    /** The Digits tab: MNIST training, the drawing pad, evaluation and comparison. */
    DIGITS,
    /** The math view of the playground's network: computation graph, W[l], Z[l], A[l], backward pass. */
    MATH,
    /** The alpha sweep of the playground's network: validation curves over alpha. */
    SWEEP;

    /** The name in a lesson file, e.g. {@code playground}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view named {@code name} in a lesson file; throws IllegalArgumentException with the names known. */
    public static LessonView fromName(String name) {
        for (LessonView v : values()) {
            if (v.fileName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + name + "': expected one of "
                + Arrays.stream(values()).map(LessonView::fileName).collect(Collectors.joining(", ")));
    }
}
