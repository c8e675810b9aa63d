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
}
