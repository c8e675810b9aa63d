package org.mlplayground.data;

import java.util.function.UnaryOperator;

/**
 * The image filters digit preprocessing is built from, each linear in the number of pixels
 * whatever its radius: separable line filters, sliding minimum/maximum, box means, chamfer
 * distances and connected pieces of ink. Images are {@code double[rows][cols]}.
 */
final class InkFilters {

    /** Chamfer 3-4 weights: a step along a row or column costs 3, a diagonal step 4 (distances are /3). */
    private static final int STRAIGHT = 3;
    private static final int DIAGONAL = 4;

    /** Closings and openings with at least this radius work on 2 x 2 blocks, halving it, until it is smaller. */
    private static final int POOL_RADIUS = 16;

    private InkFilters() {
    }

    /**
     * An image filtered one line at a time: each row through {@code alongRows}, then each column
     * of the result through {@code alongColumns} (either may change the line's length).
     */
    static double[][] separable(double[][] image, UnaryOperator<double[]> alongRows, UnaryOperator<double[]> alongColumns) {
        int h = image.length;
        double[][] wide = new double[h][];
        for (int r = 0; r < h; r++) {
            wide[r] = alongRows.apply(image[r]);
        }
        int w = wide[0].length;
        double[][] out = null;
        double[] column = new double[h];
        for (int c = 0; c < w; c++) {
            for (int r = 0; r < h; r++) {
                column[r] = wide[r][c];
            }
            double[] done = alongColumns.apply(column);
            if (out == null) {
                out = new double[done.length][w];
            }
            for (int r = 0; r < done.length; r++) {
                out[r][c] = done[r];
            }
        }
        return out;
    }

    /** The largest (or smallest) value within {@code radius} rows and columns of each pixel (a square window). */
    static double[][] extreme(double[][] image, int radius, boolean largest) {
        return separable(image, line -> slidingExtreme(line, radius, largest), line -> slidingExtreme(line, radius, largest));
    }

    /**
     * The morphological closing ({@code closing}: the smallest of the largest values) or opening
     * (the largest of the smallest) over a square of side {@code 2 radius + 1}, with the image's
     * edge rows and columns repeated beyond it: a background that keeps brightening or darkening
     * up to the image's edge is then followed to the edge instead of being cut short there.
     */
    static double[][] morphology(double[][] image, int radius, boolean closing) {
        int h = image.length;
        int w = image[0].length;
        if (radius >= POOL_RADIUS) {
            // a background smooth over the window is as well found on 2 x 2 blocks with half the
            // radius, a quarter of the work: their largest value for a closing (smallest for an
            // opening) keeps it on the paper's side of every pixel
            double[][] pooled = new double[(h + 1) / 2][(w + 1) / 2];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double v = image[r][c];
                    double[] row = pooled[r / 2];
                    boolean first = r % 2 == 0 && c % 2 == 0;
                    row[c / 2] = first ? v : closing ? Math.max(row[c / 2], v) : Math.min(row[c / 2], v);
                }
            }
            double[][] small = morphology(pooled, radius / 2, closing);
            double[][] out = new double[h][w];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    out[r][c] = small[r / 2][c / 2];
                }
            }
            return out;
        }
        double[][] padded = new double[h + 2 * radius][w + 2 * radius];
        for (int r = 0; r < padded.length; r++) {
            double[] from = image[Math.max(0, Math.min(h - 1, r - radius))];
            double[] to = padded[r];
            java.util.Arrays.fill(to, 0, radius, from[0]);
            System.arraycopy(from, 0, to, radius, w);
            java.util.Arrays.fill(to, radius + w, to.length, from[w - 1]);
        }
        double[][] done = extreme(extreme(padded, radius, closing), radius, !closing);
        double[][] out = new double[h][];
        for (int r = 0; r < h; r++) {
            out[r] = java.util.Arrays.copyOfRange(done[r + radius], radius, radius + w);
        }
        return out;
    }

    /** The extreme over [i - radius, i + radius] for each i, in one pass with a queue of candidates. */
    static double[] slidingExtreme(double[] line, int radius, boolean largest) {
        int n = line.length;
        double[] out = new double[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int j = 0; j < n + radius; j++) {
            if (j < n) {
                // drop candidates that the new value beats: they can never be the extreme again
                while (tail > head && (largest ? line[queue[tail - 1]] <= line[j] : line[queue[tail - 1]] >= line[j])) {
                    tail--;
                }
                queue[tail++] = j;
            }
            int i = j - radius;
            if (i >= 0) {
                while (queue[head] < i - radius) {
                    head++;
                }
                out[i] = line[queue[head]];
            }
        }
        return out;
    }

    /** The mean over a (2 radius + 1)-wide square around each pixel (clipped at the edges). */
    static double[][] boxBlur(double[][] image, int radius) {
        return separable(image, line -> boxLine(line, radius), line -> boxLine(line, radius));
    }

    private static double[] boxLine(double[] line, int radius) {
        int n = line.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + line[i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(n, i + radius + 1);
            out[i] = (prefix[to] - prefix[from]) / (to - from);
        }
        return out;
    }

    /**
     * For each pixel, the chamfer distance in pixels (about Euclidean, within 8%) to the nearest
     * pixel where {@code inside} is false; pixels outside the image count as not inside, so ink
     * at the edge is 1 from it. Pixels not inside get 0.
     */
    static double[][] distanceToOutside(boolean[][] inside) {
        return chamfer(inside, false);
    }

    /** For each pixel, the chamfer distance in pixels to the nearest pixel where {@code mask} is true (0 on it). */
    static double[][] distanceToMask(boolean[][] mask) {
        return chamfer(mask, true);
    }

    private static double[][] chamfer(boolean[][] mask, boolean toMask) {
        int h = mask.length;
        int w = mask[0].length;
        int far = Integer.MAX_VALUE / 4;
        int[][] d = new int[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                boolean seed = toMask ? mask[r][c] : !mask[r][c];
                d[r][c] = seed ? 0 : far;
            }
        }
        int edge = toMask ? far : STRAIGHT; // beyond the image: a seed when measuring to the outside
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int v = d[r][c];
                if (v == 0) {
                    continue;
                }
                v = Math.min(v, (c > 0 ? d[r][c - 1] : 0) + (c > 0 ? STRAIGHT : edge));
                if (r > 0) {
                    v = Math.min(v, d[r - 1][c] + STRAIGHT);
                    v = Math.min(v, (c > 0 ? d[r - 1][c - 1] + DIAGONAL : edge));
                    v = Math.min(v, (c < w - 1 ? d[r - 1][c + 1] + DIAGONAL : edge));
                } else {
                    v = Math.min(v, edge);
                }
                d[r][c] = v;
            }
        }
        for (int r = h - 1; r >= 0; r--) {
            for (int c = w - 1; c >= 0; c--) {
                int v = d[r][c];
                if (v == 0) {
                    continue;
                }
                v = Math.min(v, (c < w - 1 ? d[r][c + 1] + STRAIGHT : edge));
                if (r < h - 1) {
                    v = Math.min(v, d[r + 1][c] + STRAIGHT);
                    v = Math.min(v, (c < w - 1 ? d[r + 1][c + 1] + DIAGONAL : edge));
                    v = Math.min(v, (c > 0 ? d[r + 1][c - 1] + DIAGONAL : edge));
                } else {
                    v = Math.min(v, edge);
                }
                d[r][c] = v;
            }
        }
        double[][] out = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                out[r][c] = d[r][c] >= far ? Double.POSITIVE_INFINITY : d[r][c] / (double) STRAIGHT;
            }
        }
        return out;
    }

    /**
     * The 8-connected pieces of {@code mask}: a label per pixel (0 = not in the mask, pieces
     * numbered from 1); the number of pieces is put in {@code count[0]}.
     */
    static int[][] pieces(boolean[][] mask, int[] count) {
        int h = mask.length;
        int w = mask[0].length;
        int[][] label = new int[h][w];
        int[] stack = new int[h * w];
        int next = 0;
        for (int r0 = 0; r0 < h; r0++) {
            for (int c0 = 0; c0 < w; c0++) {
                if (!mask[r0][c0] || label[r0][c0] != 0) {
                    continue;
                }
                next++;
                int top = 0;
                stack[top++] = r0 * w + c0;
                label[r0][c0] = next;
                while (top > 0) {
                    int p = stack[--top];
                    int r = p / w;
                    int c = p % w;
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int rr = r + dr;
                            int cc = c + dc;
                            if (rr >= 0 && rr < h && cc >= 0 && cc < w && mask[rr][cc] && label[rr][cc] == 0) {
                                label[rr][cc] = next;
                                stack[top++] = rr * w + cc;
                            }
                        }
                    }
                }
            }
        }
        count[0] = next;
        return label;
    }

    /** The pixels of {@code mask} reachable from the image's border through {@code mask} (4-connected). */
    static boolean[][] touchingBorder(boolean[][] mask) {
        int h = mask.length;
        int w = mask[0].length;
        boolean[][] seen = new boolean[h][w];
        int[] stack = new int[h * w];
        int top = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                boolean border = r == 0 || c == 0 || r == h - 1 || c == w - 1;
                if (border && mask[r][c] && !seen[r][c]) {
                    seen[r][c] = true;
                    stack[top++] = r * w + c;
                }
            }
        }
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        while (top > 0) {
            int p = stack[--top];
            int r = p / w;
            int c = p % w;
            for (int k = 0; k < 4; k++) {
                int rr = r + dr[k];
                int cc = c + dc[k];
                if (rr >= 0 && rr < h && cc >= 0 && cc < w && mask[rr][cc] && !seen[rr][cc]) {
                    seen[rr][cc] = true;
                    stack[top++] = rr * w + cc;
                }
            }
        }
        return seen;
    }
}
