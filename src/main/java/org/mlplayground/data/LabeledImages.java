package org.mlplayground.data;

import org.ejml.data.DMatrixRMaj;
import org.mlplayground.matrix.SparseRowsData;

/**
 * Greyscale images with integer labels, as an IDX image file (count x rows x cols, unsigned
 * bytes) and its label file (count) hold them.
 */
public record LabeledImages(int count, int imageRows, int imageCols, byte[] pixels, int[] labels) {

    /** The largest class label an IDX label file may hold (MNIST's are 0-9). */
    public static final int MAX_LABEL = 999;
    /** The most pixels one image may have (MNIST's have 784). */
    public static final int MAX_PIXELS = 1_000_000;

    /** Pairs an image array with a label array, checking their shapes agree. */
    public static LabeledImages of(IdxArray images, IdxArray labels, String imagesName, String labelsName)
            throws DataFileException {
        if (images.rank() != 3) {
            throw new DataFileException(imagesName + " has " + images.rank() + " dimensions; images need 3 (count, rows, columns)");
        }
        if (images.unsignedBytes() == null) {
            throw new DataFileException(imagesName + " does not hold unsigned bytes (IDX type 0x08)");
        }
        if (labels.rank() != 1) {
            throw new DataFileException(labelsName + " has " + labels.rank() + " dimensions; labels need 1");
        }
        if (labels.dim(0) != images.dim(0)) {
            throw new DataFileException(labelsName + " has " + labels.dim(0) + " labels but " + imagesName
                    + " has " + images.dim(0) + " images");
        }
        if (images.dim(0) == 0) {
            throw new DataFileException(imagesName + " holds no images");
        }
        long pixels = (long) images.dim(1) * images.dim(2);
        if (images.dim(1) == 0 || images.dim(2) == 0 || pixels > MAX_PIXELS) {
            throw new DataFileException(imagesName + " declares images of " + images.dim(1) + " x " + images.dim(2)
                    + " pixels; they must have 1 to " + MAX_PIXELS + " pixels");
        }
        int[] y = new int[labels.dim(0)];
        for (int i = 0; i < y.length; i++) {
            double v = labels.get(i);
            if (!(v >= 0 && v <= MAX_LABEL && v == Math.rint(v))) {
                throw new DataFileException(labelsName + ": label " + (i + 1) + " is " + (v == Math.rint(v) ? Long.toString((long) v)
                        : Double.toString(v)) + "; labels are whole numbers from 0 to " + MAX_LABEL);
            }
            y[i] = (int) v;
        }
        return new LabeledImages(images.dim(0), images.dim(1), images.dim(2), images.unsignedBytes(), y);
    }

    /** Pixels per image. */
    public int pixelsPerImage() {
        return imageRows * imageCols;
    }

    /**
     * Pixel values scaled to [0, 1] (x / 255), one row per image (n x pixelsPerImage), stored
     * sparsely (most pixels are 0); {@code nn.Features.of} trains on them as they are.
     */
    public SparseRowsData pixelRows() {
        int d = pixelsPerImage();
        int nnz = 0;
        for (byte b : pixels) {
            if (b != 0) {
                nnz++;
            }
        }
        int[] rowStart = new int[count + 1];
        int[] col = new int[nnz];
        double[] val = new double[nnz];
        int p = 0;
        for (int i = 0; i < count; i++) {
            int o = i * d;
            for (int k = 0; k < d; k++) {
                int v = pixels[o + k] & 0xff;
                if (v != 0) {
                    col[p] = k;
                    val[p++] = v / 255.0;
                }
            }
            rowStart[i + 1] = p;
        }
        return new SparseRowsData(count, d, rowStart, col, val);
    }

    /** The first {@code n} images (for quick experiments). */
    public LabeledImages head(int n) {
        int m = Math.min(n, count);
        byte[] px = java.util.Arrays.copyOf(pixels, m * pixelsPerImage());
        return new LabeledImages(m, imageRows, imageCols, px, java.util.Arrays.copyOf(labels, m));
    }

    /** Image {@code i} scaled to [0, 1] as a dense row. */
    public double[] image(int i) {
        double[] x = new double[pixelsPerImage()];
        for (int k = 0; k < x.length; k++) {
            x[k] = (pixels[i * x.length + k] & 0xff) / 255.0;
        }
        return x;
    }

    /** All images as a dense matrix scaled to [0, 1]. */
    public DMatrixRMaj denseMatrix() {
        DMatrixRMaj m = new DMatrixRMaj(count, pixelsPerImage());
        for (int i = 0; i < pixels.length; i++) {
            m.data[i] = (pixels[i] & 0xff) / 255.0;
        }
        return m;
    }
}
