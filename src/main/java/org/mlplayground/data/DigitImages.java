package org.mlplayground.data;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Image files (PNG, JPEG, GIF, BMP) as ink for {@link DigitPreprocessor}. In order: the size is
 * read from the header and an image over {@link #MAX_PIXELS} is refused before decoding; the EXIF
 * Orientation tag of a phone photo (read with metadata-extractor) is applied first, as image
 * viewers do; the grey levels are averaged down to at most {@link PhotoInk#WORKING_SIDE} pixels a
 * side straight from the decoded pixels; then {@link PhotoInk} finds the paper, the background
 * and the polarity and returns the ink.
 */
public final class DigitImages {

    /** Images with more pixels than this (50 megapixels) are refused before decoding. */
    public static final long MAX_PIXELS = 50_000_000L;

    /**
     * A read image.
     *
     * @param width       the file's width in pixels, as stored
     * @param height      the file's height in pixels, as stored
     * @param orientation the EXIF Orientation applied, 1-8 (1 = none or no tag)
     * @param grey        luminance in [0, 1] after orienting and shrinking (1 = white)
     * @param ink         the ink and what was found on the way
     */
    public record Photo(int width, int height, int orientation, double[][] grey, PhotoInk.Result ink) {
    }

    private DigitImages() {
    }

    /** Reads {@code file} as ink in [0, 1]; see {@link #load}. */
    public static double[][] read(Path file) throws DataFileException {
        return load(file).ink().ink();
    }

    /**
     * Reads {@code file}: measured before decoding, oriented by its EXIF tag, shrunk, turned into ink.
     *
     * @throws DataFileException one sentence naming the file when it is missing, not an image
     *                           this program reads, larger than 50 megapixels, or broken
     */
    public static Photo load(Path file) throws DataFileException {
        UserFiles.requireReadable(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return load(bytes, file.toString());
    }

    /**
     * Reads an image file's bytes ({@code name} is how messages call it): measured before
     * decoding, oriented by its EXIF tag, shrunk, turned into ink.
     *
     * @throws DataFileException one sentence naming the image when it is not an image this
     *                           program reads, larger than 50 megapixels, or broken
     */
    public static Photo load(byte[] bytes, String name) throws DataFileException {
        BufferedImage image;
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataFileException(name + " is not an image this program reads (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new DataFileException(String.format(Locale.ROOT, "%s is %d x %d pixels (%.0f megapixels); "
                            + "images of up to %d megapixels are read", name, width, height, width * (double) height / 1e6,
                            MAX_PIXELS / 1_000_000));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // skip pixels while decoding only when the image is far larger than the working size
                int skip = Math.max(width, height) / (4 * PhotoInk.WORKING_SIDE);
                if (skip > 1) {
                    param.setSourceSubsampling(skip, skip, 0, 0);
                }
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (DataFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DataFileException("Cannot read " + name + " as an image: " + e.getMessage(), e);
        }
        int orientation = orientation(bytes);
        double[][] grey = orient(grey(image, PhotoInk.WORKING_SIDE), orientation);
        return new Photo(width, height, orientation, grey, PhotoInk.of(grey));
    }

    /** A decoded image (no file): oriented by {@code orientation} (1-8), shrunk, turned into ink. */
    public static Photo of(BufferedImage image, int orientation) {
        double[][] grey = orient(grey(image, PhotoInk.WORKING_SIDE), orientation);
        return new Photo(image.getWidth(), image.getHeight(), orientation, grey, PhotoInk.of(grey));
    }

    /** Grey levels to ink, as {@link PhotoInk#of}; kept for callers that only want the ink. */
    public static double[][] ink(double[][] grey) {
        return PhotoInk.of(grey).ink();
    }

    /** The file's EXIF Orientation (1-8), or 1 when it has none or its metadata cannot be read. */
    static int orientation(byte[] file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return o >= 1 && o <= 8 ? o : 1;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return 1; // no readable metadata: the image as stored
        }
    }

    /**
     * {@code image} turned as EXIF Orientation {@code tag} asks (1 as stored, 2 mirrored, 3 turned
     * 180 degrees, 4 flipped, 5 transposed, 6 turned 90 degrees clockwise, 7 transversed, 8 turned
     * 90 degrees counter-clockwise); any other value leaves it as it is.
     */
    public static double[][] orient(double[][] image, int tag) {
        int h = image.length;
        int w = image[0].length;
        boolean swap = tag >= 5 && tag <= 8;
        if (tag < 2 || tag > 8) {
            return image;
        }
        double[][] out = swap ? new double[w][h] : new double[h][w];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[0].length; c++) {
                out[r][c] = switch (tag) {
                    case 2 -> image[r][w - 1 - c];
                    case 3 -> image[h - 1 - r][w - 1 - c];
                    case 4 -> image[h - 1 - r][c];
                    case 5 -> image[c][r];
                    case 6 -> image[h - 1 - c][r];
                    case 7 -> image[h - 1 - c][w - 1 - r];
                    default -> image[c][w - 1 - r]; // 8
                };
            }
        }
        return out;
    }

    /**
     * Luminance in [0, 1] (1 = white), averaged over blocks of k x k pixels so that the longer
     * side is at most {@code maxSide} (k = 1 for small images); transparent pixels count as white
     * paper. Luminance is 0.30 R + 0.59 G + 0.11 B in integers (77, 150, 29 of 256). Interleaved
     * 8-bit images without alpha (what ImageIO decodes JPEG and most PNG to) are read straight
     * from their bytes.
     */
    static double[][] grey(BufferedImage image, int maxSide) {
        int h = image.getHeight();
        int w = image.getWidth();
        int k = Math.max(1, (Math.max(h, w) + maxSide - 1) / maxSide);
        int oh = (h + k - 1) / k;
        int ow = (w + k - 1) / k;
        double[][] out = new double[oh][ow];
        long[] sums = new long[ow];
        BlockReader reader = blockReader(image);
        for (int or = 0; or < oh; or++) {
            java.util.Arrays.fill(sums, 0);
            int rows = Math.min(k, h - or * k);
            for (int r = or * k; r < or * k + rows; r++) {
                reader.add(r, k, sums);
            }
            for (int oc = 0; oc < ow; oc++) {
                out[or][oc] = sums[oc] / (255.0 * 256 * rows * Math.min(k, w - oc * k));
            }
        }
        return out;
    }

    /** Adds one row's luminance (0-255 x 256 per pixel) into sums over blocks of k columns. */
    private interface BlockReader {
        void add(int row, int k, long[] sums);
    }

    private static BlockReader blockReader(BufferedImage image) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && image.getColorModel() instanceof ComponentColorModel cm && !cm.hasAlpha()
                && cm.getColorSpace().isCS_sRGB() == (model.getNumBands() == 3) && model.getNumBands() <= 3
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            byte[] d = buffer.getData();
            int[] offsets = model.getBandOffsets();
            int stride = model.getPixelStride();
            int scan = model.getScanlineStride();
            boolean colour = model.getNumBands() == 3;
            int o0 = offsets[0];
            int o1 = colour ? offsets[1] : 0;
            int o2 = colour ? offsets[2] : 0;
            return (row, k, sums) -> {
                int p = row * scan;
                for (int oc = 0, c = 0; c < w; oc++) {
                    int end = Math.min(w, c + k);
                    long s = 0;
                    if (colour) {
                        for (; c < end; c++, p += stride) {
                            s += 77 * (d[p + o0] & 0xff) + 150 * (d[p + o1] & 0xff) + 29 * (d[p + o2] & 0xff);
                        }
                    } else {
                        for (; c < end; c++, p += stride) {
                            s += (d[p + o0] & 0xff) << 8;
                        }
                    }
                    sums[oc] += s;
                }
            };
        }
        int[] argb = new int[w];
        return (row, k, sums) -> {
            image.getRGB(0, row, w, 1, argb, 0, w);
            for (int c = 0; c < w; c++) {
                int v = argb[c];
                int a = v >>> 24;
                long lum = 77 * (v >> 16 & 0xff) + 150 * (v >> 8 & 0xff) + 29 * (v & 0xff);
                sums[c / k] += (lum * a + 255L * 256 * (255 - a)) / 255;
            }
        };
    }
}
