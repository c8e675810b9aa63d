package org.mlplayground.nn;

import java.util.List;

/**
 * Every layer of one forward propagation, for teaching: {@code z.get(l-1)} is Z[l] (pre-activation)
 * and {@code a.get(l-1)} is A[l] = g(Z[l]) for l = 1..L; A[0] is {@code input}.
 */
public record ForwardTrace(double[] input, List<double[]> z, List<double[]> a) {

    public ForwardTrace {
        z = List.copyOf(z);
        a = List.copyOf(a);
    }

    /** The network output A[L]. */
    public double[] output() {
        return a.get(a.size() - 1);
    }
}
