package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and values from the input checked before anything is allocated, with documented limits. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aHugeImageIsMeasuredBeforeItIsDecoded() throws IOException {
        Path png = dir.resolve("huge.png");
        Files.write(png, pngHeader(30_000, 30_000));
        DataFileException e = assertThrows(DataFileException.class, () -> DigitImages.read(png));
        assertEquals(png + " is 30000 x 30000 pixels (900 megapixels); images of up to 50 megapixels are read", e.getMessage());
    }

    @Test
    void idxLabelsOutOfRangeAndImpossibleImagesAreRefused() throws IOException {
        IdxArray images = IdxReader.read(new ByteArrayInputStream(idx(0x08, new int[] {2, 2, 2}, new byte[8])), "img");
        for (byte[] label : new byte[][] {{-1, 0}}) {
            IdxArray labels = IdxReader.read(new ByteArrayInputStream(idx(0x09, new int[] {2}, label)), "lab");
            DataFileException e = assertThrows(DataFileException.class, () -> LabeledImages.of(images, labels, "img", "lab"));
            assertEquals("lab: label 1 is -1; labels are whole numbers from 0 to 999", e.getMessage());
        }
        byte[] big = {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 1};
        IdxArray ints = IdxReader.read(new ByteArrayInputStream(idx(0x0C, new int[] {2}, big)), "lab");
        assertThrows(DataFileException.class, () -> LabeledImages.of(images, ints, "img", "lab"));
        IdxArray empty = IdxReader.read(new ByteArrayInputStream(idx(0x08, new int[] {0, 65536, 65536}, new byte[0])), "img");
        IdxArray none = IdxReader.read(new ByteArrayInputStream(idx(0x08, new int[] {0}, new byte[0])), "lab");
        assertTrue(assertThrows(DataFileException.class, () -> LabeledImages.of(empty, none, "img", "lab")).getMessage()
                .contains("holds no images"));
    }

    @Test
    void generatedDatasetsHaveALimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generators.CIRCLE.generate(Integer.MAX_VALUE, 0, 0));
        assertEquals("A dataset has 2 to 1000000 points, got 2147483647", e.getMessage());
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading() throws IOException {
        Path f = Files.writeString(dir.resolve("f.csv"), "a,b\n1,2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> UserFiles.readAll(f, 4));
        assertEquals(f + " is 8 bytes; the limit is 4 bytes", e.getMessage());
    }

    private static byte[] pngHeader(int w, int h) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        o.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.writeBytes("IHDR");
        c.writeInt(w);
        c.writeInt(h);
        c.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter, no interlace
        byte[] body = chunk.toByteArray();
        o.writeInt(body.length - 4);
        o.write(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        o.writeInt((int) crc.getValue());
        return b.toByteArray();
    }

    private static byte[] idx(int type, int[] shape, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        o.writeShort(0);
        o.writeByte(type);
        o.writeByte(shape.length);
        for (int s : shape) {
            o.writeInt(s);
        }
        o.write(data);
        return b.toByteArray();
    }
}
