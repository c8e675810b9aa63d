package org.mlplayground.baseline;

import java.util.stream.IntStream;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import org.mlplayground.nn.Features;

/**
 * A kernel SVM with the RBF kernel k(x, x') = exp(-gamma |x - x'|^2), trained by LIBSVM (C-SVC,
 * one-vs-one for several classes, as sklearn's {@code SVC}). Training time grows about with the
 * square of the training set, so the comparison trains it on a subset.
 */
public final class SvmClassifier {

    private final svm_model model;
    /** The support vectors as dense rows (l x d) and their squared lengths, for the fast decision function. */
    private final double[][] vectors;
    private final double[] squares;

    private SvmClassifier(svm_model model, int d) {
        this.model = model;
        vectors = new double[model.l][d];
        squares = new double[model.l];
        for (int i = 0; i < model.l; i++) {
            for (svm_node node : model.SV[i]) {
                vectors[i][node.index - 1] = node.value;
                squares[i] += node.value * node.value;
            }
        }
    }

    /**
     * sklearn's {@code gamma='scale'}: 1 / (d * Var(X)), the variance over every entry of the
     * training inputs (n x d).
     */
    public static double scaleGamma(Features x) {
        int d = x.cols();
        double[] row = new double[d];
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < x.rows(); r++) {
            x.copyRow(r, row);
            for (double v : row) {
                sum += v;
                squares += v * v;
            }
        }
        double n = (double) x.rows() * d;
        double variance = squares / n - (sum / n) * (sum / n);
        return variance > 0 ? 1.0 / (d * variance) : 1.0;
    }

    /**
     * Trains on {@code x} (n x d) with labels {@code y}; {@code c} is the penalty on margin
     * violations, {@code gamma} the kernel's width. LIBSVM's own random numbers (used only for
     * probability estimates, which this does not ask for) are seeded too.
     */
    public static SvmClassifier fit(Features x, int[] y, double c, double gamma, long seed) {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("The SVM's C must be > 0, got " + c);
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("The SVM's gamma must be > 0, got " + gamma);
        }
        if (x.rows() != y.length || y.length == 0) {
            throw new IllegalArgumentException("The SVM needs one label per row: " + x.rows() + " rows, " + y.length + " labels");
        }
        svm_problem problem = new svm_problem();
        problem.l = y.length;
        problem.x = nodes(x);
        problem.y = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            problem.y[i] = y[i];
        }
        svm_parameter p = new svm_parameter();
        p.svm_type = svm_parameter.C_SVC;
        p.kernel_type = svm_parameter.RBF;
        p.gamma = gamma;
        p.C = c;
        p.eps = 1e-3;
        p.cache_size = 500;
        p.shrinking = 1;
        p.probability = 0;
        p.nr_weight = 0;
        p.weight_label = new int[0];
        p.weight = new double[0];
        String problemText = svm.svm_check_parameter(problem, p);
        if (problemText != null) {
            throw new IllegalArgumentException("LIBSVM refused the settings: " + problemText);
        }
        synchronized (svm.class) {
            svm.svm_set_print_string_function(s -> { });
            svm.rand.setSeed(seed);
            return new SvmClassifier(svm.svm_train(problem, p), x.cols());
        }
    }

    /**
     * The predicted class of each row, on every core. LIBSVM's one-vs-one vote, with the kernel
     * values computed here: k(x, s) = exp(-gamma (|x|^2 + |s|^2 - 2 x.s)), the dot product over
     * x's non-zero entries only (MNIST's rows are four-fifths zeros) against dense support vectors.
     */
    public int[] predict(Features x) {
        svm_node[][] rows = nodes(x);
        return IntStream.range(0, rows.length).parallel().map(i -> decide(rows[i], new double[model.l])).toArray();
    }

    /** LIBSVM's predicted class of one row, its answer by its own (slower) code, for checking. */
    int predictByLibsvm(svm_node[] row) {
        return (int) svm.svm_predict(model, row);
    }

    private int decide(svm_node[] row, double[] kernel) {
        double gamma = model.param.gamma;
        double xx = 0;
        for (svm_node node : row) {
            xx += node.value * node.value;
        }
        for (int i = 0; i < model.l; i++) {
            double[] v = vectors[i];
            double dot = 0;
            for (svm_node node : row) {
                dot += node.value * v[node.index - 1];
            }
            kernel[i] = Math.exp(-gamma * (xx + squares[i] - 2 * dot));
        }
        // one-vs-one: classes i < j vote with sum over their support vectors of coef * k - rho
        int k = model.nr_class;
        int[] start = new int[k];
        for (int i = 1; i < k; i++) {
            start[i] = start[i - 1] + model.nSV[i - 1];
        }
        int[] votes = new int[k];
        int pair = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double sum = 0;
                double[] ci = model.sv_coef[j - 1];
                double[] cj = model.sv_coef[i];
                for (int s = 0; s < model.nSV[i]; s++) {
                    sum += ci[start[i] + s] * kernel[start[i] + s];
                }
                for (int s = 0; s < model.nSV[j]; s++) {
                    sum += cj[start[j] + s] * kernel[start[j] + s];
                }
                sum -= model.rho[pair++];
                votes[sum > 0 ? i : j]++;
            }
        }
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (votes[i] > votes[best]) {
                best = i;
            }
        }
        return model.label[best];
    }

    /** Rows as LIBSVM's sparse nodes, for {@link #predictByLibsvm}. */
    static svm_node[][] sparse(Features x) {
        return nodes(x);
    }

    /** How many training rows the decision function keeps. */
    public int supportVectors() {
        return svm.svm_get_nr_sv(model);
    }

    /** Rows as LIBSVM's sparse nodes (non-zero entries only, indices from 1). */
    private static svm_node[][] nodes(Features x) {
        int d = x.cols();
        svm_node[][] out = new svm_node[x.rows()][];
        double[] row = new double[d];
        for (int r = 0; r < out.length; r++) {
            x.copyRow(r, row);
            int nnz = 0;
            for (double v : row) {
                if (v != 0) {
                    nnz++;
                }
            }
            svm_node[] nodes = new svm_node[nnz];
            int k = 0;
            for (int j = 0; j < d; j++) {
                if (row[j] != 0) {
                    svm_node node = new svm_node();
                    node.index = j + 1;
                    node.value = row[j];
                    nodes[k++] = node;
                }
            }
            out[r] = nodes;
        }
        return out;
    }
}
