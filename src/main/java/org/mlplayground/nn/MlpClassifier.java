package org.mlplayground.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A multilayer perceptron classifier with sklearn's {@code MLPClassifier} semantics. Labels are
 * any integers; the sorted distinct labels are {@link #classes()}. Two classes use one logistic
 * output unit (binary cross-entropy), more use softmax (categorical cross-entropy); with no
 * hidden layer this is logistic (softmax) regression.
 */
public final class MlpClassifier extends MlpEstimator {

    private int[] classes;
    /** The last labels encoded and their encoding, so repeated epochs reuse the training buffers. */
    private int[] encodedLabels;
    private DMatrixRMaj encoded;
    private int[] encodedClasses;
    private int[] encodedFrom;

    public MlpClassifier(MlpConfig config) {
        super(config);
    }

    /** Fits from scratch (or from the current weights with warm start). */
    public MlpClassifier fit(Features x, int[] labels) {
        classes = distinct(labels);
        fitEncoded(x, encode(labels, x.rows()));
        return this;
    }

    /** Convenience for {@link #fit(Features, int[])} on rows of equal length. */
    public MlpClassifier fit(double[][] x, int[] labels) {
        return fit(Features.of(x), labels);
    }

    /**
     * One epoch from the current weights. The first call fixes the classes: pass every label that
     * will ever occur ({@code allClasses}), as sklearn requires; later calls may pass null.
     */
    public MlpClassifier partialFit(Features x, int[] labels, int[] allClasses) {
        if (classes == null || allClasses != null && !Arrays.equals(distinct(allClasses), classes)) {
            if (allClasses == null) {
                throw new IllegalArgumentException("The first partialFit must be given all classes");
            }
            classes = distinct(allClasses);
        }
        partialFitEncoded(x, encode(labels, x.rows()));
        return this;
    }

    /**
     * Declares every class label before training batch by batch (a change of classes starts the
     * weights over at the next step).
     */
    public void setClasses(int[] allClasses) {
        int[] d = distinct(allClasses);
        if (!Arrays.equals(d, classes)) {
            classes = d;
        }
    }

    /** One minibatch step (see {@link MlpEstimator#batchStep}); true when it completed an epoch. */
    public boolean trainBatch(Features x, int[] labels) {
        // called every step: an array seen before is taken as unchanged (callers own it immutably)
        return batchStep(x, labels == encodedFrom && encoded != null && encodedClasses == classes ? encoded : encode(labels, x.rows()));
    }

    /**
     * The epoch loop over these rows, continuing from the current weights (see
     * {@link EpochLoop}); declare the classes first ({@link #setClasses}). With {@code stopRules}
     * it stops as {@link #fit} does, else only on divergence.
     */
    public EpochLoop epochLoop(Features x, int[] labels, boolean stopRules) {
        return loopEncoded(x, encode(labels, x.rows()), stopRules);
    }

    /** The network's targets for these labels: one 0/1 column for two classes, one-hot columns for more. */
    public DMatrixRMaj encodeLabels(int[] labels) {
        requireClasses();
        return oneHot(labels, labels.length);
    }

    /** Log-loss (cross-entropy, no penalty) of the current weights on the given samples. */
    public double loss(Features x, int[] labels) {
        return dataLossEncoded(x, encode(labels, x.rows()));
    }

    /** The sorted class labels seen in training. */
    public int[] classes() {
        requireClasses();
        return classes.clone();
    }

    /** Probability of each class (columns in {@link #classes()} order) for every row. */
    public DMatrixRMaj predictProba(Features x) {
        DMatrixRMaj out = forward(x);
        if (out.numCols == 1) {
            DMatrixRMaj two = new DMatrixRMaj(out.numRows, 2);
            for (int r = 0; r < out.numRows; r++) {
                two.set(r, 0, 1.0 - out.get(r, 0));
                two.set(r, 1, out.get(r, 0));
            }
            return two;
        }
        return out;
    }

    /** The most probable class of every row (ties go to the smaller label). */
    public int[] predict(Features x) {
        DMatrixRMaj p = predictProba(x);
        int[] labels = new int[p.numRows];
        for (int r = 0; r < p.numRows; r++) {
            labels[r] = classes[argmax(p.data, r * p.numCols, p.numCols)];
        }
        return labels;
    }

    /** Mean accuracy on the given samples. */
    public double score(Features x, int[] labels) {
        int[] predicted = predict(x);
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException("The data has " + predicted.length + " rows but there are "
                    + labels.length + " labels");
        }
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == predicted[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    /** Loss and every layer's gradient for the given examples (one row for one example). */
    public Gradients gradients(Features x, int[] labels) {
        return gradientsEncoded(x, encode(labels, x.rows()));
    }

    /** Finite-difference check of backpropagation on the given examples: max relative error per layer. */
    public double[] gradientCheck(Features x, int[] labels) {
        return gradientCheckEncoded(x, encode(labels, x.rows()));
    }

    @Override
    protected OutputKind outputKind(int outputs) {
        return outputs == 1 ? OutputKind.LOGISTIC : OutputKind.SOFTMAX;
    }

    @Override
    protected double validationScore(Features x, DMatrixRMaj targets) {
        DMatrixRMaj p = forward(x);
        int correct = 0;
        for (int r = 0; r < p.numRows; r++) {
            if (encodedClass(p, r) == encodedClass(targets, r)) {
                correct++;
            }
        }
        return (double) correct / p.numRows;
    }

    @Override
    protected int[] stratificationLabels(DMatrixRMaj targets) {
        int[] labels = new int[targets.numRows];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = encodedClass(targets, r);
        }
        return labels;
    }

    /** Class index of row r of an output or target matrix (one column: above 0.5 means class 1). */
    private static int encodedClass(DMatrixRMaj m, int r) {
        return m.numCols == 1 ? (m.get(r, 0) > 0.5 ? 1 : 0) : argmax(m.data, r * m.numCols, m.numCols);
    }

    /** Y: one column (1 for classes[1]) for two classes, one-hot columns for more. */
    private DMatrixRMaj encode(int[] labels, int rows) {
        requireClasses();
        if (encoded != null && encoded.numCols == (classes.length == 2 ? 1 : classes.length)
                && Arrays.equals(labels, encodedLabels) && encodedClasses == classes) {
            return encoded;
        }
        encoded = oneHot(labels, rows);
        encodedLabels = labels.clone();
        encodedFrom = labels;
        encodedClasses = classes;
        return encoded;
    }

    private DMatrixRMaj oneHot(int[] labels, int rows) {
        if (labels.length != rows) {
            throw new IllegalArgumentException("The data has " + rows + " rows but there are " + labels.length
                    + " labels: they must match one to one");
        }
        int k = classes.length;
        DMatrixRMaj y = new DMatrixRMaj(labels.length, k == 2 ? 1 : k);
        for (int i = 0; i < labels.length; i++) {
            int c = Arrays.binarySearch(classes, labels[i]);
            if (c < 0) {
                throw new IllegalArgumentException("Label " + labels[i] + " of row " + i + " is not one of the classes "
                        + Arrays.toString(classes));
            }
            if (k == 2) {
                y.set(i, 0, c);
            } else {
                y.set(i, c, 1.0);
            }
        }
        return y;
    }

    private static int[] distinct(int[] labels) {
        int[] d = Arrays.stream(labels).distinct().sorted().toArray();
        if (d.length < 2) {
            throw new IllegalArgumentException(d.length == 0 ? "Classification needs training rows; there are none"
                    : "Classification needs at least two classes; every training row has label " + d[0]);
        }
        return d;
    }

    private void requireClasses() {
        if (classes == null) {
            throw new IllegalStateException("The classifier has not been trained yet: call fit first");
        }
    }

    private static int argmax(double[] d, int offset, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (d[offset + c] > d[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
