package org.mlplayground.data;

/**
 * An n-dimensional array read from an IDX file: its shape and its values, kept as unsigned
 * bytes when the file stores unsigned bytes (MNIST) and as doubles otherwise.
 */
public record IdxArray(int[] shape, int typeCode, byte[] unsignedBytes, double[] doubles) {

    /** IDX type code of unsigned bytes. */
    public static final int UNSIGNED_BYTE = 0x08;

    public IdxArray {
        shape = shape.clone();
    }

    /** The shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Size of dimension {@code d}. */
    public int dim(int d) {
        return shape[d];
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Total number of values. */
    public int size() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** Value i (row-major), as a double. */
    public double get(int i) {
        return unsignedBytes != null ? unsignedBytes[i] & 0xff : doubles[i];
    }
}
