package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.data.DataFileException;

/** The personal test set's file: digits come back as saved (to a grey level), and a bad line is named. */
class DrawnDigitsTest {

    @TempDir
    Path dir;

    @Test
    void digitsRoundTripToAGreyLevel() throws Exception {
        double[] pixels = new double[784];
        pixels[0] = 1;
        pixels[100] = 0.5;
        pixels[783] = 0.25;
        Path file = dir.resolve("mine.csv");
        DrawnDigits.save(file, List.of(new DrawnDigits.Digit(pixels, 7), new DrawnDigits.Digit(new double[784], 0)));
        List<DrawnDigits.Digit> back = DrawnDigits.load(file);
        assertEquals(2, back.size());
        assertEquals(7, back.get(0).label());
        assertArrayEquals(pixels, back.get(0).pixels(), 0.5 / 255);
        assertTrue(Files.readString(file).startsWith("# MLP Playground"));
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "# comment\n3," + "0,".repeat(783) + "0\n12,1,2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> DrawnDigits.load(file));
        assertEquals(file + " line 3: expected a label and 784 grey levels, got 3 values", e.getMessage());
        Files.writeString(file, "3," + "0,".repeat(783) + "300\n");
        assertTrue(assertThrows(DataFileException.class, () -> DrawnDigits.load(file)).getMessage()
                .contains("line 1: grey level 300 is outside 0-255"));
        Files.writeString(file, "11," + "0,".repeat(783) + "0\n");
        assertTrue(assertThrows(DataFileException.class, () -> DrawnDigits.load(file)).getMessage()
                .contains("line 1: A digit's label is 0-9, got 11"));
    }

    @Test
    void aSecondCopyIsRefusedAndEntriesAreRelabelledAndDeletedOnDisk() throws Exception {
        Path file = dir.resolve("mine.csv");
        double[] a = new double[784];
        a[10] = 0.8;
        double[] b = new double[784];
        b[20] = 1;
        List<DrawnDigits.Digit> kept = DrawnDigits.add(file, List.of(), new DrawnDigits.Digit(a, 3));
        kept = DrawnDigits.add(file, kept, new DrawnDigits.Digit(b, 5));
        assertEquals(2, DrawnDigits.load(file).size());
        // the same drawing again (equal to a grey level), even with another label, is refused and nothing is written
        double[] again = a.clone();
        again[10] += 0.1 / 255;
        List<DrawnDigits.Digit> before = kept;
        IllegalArgumentException copy = assertThrows(IllegalArgumentException.class,
                () -> DrawnDigits.add(file, before, new DrawnDigits.Digit(again, 8)));
        assertEquals("This drawing is already kept (number 1, as a 3).", copy.getMessage());
        assertEquals(2, DrawnDigits.load(file).size());

        kept = DrawnDigits.relabel(file, kept, 1, 6);
        assertEquals(6, kept.get(1).label());
        assertEquals(6, DrawnDigits.load(file).get(1).label());
        kept = DrawnDigits.delete(file, kept, 0);
        List<DrawnDigits.Digit> back = DrawnDigits.load(file);
        assertEquals(1, back.size());
        assertEquals(6, back.get(0).label());
        assertArrayEquals(b, back.get(0).pixels(), 0.5 / 255);
        assertEquals(1, kept.size());
        List<DrawnDigits.Digit> last = kept;
        assertEquals("There is no kept drawing number 2 (there are 1).",
                assertThrows(IllegalArgumentException.class, () -> DrawnDigits.delete(file, last, 1)).getMessage());
        // no temporary files are left beside it
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
