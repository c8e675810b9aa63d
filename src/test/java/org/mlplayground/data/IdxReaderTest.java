package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.nn.Features;


/** The strict IDX reader: every well-formed file reads, every malformed one gets one clear message. */
class IdxReaderTest {

    @TempDir
    Path dir;

    static byte[] idx(int type, int[] shape, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * shape.length + data.length);
        b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) shape.length);
        for (int s : shape) {
            b.putInt(s);
        }
        b.put(data);
        return b.array();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    @Test
    void readsUnsignedBytesRawAndGzipped() throws IOException {
        byte[] pixels = {0, 1, (byte) 200, (byte) 255, 7, 0};
        byte[] raw = idx(0x08, new int[] {2, 1, 3}, pixels);
        for (byte[] file : new byte[][] {raw, gzip(raw)}) {
            IdxArray a = IdxReader.read(new ByteArrayInputStream(file), "t");
            assertArrayEquals(new int[] {2, 1, 3}, a.shape());
            assertEquals(200.0, a.get(2));
            assertEquals(255.0, a.get(3));
        }
    }

    @Test
    void readsWiderBigEndianTypes() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(16).putInt(-5).putInt(70000).putFloat(1.5f).putFloat(-2f);
        IdxArray ints = IdxReader.read(new ByteArrayInputStream(idx(0x0C, new int[] {2}, Arrays.copyOf(data.array(), 8))), "i");
        assertEquals(-5.0, ints.get(0));
        assertEquals(70000.0, ints.get(1));
        IdxArray floats = IdxReader.read(new ByteArrayInputStream(idx(0x0D, new int[] {2},
                Arrays.copyOfRange(data.array(), 8, 16))), "f");
        assertEquals(1.5, floats.get(0));
        byte[] doubles = ByteBuffer.allocate(8).putDouble(Math.PI).array();
        assertEquals(Math.PI, IdxReader.read(new ByteArrayInputStream(idx(0x0E, new int[] {1}, doubles)), "d").get(0));
    }

    @Test
    void malformedFilesAreRefusedWithTheirFault() throws IOException {
        byte[] good = idx(0x08, new int[] {2, 2}, new byte[] {1, 2, 3, 4});
        assertFault(new byte[0], "empty");
        byte[] magic = good.clone();
        magic[0] = 9;
        assertFault(magic, "not an IDX file");
        byte[] type = good.clone();
        type[2] = 0x42;
        assertFault(type, "unknown IDX type byte 0x42");
        assertFault(Arrays.copyOf(good, good.length - 1), "truncated");
        assertFault(Arrays.copyOf(good, good.length + 3), "extra bytes");
        assertFault(idx(0x08, new int[] {-1, 2}, new byte[0]), "negative size");
        assertFault(idx(0x08, new int[] {65536, 65536, 65536}, new byte[0]), "MiB of data (dimension 1 is 65536), the limit");
        assertFault(Arrays.copyOf(gzip(good), 12), "truncated");
        byte[] corrupt = gzip(good);
        corrupt[12] ^= 0x5a;
        corrupt[13] ^= 0x33;
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.read(new ByteArrayInputStream(corrupt), "zipped.gz"));
        assertTrue(e.getMessage().startsWith("zipped.gz"), e.getMessage());
    }

    private static void assertFault(byte[] file, String fault) {
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.read(new ByteArrayInputStream(file), "images.idx"));
        assertTrue(e.getMessage().contains("images.idx") && e.getMessage().contains(fault), e.getMessage());
    }

    @Test
    void randomByteMutationsNeverEscapeAsAnythingButTheClearError() throws IOException {
        byte[] good = gzip(idx(0x08, new int[] {3, 4, 4}, new byte[48]));
        byte[] goodRaw = idx(0x0B, new int[] {5, 3}, new byte[30]);
        SplittableRandom random = new SplittableRandom(2024);
        for (int trial = 0; trial < 3000; trial++) {
            byte[] file = (trial % 2 == 0 ? good : goodRaw).clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                file[random.nextInt(file.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(5) == 0) {
                file = Arrays.copyOf(file, random.nextInt(file.length + 8));
            }
            try {
                IdxArray a = IdxReader.read(new ByteArrayInputStream(file), "mutant");
                assertTrue(a.size() >= 0);
            } catch (DataFileException expected) {
                assertTrue(expected.getMessage().contains("mutant"), expected.getMessage());
            }
        }
    }

    @Test
    void aFileOnDiskIsNamedInItsError() throws IOException {
        Path file = dir.resolve("labels.idx");
        Files.write(file, new byte[] {0, 0, 8});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void theBundledMnistIsComplete() throws IOException {
        Mnist mnist = Mnist.bundled();
        assertEquals(60000, mnist.train().count());
        assertEquals(10000, mnist.test().count());
        assertEquals(28, mnist.train().imageRows());
        int[] perClass = new int[10];
        for (int label : mnist.train().labels()) {
            perClass[label]++;
        }
        // the well-known MNIST training class counts
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, perClass);
        Features x = Features.of(mnist.test().pixelRows());
        assertEquals(784, x.cols());
        double[] first = new double[784];
        x.copyRow(0, first);
        double max = Arrays.stream(first).max().orElse(0);
        assertEquals(1.0, max, 1e-12, "pixels scaled to [0, 1]");
    }

    @Test
    void classNamesComeFromClassesTxtOrTheFashionFolderOrTheNumbers() throws IOException {
        Path fashion = dir.resolve("fashion-mnist");
        Files.createDirectories(fashion);
        writeTinyMnist(fashion);
        assertEquals("Ankle boot", Mnist.fromDirectory(fashion).classNames()[9]);
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        writeTinyMnist(plain);
        assertEquals("9", Mnist.fromDirectory(plain).classNames()[9]);
        Files.writeString(plain.resolve("classes.txt"), "zero\none\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\n");
        assertEquals("nine", Mnist.fromDirectory(plain).classNames()[9]);
        Files.writeString(plain.resolve("classes.txt"), "only\ntwo\n");
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.fromDirectory(plain));
        assertTrue(e.getMessage().contains("names 2 classes"), e.getMessage());
    }

    private static void writeTinyMnist(Path folder) throws IOException {
        byte[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (String part : new String[] {"train", "t10k"}) {
            Files.write(folder.resolve(part + "-images-idx3-ubyte"), idx(0x08, new int[] {10, 2, 2}, new byte[40]));
            Files.write(folder.resolve(part + "-labels-idx1-ubyte"), idx(0x08, new int[] {10}, labels));
        }
    }

    @Test
    void anMnistFolderNeedsAllFourFiles() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), idx(0x08, new int[] {1, 2, 2}, new byte[4]));
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.fromDirectory(dir));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte"), e.getMessage());
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(idx(0x08, new int[] {2}, new byte[2])));
        e = assertThrows(DataFileException.class, () -> Mnist.fromDirectory(dir));
        assertTrue(e.getMessage().contains("2 labels") && e.getMessage().contains("1 images"), e.getMessage());
    }
}
