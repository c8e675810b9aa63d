package org.mlplayground.data;

/**
 * Grey levels of a photo or scan to ink for {@link DigitPreprocessor}, in three steps:
 * <ol>
 *   <li><b>paper</b>: a dark frame around the sheet (the table of a phone photo) is found as the
 *   dark region connected to the image's border, opened so that strokes reaching into it stay
 *   out, and painted over with the paper's own level;</li>
 *   <li><b>background</b>: the paper's level around each pixel is the image's morphological closing
 *   (for dark ink: the darkest of the brightest values within a window wider than a stroke) or
 *   opening (for light ink), which fills strokes and follows shadows, gradients and a dim
 *   blackboard exactly, up to the image's edge, so the background is taken away locally; the polarity too is decided
 *   locally (see {@link #lightInk});</li>
 *   <li><b>stretch</b>: the strongest stroke becomes 1, faint marks below a quarter of it 0; a
 *   page whose strongest mark differs from its paper by less than {@link #MIN_CONTRAST} plus three
 *   times the median pixel's difference (grain, uneven light) is blank.</li>
 * </ol>
 */
public final class PhotoInk {

    /** Larger images are shrunk to this longer side first (a phone photo has millions of pixels). */
    public static final int WORKING_SIDE = 600;
    /** Ink below this share of the stroke's strength is taken for paper (shadows, grain). */
    private static final double PAPER = 0.25;
    /** The paper is estimated over windows of this share of the image's side: wider than a stroke, even of a digit filling the image. */
    private static final double PAPER_WINDOW = 0.2;
    /** Marks fainter than this (grey levels 0-1) against their paper are grain, not ink. */
    public static final double MIN_CONTRAST = 0.12;
    /** How many median deviations of the paper a stroke must stand out by, besides {@link #MIN_CONTRAST}. */
    private static final double NOISE_MARGIN = 3;
    /** A frame is dark on at least this share of the image's border ... */
    private static final double FRAME_BORDER = 0.75;
    /** ... and leaves at least this share of the image as paper. */
    private static final double FRAME_PAPER = 0.3;
    /** Strokes narrower than this share of the image's side that touch the frame are not frame. */
    private static final double FRAME_OPENING = 0.015;

    /**
     * What was found besides the ink.
     *
     * @param ink       rows x cols in [0, 1], 0 = paper
     * @param lightInk  whether the ink is lighter than its background (chalk, a screen, MNIST)
     * @param frame     whether a dark frame around the paper was found and painted over
     * @param paper     the grey image after the frame was painted over (the input when there was none)
     */
    public record Result(double[][] ink, boolean lightInk, boolean frame, double[][] paper) {
    }

    private PhotoInk() {
    }

    /** Grey levels in [0, 1] (1 = white), any size, to ink of at most {@link #WORKING_SIDE} pixels a side. */
    public static Result of(double[][] grey) {
        grey = shrink(grey, WORKING_SIDE);
        int h = grey.length;
        int w = grey[0].length;
        int side = Math.max(h, w);
        double[][] paper = withoutFrame(grey);
        boolean frame = paper != grey;
        int radius = Math.max(2, (int) Math.round(PAPER_WINDOW * side));
        // closing (largest, then smallest) fills dark strokes narrower than the window and follows
        // gradients exactly; opening does the same for light strokes
        boolean lightInk = !frame && lightInk(paper, radius);
        double[][] ink = lightInk ? difference(paper, InkFilters.morphology(paper, radius, false))
                : difference(InkFilters.morphology(paper, radius, true), paper);
        double strongest = 0;
        int[] histogram = new int[256];
        for (double[] row : ink) {
            for (double v : row) {
                strongest = Math.max(strongest, v);
                histogram[(int) Math.min(255, v * 255 + 0.5)]++;
            }
        }
        // the typical pixel is paper: its deviation (grain, uneven light) is the noise a stroke must beat
        int median = 0;
        for (int below = histogram[0]; below < ((long) h * w + 1) / 2; below += histogram[++median]) {
            // the median deviation
        }
        boolean blank = strongest < MIN_CONTRAST + NOISE_MARGIN * median / 255.0;
        for (double[] row : ink) {
            for (int c = 0; c < w; c++) {
                double v = blank ? 0 : row[c] / strongest;
                row[c] = v < PAPER ? 0 : (v - PAPER) / (1 - PAPER);
            }
        }
        return new Result(ink, lightInk, frame, paper);
    }

    /** {@code grey} shrunk by area averaging so that its longer side is at most {@code side}; itself if it is. */
    static double[][] shrink(double[][] grey, int side) {
        int longest = Math.max(grey.length, grey[0].length);
        if (longest <= side) {
            return grey;
        }
        double scale = (double) side / longest;
        return DigitPreprocessor.resample(grey, Math.max(1, (int) Math.round(grey.length * scale)),
                Math.max(1, (int) Math.round(grey[0].length * scale)));
    }

    /**
     * {@code grey} with a dark frame around the paper painted over with the paper's median level,
     * or {@code grey} itself when there is no frame: the frame is what is darker than Otsu's level,
     * reachable from the border, covering most of the border and leaving a large paper inside;
     * strokes reaching into it are kept out by an opening, and it is grown by two pixels so that
     * the blurred edge of the paper does not read as a stroke.
     */
    static double[][] withoutFrame(double[][] grey) {
        int h = grey.length;
        int w = grey[0].length;
        double level = otsu(grey);
        boolean[][] darkMask = new boolean[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                darkMask[r][c] = grey[r][c] < level;
            }
        }
        boolean[][] reached = InkFilters.touchingBorder(darkMask);
        int border = 0;
        int dark = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if (r == 0 || c == 0 || r == h - 1 || c == w - 1) {
                    border++;
                    dark += reached[r][c] ? 1 : 0;
                }
            }
        }
        if (dark < FRAME_BORDER * border) {
            return grey;
        }
        double[][] frame = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                frame[r][c] = reached[r][c] ? 1 : 0;
            }
        }
        int open = Math.max(1, (int) Math.round(FRAME_OPENING * Math.max(h, w)));
        frame = InkFilters.extreme(InkFilters.extreme(frame, open, false), open + 2, true);
        int[] histogram = new int[256];
        int n = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if (frame[r][c] == 0) {
                    histogram[(int) Math.max(0, Math.min(255, grey[r][c] * 255 + 0.5))]++;
                    n++;
                }
            }
        }
        if (n < FRAME_PAPER * h * w) {
            return grey;
        }
        int median = 0;
        for (int below = histogram[0]; below < (n + 1) / 2; below += histogram[++median]) {
            // the paper's median level
        }
        double paper = median / 255.0;
        double[][] out = new double[h][];
        for (int r = 0; r < h; r++) {
            out[r] = grey[r].clone();
            for (int c = 0; c < w; c++) {
                if (frame[r][c] > 0) {
                    out[r][c] = paper;
                }
            }
        }
        return out;
    }

    /** Otsu's threshold on a 256-bin histogram: the level that best splits the grey levels in two classes. */
    static double otsu(double[][] grey) {
        int[] histogram = new int[256];
        long n = 0;
        for (double[] row : grey) {
            for (double v : row) {
                histogram[(int) Math.max(0, Math.min(255, v * 255 + 0.5))]++;
                n++;
            }
        }
        double total = 0;
        for (int i = 0; i < 256; i++) {
            total += i * (double) histogram[i];
        }
        double below = 0;
        long count = 0;
        double best = -1;
        int level = 128;
        for (int i = 0; i < 256; i++) {
            count += histogram[i];
            below += i * (double) histogram[i];
            if (count == 0 || count == n) {
                continue;
            }
            double m0 = below / count;
            double m1 = (total - below) / (n - count);
            double between = (double) count * (n - count) * (m0 - m1) * (m0 - m1);
            if (between > best) {
                best = between;
                level = i;
            }
        }
        return (level + 0.5) / 255;
    }

    private static double[][] difference(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[0].length; c++) {
                out[r][c] = Math.max(0, a[r][c] - b[r][c]);
            }
        }
        return out;
    }

    /**
     * Whether the ink is lighter than its background, decided locally: each pixel is compared with
     * the mean around it (a window wider than a stroke, so it follows gradients), and the ink is on
     * the side whose deviations reach further (the 99.5th percentile of the lighter ones against
     * that of the darker ones): ink is sparse and strong, paper dense and near its mean.
     */
    static boolean lightInk(double[][] grey, int radius) {
        double[][] mean = InkFilters.boxBlur(grey, radius);
        int[] lighter = new int[256];
        int[] darker = new int[256];
        for (int r = 0; r < grey.length; r++) {
            for (int c = 0; c < grey[0].length; c++) {
                double d = grey[r][c] - mean[r][c];
                int bin = (int) Math.min(255, Math.abs(d) * 255 + 0.5);
                (d > 0 ? lighter : darker)[bin]++;
            }
        }
        long n = (long) grey.length * grey[0].length;
        return tail(lighter, n) > tail(darker, n);
    }

    /** The deviation (in bins) that only 0.5% of all {@code n} pixels exceed on this side. */
    private static int tail(int[] histogram, long n) {
        long above = 0;
        for (int bin = 255; bin > 0; bin--) {
            above += histogram[bin];
            if (above > 0.005 * n) {
                return bin;
            }
        }
        return 0;
    }
}
