package org.mlplayground.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The hard cases students bring, made from MNIST digits (seeded, nothing read from files) and run
 * through the same path a drawing or an image file takes: the robustness benchmark
 * ({@code bench --robustness}) and its tests use them. Each kind is one function of a 28 x 28
 * digit (784 values in [0, 1]) and a random source, returning the preprocessing's steps.
 */
public final class HardDigits {

    /** The kinds; SPECK and BLANK ignore the digit and should answer "no digit". */
    public enum Kind {
        /** Strokes 1 or 2 px wide (the digit's skeleton) on a 280 x 280 pad. */
        THIN("thin 1-2 px strokes"),
        /** Light ink on a background darkening from grey to near-black across a 300 x 400 photo (see {@code gradient}). */
        GRADIENT("light ink on a dark gradient"),
        /** White paper in a dark frame of 8-20% of each side (a sheet on a table), 300 x 400. */
        FRAME("dark frame around paper"),
        /** A JPEG stored turned, with EXIF Orientation 3, 6 or 8 (in turn). */
        EXIF("EXIF orientation 3, 6, 8"),
        /** One to three specks of 1-9 px on a blank 280 x 280 pad. */
        SPECK("specks on a blank pad"),
        /** A photo of blank paper: a shadow and grain, or a blank pad. */
        BLANK("blank pages");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the benchmark's table names it. */
        public String label() {
            return label;
        }

        /** Whether this kind holds a digit to read (not SPECK or BLANK). */
        public boolean hasDigit() {
            return this != SPECK && this != BLANK;
        }
    }

    private HardDigits() {
    }

    /** {@code digit} made into {@code kind} with {@code random} and preprocessed (fitted and centred). */
    public static DigitPreprocessor.Steps prepare(Kind kind, double[] digit, SplittableRandom random) {
        return switch (kind) {
            case THIN -> DigitPreprocessor.process(thin(digit, random), true);
            case GRADIENT -> DigitPreprocessor.process(PhotoInk.of(gradient(digit, random)).ink(), true);
            case FRAME -> DigitPreprocessor.process(PhotoInk.of(framed(digit, random)).ink(), true);
            case EXIF -> {
                int orientation = new int[] {3, 6, 8}[random.nextInt(3)];
                byte[] jpeg = jpegWithOrientation(toImage(onPaper(digit, random, 200, 200)), orientation);
                try {
                    yield DigitPreprocessor.process(DigitImages.load(jpeg, "generated photo").ink().ink(), true);
                } catch (DataFileException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            case SPECK -> DigitPreprocessor.process(specks(random), true);
            case BLANK -> random.nextInt(4) == 0 ? DigitPreprocessor.process(new double[280][280], true)
                    : DigitPreprocessor.process(PhotoInk.of(blankPaper(random, 300, 400)).ink(), true);
        };
    }

    /** The digit's skeleton drawn with a 1- or 2-px pen on a 280 x 280 pad, enlarged 8 or 9 times. */
    static double[][] thin(double[] digit, SplittableRandom random) {
        int scale = 8 + random.nextInt(2);
        double[][] big = enlarge(digit, scale);
        int side = big.length;
        boolean[][] ink = new boolean[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                ink[r][c] = big[r][c] >= 0.5;
            }
        }
        Skeleton.thin(ink);
        int pen = 1 + random.nextInt(2);
        double[][] pad = new double[280][280];
        int top = random.nextInt(280 - side - 1);
        int left = random.nextInt(280 - side - 1);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (ink[r][c]) {
                    for (int d = 0; d < pen * pen; d++) {
                        pad[top + r + d / pen][left + c + d % pen] = 1;
                    }
                }
            }
        }
        return pad;
    }

    /**
     * Light ink on a background that darkens from grey (0.45-0.6) to near-black (0.02-0.08) across
     * a band of 30-70% of a 300 x 400 photo in a random direction; the ink is 0.3-0.45 lighter
     * than the background under it, so on the dark side it is darker than the grey side's
     * background: no single level tells ink from background.
     */
    static double[][] gradient(double[] digit, SplittableRandom random) {
        double[][] big = enlarge(digit, 8);
        double from = 0.45 + 0.15 * random.nextDouble();
        double to = 0.02 + 0.06 * random.nextDouble();
        double contrast = 0.3 + 0.15 * random.nextDouble();
        double band = 0.3 + 0.4 * random.nextDouble();
        double angle = 2 * Math.PI * random.nextDouble();
        double dr = Math.sin(angle);
        double dc = Math.cos(angle);
        int h = 300;
        int w = 400;
        int top = random.nextInt(h - big.length + 1);
        int left = random.nextInt(w - big.length + 1);
        double[][] grey = new double[h][w];
        double span = Math.abs(dr) * h + Math.abs(dc) * w;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double t = Math.max(0, Math.min(1, ((r - h / 2.0) * dr + (c - w / 2.0) * dc) / span / band + 0.5));
                double background = from + (to - from) * t * t * (3 - 2 * t);
                double ink = inside(big, r - top, c - left);
                grey[r][c] = clip(background + contrast * ink + 0.03 * (random.nextDouble() - 0.5));
            }
        }
        return grey;
    }

    /** Dark ink on white paper lying on a dark table that frames it by 8-20% on each side, 300 x 400. */
    static double[][] framed(double[] digit, SplittableRandom random) {
        int h = 300;
        int w = 400;
        int top = (int) Math.round(h * (0.08 + 0.12 * random.nextDouble()));
        int bottom = h - (int) Math.round(h * (0.08 + 0.12 * random.nextDouble()));
        int left = (int) Math.round(w * (0.08 + 0.12 * random.nextDouble()));
        int right = w - (int) Math.round(w * (0.08 + 0.12 * random.nextDouble()));
        double table = 0.12 + 0.2 * random.nextDouble();
        double[][] big = enlarge(digit, 6);
        int dt = top + 4 + random.nextInt(Math.max(1, bottom - top - big.length - 8));
        int dl = left + 4 + random.nextInt(Math.max(1, right - left - big.length - 8));
        double[][] grey = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                boolean paper = r >= top && r < bottom && c >= left && c < right;
                double level = paper ? 0.92 - 0.1 * c / w : table + 0.05 * Math.sin(c / 7.0 + r / 11.0);
                double ink = paper ? inside(big, r - dt, c - dl) : 0;
                grey[r][c] = clip(level * (1 - 0.85 * ink) + 0.03 * (random.nextDouble() - 0.5));
            }
        }
        return grey;
    }

    /** Dark ink on white paper, the digit enlarged 6 times at a random place, with grain: grey levels h x w. */
    public static double[][] onPaper(double[] digit, SplittableRandom random, int h, int w) {
        int scale = Math.max(1, Math.min(h, w) * 6 / 200);
        double[][] big = enlarge(digit, scale);
        int top = random.nextInt(Math.max(1, h - big.length + 1));
        int left = random.nextInt(Math.max(1, w - big.length + 1));
        double[][] grey = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double paper = 0.9 - 0.15 * r / h;
                grey[r][c] = clip(paper * (1 - 0.85 * inside(big, r - top, c - left)) + 0.02 * (random.nextDouble() - 0.5));
            }
        }
        return grey;
    }

    /** One to three specks of 1 x 1 to 3 x 3 px at random places on a blank 280 x 280 pad. */
    static double[][] specks(SplittableRandom random) {
        double[][] pad = new double[280][280];
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            int size = 1 + random.nextInt(3);
            int top = random.nextInt(280 - size);
            int left = random.nextInt(280 - size);
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    pad[top + r][left + c] = 0.6 + 0.4 * random.nextDouble();
                }
            }
        }
        return pad;
    }

    /** Blank paper (0.7-0.95) under a shadow darkening one corner by up to 0.3, with grain. */
    static double[][] blankPaper(SplittableRandom random, int h, int w) {
        double paper = 0.7 + 0.25 * random.nextDouble();
        double shadow = 0.3 * random.nextDouble();
        double[][] grey = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                grey[r][c] = clip(paper - shadow * (r / (double) h) * (c / (double) w) + 0.03 * (random.nextDouble() - 0.5));
            }
        }
        return grey;
    }

    /** Grey levels as an 8-bit RGB image. */
    public static BufferedImage toImage(double[][] grey) {
        BufferedImage image = new BufferedImage(grey[0].length, grey.length, BufferedImage.TYPE_3BYTE_BGR);
        for (int r = 0; r < grey.length; r++) {
            for (int c = 0; c < grey[0].length; c++) {
                int v = (int) Math.round(255 * clip(grey[r][c]));
                image.setRGB(c, r, v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    /**
     * {@code upright} stored turned as a phone stores it, as a JPEG whose EXIF Orientation tag
     * ({@code orientation} 3, 6 or 8) tells a viewer how to turn it back: the APP1 segment is built
     * here (a big-endian TIFF header and one IFD entry) and put after the JPEG's APP0.
     */
    public static byte[] jpegWithOrientation(BufferedImage upright, int orientation) {
        // stored = upright turned the other way: 6 (show turned clockwise) is stored counter-clockwise
        int inverse = switch (orientation) {
            case 6 -> 8;
            case 8 -> 6;
            default -> orientation;
        };
        BufferedImage stored = turn(upright, inverse);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(stored, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = jpeg.toByteArray();
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // header: big-endian, first IFD at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, count 1, value
            0, 0, 0, 0}; // no next IFD
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // SOI, then the APP0 (JFIF) segment if there is one, then APP1
        int at = 2;
        if ((plain[2] & 0xff) == 0xff && (plain[3] & 0xff) == 0xe0) {
            at = 4 + ((plain[4] & 0xff) << 8 | plain[5] & 0xff);
        }
        out.write(plain, 0, at);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.write(plain, at, plain.length - at);
        return out.toByteArray();
    }

    /** {@code image} turned as EXIF orientation {@code tag} (3, 6 or 8) asks a viewer to. */
    private static BufferedImage turn(BufferedImage image, int tag) {
        int h = image.getHeight();
        int w = image.getWidth();
        boolean swap = tag == 6 || tag == 8;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        for (int r = 0; r < out.getHeight(); r++) {
            for (int c = 0; c < out.getWidth(); c++) {
                int rgb = switch (tag) {
                    case 3 -> image.getRGB(w - 1 - c, h - 1 - r);
                    case 6 -> image.getRGB(r, h - 1 - c);
                    case 8 -> image.getRGB(w - 1 - r, c);
                    default -> image.getRGB(c, r);
                };
                out.setRGB(c, r, rgb);
            }
        }
        return out;
    }

    /** A 28 x 28 digit enlarged {@code scale} times by bilinear interpolation. */
    static double[][] enlarge(double[] digit, int scale) {
        int side = 28 * scale;
        double[][] big = new double[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double y = (r + 0.5) / scale - 0.5;
                double x = (c + 0.5) / scale - 0.5;
                int r0 = (int) Math.floor(y);
                int c0 = (int) Math.floor(x);
                double fr = y - r0;
                double fc = x - c0;
                big[r][c] = (1 - fr) * ((1 - fc) * at(digit, r0, c0) + fc * at(digit, r0, c0 + 1))
                        + fr * ((1 - fc) * at(digit, r0 + 1, c0) + fc * at(digit, r0 + 1, c0 + 1));
            }
        }
        return big;
    }

    private static double at(double[] digit, int r, int c) {
        return r < 0 || r >= 28 || c < 0 || c >= 28 ? 0 : digit[r * 28 + c];
    }

    private static double inside(double[][] image, int r, int c) {
        return r < 0 || r >= image.length || c < 0 || c >= image[0].length ? 0 : image[r][c];
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
