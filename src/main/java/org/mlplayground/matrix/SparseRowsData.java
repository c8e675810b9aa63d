package org.mlplayground.matrix;

/**
 * A matrix stored by rows as its non-zeros only (compressed sparse rows): row {@code r} holds
 * {@code values[k]} in column {@code columns[k]} for {@code k} from {@code rowStart[r]} to
 * {@code rowStart[r+1]-1}. Data readers hand feature rows over in this form (MNIST's pixels are 81%
 * zeros); the engine wraps it without copying ({@code nn.Features.of}).
 *
 * @param rows     n, the number of rows
 * @param cols     d, the number of columns
 * @param rowStart n+1 offsets into {@code columns} and {@code values}, from 0 to nnz
 * @param columns  nnz column indices, ascending within a row
 * @param values   nnz values
 */
public record SparseRowsData(int rows, int cols, int[] rowStart, int[] columns, double[] values) {

    public SparseRowsData {
        if (rows < 0 || cols < 0 || rowStart.length != rows + 1 || columns.length != values.length
                || rowStart[rows] != values.length) {
            throw new IllegalArgumentException("Inconsistent sparse rows: " + rows + " x " + cols + " with "
                    + rowStart.length + " row offsets and " + values.length + " values");
        }
    }
}
