package org.mlplayground.ui.math;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.TrainingProblem;

/**
 * The training rows as the network sees them (scaled features) with their encoded targets (a 0/1
 * column for two classes, one-hot columns for more, the real targets for regression), and slices
 * of them: one example, or a minibatch.
 *
 * @param x n x m[0]
 * @param y n x m[L]
 */
record MathData(DMatrixRMaj x, DMatrixRMaj y) {

    /** The problem's training rows and encoded targets. */
    static MathData of(TrainingProblem problem) {
        DMatrixRMaj y;
        if (problem.isClassification()) {
            MlpClassifier encoder = new MlpClassifier(MlpConfig.builder().build());
            encoder.setClasses(problem.classes());
            y = encoder.encodeLabels(problem.trainLabels());
        } else {
            y = problem.trainTargets().copy();
        }
        return new MathData(problem.train().toDense(), y);
    }

    /** Number of examples n. */
    int size() {
        return x.numRows;
    }

    /** {@code count} rows from {@code first} on, wrapping around (count is cut to n). */
    MathData rows(int first, int count) {
        int n = Math.min(count, size());
        DMatrixRMaj xs = new DMatrixRMaj(n, x.numCols);
        DMatrixRMaj ys = new DMatrixRMaj(n, y.numCols);
        for (int i = 0; i < n; i++) {
            int r = Math.floorMod(first + i, size());
            for (int j = 0; j < x.numCols; j++) {
                xs.set(i, j, x.get(r, j));
            }
            for (int j = 0; j < y.numCols; j++) {
                ys.set(i, j, y.get(r, j));
            }
        }
        return new MathData(xs, ys);
    }

    /** Row r's inputs. */
    double[] input(int r) {
        double[] v = new double[x.numCols];
        for (int j = 0; j < v.length; j++) {
            v[j] = x.get(r, j);
        }
        return v;
    }
}
