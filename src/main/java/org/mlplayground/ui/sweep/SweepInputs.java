package org.mlplayground.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import org.mlplayground.nn.HiddenLayers;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.ui.shared.Controls;

/**
 * The Sweep tab's typed lists: alphas ("0, 1e-6, 1e-5") and architectures ("3,3; 2+3+2; 10").
 * A bad list is refused with one sentence naming its field.
 */
final class SweepInputs {

    /** At most this many alphas (columns) and architectures (rows). */
    static final int MAX_ITEMS = 12;
    /** The largest alpha accepted ("up to 10 for the dramatic end"). */
    static final double MAX_ALPHA = 10;

    /** The lecture's architectures as the field shows them. */
    static final String LECTURE_ARCHITECTURES = "3,3; 2+3+2; 10; 50; 100; 100,100";

    private SweepInputs() {
    }

    /**
     * The alphas of a list separated by commas or spaces, each a number from 0 to 10, in increasing
     * order (the curve, the bars, the pictures and the grid's columns all read left to right); an
     * alpha listed twice is refused.
     */
    static double[] alphas(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("[,;\\s]+");
        List<Double> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            double a;
            try {
                a = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Alphas: \"" + p + "\" is not a number (write e.g. 0, 1e-4, 0.01).");
            }
            if (!(a >= 0 && a <= MAX_ALPHA)) {
                throw new IllegalArgumentException("Alphas: each alpha must be from 0 to " + Controls.number(MAX_ALPHA)
                        + ", got " + p + ".");
            }
            if (out.contains(a)) {
                throw new IllegalArgumentException("Alphas: " + label(a) + " is listed twice.");
            }
            out.add(a);
        }
        if (out.isEmpty() || out.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("Alphas: give from 1 to " + MAX_ITEMS + " values, got " + out.size() + ".");
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * Architectures separated by semicolons, each written as the playground's Hidden layers field
     * takes it ({@link HiddenLayers}: "3,3", "2+3+2", "{100,100}", "none"), within the same limits.
     */
    static List<int[]> architectures(String text) {
        List<int[]> out = new ArrayList<>();
        for (String arch : (text == null ? "" : text).split(";")) {
            String t = arch.trim();
            if (t.isEmpty()) {
                continue;
            }
            int[] sizes;
            try {
                sizes = HiddenLayers.parse(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Architectures: \"" + t + "\": " + e.getMessage() + ".");
            }
            for (int[] earlier : out) {
                if (java.util.Arrays.equals(earlier, sizes)) {
                    // as an alpha listed twice: a second identical row would only repeat the first
                    throw new IllegalArgumentException("Architectures: " + braced(sizes) + " is listed twice.");
                }
            }
            out.add(sizes);
        }
        if (out.isEmpty() || out.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("Architectures: give from 1 to " + MAX_ITEMS + ", separated by ';', got "
                    + out.size() + ".");
        }
        return out;
    }

    /** Alphas as the field shows them: "0, 1e-06, 0.001". */
    static String format(double[] alphas) {
        StringBuilder s = new StringBuilder();
        for (double a : alphas) {
            s.append(s.length() == 0 ? "" : ", ").append(label(a));
        }
        return s.toString();
    }

    /** A short label of one alpha: "0", "1e-5", "0.001", "10" ({@link Controls#alpha}). */
    static String label(double a) {
        return Controls.alpha(a);
    }

    /** "3,3"-style name of an architecture. */
    static String name(int[] hidden) {
        return SweepSpec.name(hidden);
    }

    /** "{3,3}": an architecture as the grid's rows and the sweeps' messages write it. */
    static String braced(int[] hidden) {
        return "{" + name(hidden) + "}";
    }

    /** "{4,2}, alpha 1e-4": a cell of a sweep, as its messages name it. */
    static String cell(int[] hidden, double alpha) {
        return braced(hidden) + ", alpha " + label(alpha);
    }
}
