package org.mlplayground.matrix;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/** One-hot encoding: row i has a 1 in the column of its class and 0 elsewhere. */
public final class OneHot {

    private OneHot() {
    }

    /** An n x k matrix for labels drawn from {@code classes} (sorted). */
    public static DMatrixRMaj encode(int[] labels, int[] classes) {
        int[] sorted = classes.clone();
        Arrays.sort(sorted);
        DMatrixRMaj m = new DMatrixRMaj(labels.length, sorted.length);
        for (int i = 0; i < labels.length; i++) {
            int c = Arrays.binarySearch(sorted, labels[i]);
            if (c < 0) {
                throw new IllegalArgumentException("Label " + labels[i] + " of row " + i + " is not one of the classes "
                        + Arrays.toString(sorted));
            }
            m.set(i, c, 1.0);
        }
        return m;
    }

    /** The column of the largest entry of each row (the decoded class index). */
    public static int[] decode(DMatrixRMaj m) {
        int[] out = new int[m.numRows];
        for (int r = 0; r < m.numRows; r++) {
            int best = 0;
            for (int c = 1; c < m.numCols; c++) {
                if (m.get(r, c) > m.get(r, best)) {
                    best = c;
                }
            }
            out[r] = best;
        }
        return out;
    }
}
