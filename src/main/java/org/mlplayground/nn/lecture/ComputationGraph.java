package org.mlplayground.nn.lecture;

import java.util.List;
import java.util.Locale;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;

/**
 * Logistic regression for one example as the lecture's computation graph
 * {@code x, w -> z = w^T x -> y-hat = sigma(z) -> L = -(y ln y-hat + (1-y) ln(1-y-hat))},
 * with x augmented by a leading 1 so that w[0] is the bias. Forward fills the values left to right;
 * backward applies the chain rule right to left:
 * <pre>
 *   dL/dy-hat = -y/y-hat + (1-y)/(1-y-hat)
 *   dy-hat/dz = y-hat (1 - y-hat)
 *   dL/dz     = dL/dy-hat * dy-hat/dz  = y-hat - y          (the lecture's simplification)
 *   dz/dw     = x
 *   dL/dw     = dL/dz * dz/dw          = (y-hat - y) x
 * </pre>
 * A pure value: every number is computed when it is made. A view steps through
 * {@link #forwardSteps()} then {@link #backwardSteps()}, one node per key press.
 *
 * @param x the augmented input [1, x1, .., xd]
 * @param w the weights [b, w1, .., wd]
 * @param y the label, 0 or 1
 */
public record ComputationGraph(double[] x, double[] w, double y) {

    /** The graph's nodes, left to right. */
    public enum Node { X, W, Z, Y_HAT, L }

    /**
     * One key press: the node it fills and the quantity it shows.
     *
     * @param node          the node the step lights up
     * @param quantity      what is shown, e.g. "z = w^T x" or "dL/dz = dL/dy-hat * dy-hat/dz"
     * @param value         its value (one entry for a scalar, d+1 for x, w and the gradients in w)
     * @param localQuantity backward steps: the local derivative of the node, e.g. "dy-hat/dz"; else null
     * @param local         its value, or null
     * @param numbers       the formula with the actual numbers filled in
     */
    public record Step(Node node, String quantity, double[] value, String localQuantity, double[] local,
                       String numbers) {
        public Step {
            value = value.clone();
            local = local == null ? null : local.clone();
        }

        @Override
        public double[] value() {
            return value.clone();
        }

        @Override
        public double[] local() {
            return local == null ? null : local.clone();
        }
    }

    /** Checks the shapes: x and w of equal length (at least 2, x[0] = 1) and y in {0, 1}. */
    public ComputationGraph {
        if (x.length != w.length || x.length < 2) {
            throw new IllegalArgumentException("x and w must have the same length (1 + features), got " + x.length
                    + " and " + w.length);
        }
        if (x[0] != 1.0) {
            throw new IllegalArgumentException("x must be augmented with a leading 1 for the bias, got " + x[0]);
        }
        if (y != 0.0 && y != 1.0) {
            throw new IllegalArgumentException("The label y must be 0 or 1, got " + y);
        }
        x = x.clone();
        w = w.clone();
    }

    /**
     * The graph of a network with no hidden layer and one logistic output (logistic regression)
     * for one raw input and its 0/1 target.
     *
     * @throws IllegalArgumentException for any other network: the graph is the lecture's single perceptron
     */
    public static ComputationGraph of(Network net, double[] input, double y) {
        if (net.weightLayers() != 1 || net.output() != OutputKind.LOGISTIC) {
            throw new IllegalArgumentException("The computation graph shows logistic regression: a network with no hidden "
                    + "layer and two classes (this one has " + (net.weightLayers() - 1) + " hidden layer(s) and "
                    + net.outputs() + " outputs)");
        }
        if (input.length != net.inputs()) {
            throw new IllegalArgumentException("The input has " + input.length + " values; the network expects " + net.inputs());
        }
        double[] x = new double[input.length + 1];
        x[0] = 1.0;
        System.arraycopy(input, 0, x, 1, input.length);
        double[] w = new double[x.length];
        System.arraycopy(net.augmentedWeights(1).data, 0, w, 0, w.length);
        return new ComputationGraph(x, w, y);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    /** z = w^T x. */
    public double z() {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** y-hat = sigma(z). */
    public double yHat() {
        return Activation.LOGISTIC.value(z());
    }

    /** L = -(y ln y-hat + (1-y) ln(1 - y-hat)). */
    public double loss() {
        double p = yHat();
        return y == 1.0 ? -Math.log(p) : -Math.log(1 - p);
    }

    /** dL/dy-hat = -y/y-hat + (1-y)/(1-y-hat). */
    public double dLossDYHat() {
        double p = yHat();
        return -y / p + (1 - y) / (1 - p);
    }

    /** dy-hat/dz = y-hat (1 - y-hat). */
    public double dYHatDZ() {
        double p = yHat();
        return p * (1 - p);
    }

    /** dL/dz by the chain rule: dL/dy-hat * dy-hat/dz (equal to y-hat - y up to rounding). */
    public double dLossDZ() {
        return dLossDYHat() * dYHatDZ();
    }

    /** dz/dw = x. */
    public double[] dZDW() {
        return x.clone();
    }

    /** dL/dw by the chain rule: dL/dz * dz/dw. */
    public double[] dLossDW() {
        double d = dLossDZ();
        double[] g = new double[x.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = d * x[i];
        }
        return g;
    }

    /** The lecture's simplification of dL/dw: (y-hat - y) x. */
    public double[] simplifiedGradient() {
        double d = yHat() - y;
        double[] g = new double[x.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = d * x[i];
        }
        return g;
    }

    /** The five forward steps, x, w, z, y-hat, L, each with its value. */
    public List<Step> forwardSteps() {
        double z = z();
        double p = yHat();
        return List.of(
                new Step(Node.X, "x = [1; x1 .. xd]", x, null, null, "x = " + vector(x)),
                new Step(Node.W, "w = [b; w1 .. wd]", w, null, null, "w = " + vector(w)),
                new Step(Node.Z, "z = w^T x", new double[] {z}, null, null, dot() + " = " + num(z)),
                new Step(Node.Y_HAT, "y-hat = sigma(z)", new double[] {p}, null, null,
                        "1 / (1 + e^-(" + num(z) + ")) = " + num(p)),
                new Step(Node.L, "L = -(y ln y-hat + (1-y) ln(1-y-hat))", new double[] {loss()}, null, null,
                        "-(" + num(y) + " ln " + num(p) + " + " + num(1 - y) + " ln " + num(1 - p) + ") = " + num(loss())));
    }

    /**
     * The backward steps, right to left: L (dL/dL = 1), y-hat (dL/dy-hat), z (dy-hat/dz and the
     * product dL/dz), w (dz/dw and the product dL/dw), then w again with the simplification
     * (y-hat - y) x.
     */
    public List<Step> backwardSteps() {
        double p = yHat();
        double dp = dLossDYHat();
        double dz = dLossDZ();
        double[] simple = simplifiedGradient();
        return List.of(
                new Step(Node.L, "dL/dL", new double[] {1}, null, null, "dL/dL = 1"),
                new Step(Node.Y_HAT, "dL/dy-hat", new double[] {dp}, "dL/dy-hat", new double[] {dp},
                        "-" + num(y) + "/" + num(p) + " + " + num(1 - y) + "/" + num(1 - p) + " = " + num(dp)),
                new Step(Node.Z, "dL/dz = dL/dy-hat * dy-hat/dz", new double[] {dz}, "dy-hat/dz = y-hat (1 - y-hat)",
                        new double[] {dYHatDZ()}, num(dp) + " * " + num(dYHatDZ()) + " = " + num(dz)),
                new Step(Node.W, "dL/dw = dL/dz * dz/dw", dLossDW(), "dz/dw = x", x,
                        num(dz) + " * " + vector(x) + " = " + vector(dLossDW())),
                new Step(Node.W, "dL/dw = (y-hat - y) x", simple, null, null,
                        "(" + num(p) + " - " + num(y) + ") * " + vector(x) + " = " + vector(simple)));
    }

    private String dot() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            b.append(i == 0 ? "" : " + ").append(num(w[i])).append('*').append(num(x[i]));
        }
        return b.toString();
    }

    private static String vector(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(num(v[i]));
        }
        return b.append(']').toString();
    }

    /** Four significant digits, as a student writes them. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }
}
