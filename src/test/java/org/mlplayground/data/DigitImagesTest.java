package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Image files: measured before decoding, turned by EXIF, averaged down, and their paper found. */
public class DigitImagesTest {

    /** The bytes of a PNG that has only a signature and a header claiming {@code width} x {@code height}. */
    public static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void anImageOverFiftyMegapixelsIsRefusedFromItsHeaderAndNonImagesAreNamed() {
        DataFileException huge = assertThrows(DataFileException.class,
                () -> DigitImages.load(pngHeader(10000, 6000), "huge.png"));
        assertEquals("huge.png is 10000 x 6000 pixels (60 megapixels); images of up to 50 megapixels are read",
                huge.getMessage());
        DataFileException text = assertThrows(DataFileException.class,
                () -> DigitImages.load("not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.txt"));
        assertEquals("notes.txt is not an image this program reads (PNG, JPEG, GIF or BMP)", text.getMessage());
    }

    @Test
    void everyExifOrientationIsUndoneByItsInverse() {
        double[][] image = {{1, 2, 3}, {4, 5, 6}};
        assertArrayEquals(new double[][] {{4, 1}, {5, 2}, {6, 3}}, DigitImages.orient(image, 6), "6: clockwise");
        assertArrayEquals(new double[][] {{3, 6}, {2, 5}, {1, 4}}, DigitImages.orient(image, 8), "8: counter-clockwise");
        assertArrayEquals(new double[][] {{6, 5, 4}, {3, 2, 1}}, DigitImages.orient(image, 3));
        int[] inverse = {0, 1, 2, 3, 4, 5, 8, 7, 6};
        for (int tag = 1; tag <= 8; tag++) {
            assertArrayEquals(image, DigitImages.orient(DigitImages.orient(image, tag), inverse[tag]), "tag " + tag);
        }
    }

    @Test
    void greyLevelsStraightFromTheBytesEqualThoseThroughTheColourModel() {
        SplittableRandom random = new SplittableRandom(4);
        BufferedImage bytes = new BufferedImage(37, 23, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage ints = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < 23; r++) {
            for (int c = 0; c < 37; c++) {
                int rgb = random.nextInt(1 << 24);
                bytes.setRGB(c, r, rgb);
                ints.setRGB(c, r, rgb);
            }
        }
        for (int side : new int[] {100, 10, 4}) {
            double[][] a = DigitImages.grey(bytes, side);
            double[][] b = DigitImages.grey(ints, side);
            int k = (37 + side - 1) / side;
            assertEquals((37 + k - 1) / k, a[0].length, "blocks of k x k, the last ones partial");
            assertEquals((23 + k - 1) / k, a.length);
            for (int r = 0; r < a.length; r++) {
                assertArrayEquals(b[r], a[r], 1e-12);
            }
        }
        double[][] full = DigitImages.grey(ints, 100);
        int rgb = ints.getRGB(5, 7);
        double lum = (77 * (rgb >> 16 & 0xff) + 150 * (rgb >> 8 & 0xff) + 29 * (rgb & 0xff)) / (255.0 * 256);
        assertEquals(lum, full[7][5], 1e-12);
    }

    @Test
    void aDarkFrameIsPaintedOverButLightInkOnDarkIsNoFrame() throws Exception {
        double[] digit = Mnist.bundled().test().image(0);
        PhotoInk.Result framed = PhotoInk.of(HardDigits.framed(digit, new SplittableRandom(1)));
        assertTrue(framed.frame());
        assertTrue(!framed.lightInk());
        double[][] ink = framed.ink();
        assertEquals(0, ink[2][2], 1e-12, "the table is no ink");
        PhotoInk.Result chalk = PhotoInk.of(HardDigits.gradient(digit, new SplittableRandom(2)));
        assertTrue(!chalk.frame(), "a dark background around light ink is no frame");
        assertTrue(chalk.lightInk());
    }
}
