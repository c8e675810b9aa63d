package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import: good tables load, every fault is one message with file, line and column. */
class CsvReaderTest {

    @TempDir
    Path dir;

    private static final String IRIS = "sepal length,sepal width,species\n"
            + "5.1,3.5,setosa\n"
            + "7.0,3.2,versicolor\r\n"
            + "\n"
            + " 6.3 , 3.3 , \"virginica\"\n"
            + "4.9,3.0,setosa\n";

    @Test
    void readsFeaturesAndStringClassLabels() throws Exception {
        CsvTable t = CsvReader.parse(IRIS, "iris.csv", "species", true);
        assertEquals(4, t.rows());
        assertArrayEquals(new String[] {"sepal length", "sepal width"}, t.featureNames());
        assertArrayEquals(new String[] {"setosa", "versicolor", "virginica"}, t.classNames());
        assertArrayEquals(new int[] {0, 1, 2, 0}, t.labels());
        assertEquals(6.3, t.features().get(2, 0));
        assertEquals(3.0, t.features().get(3, 1));
    }

    @Test
    void theTargetMayBeAnyColumnByNameOrNumberAndNumericLabelsSortNumerically() throws Exception {
        String csv = "label,a,b\n10,1,2\n2,3,4\n10,5,6\n";
        CsvTable t = CsvReader.parse(csv, "t.csv", "1", true);
        assertArrayEquals(new String[] {"2", "10"}, t.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, t.labels());
        assertArrayEquals(new String[] {"a", "b"}, t.featureNames());
        CsvTable r = CsvReader.parse(csv, "t.csv", "b", false);
        assertArrayEquals(new double[] {2, 4, 6}, r.targets(), 0.0);
        assertArrayEquals(new String[] {"label", "a"}, r.featureNames());
        assertEquals("b", CsvReader.parse(csv, "t.csv", null, false).targetName(), "the last column by default");
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws Exception {
        CsvTable t = CsvReader.parse("x,\"the \"\"kind\"\", of thing\"\n1,\"a, b\"\n2,c\n", "q.csv", null, true);
        assertEquals("the \"kind\", of thing", t.targetName());
        assertArrayEquals(new String[] {"a, b", "c"}, t.classNames());
    }

    @Test
    void everyFaultIsNamedWithFileLineAndColumn() {
        assertFault("", "q.csv is empty");
        assertFault("a,b\n", "q.csv has a header but no data rows");
        assertFault("a,b\n1,2\n3\n", "q.csv line 3 has 1 values but the header has 2 columns");
        assertFault("a,b\n1,2\n,0\n", "q.csv line 3, column 'a': the value is missing");
        assertFault("a,b\n1,2\n1.5.2,0\n", "q.csv line 3, column 'a': '1.5.2' is not a number");
        assertFault("a,b\n1,2\nNaN,0\n", "q.csv line 3, column 'a': 'NaN' is not a finite number");
        assertFault("a,b,c\n1,2,x\n", "q.csv has no column 'y' (columns: a, b, c)", "y");
        assertFault("a,a,c\n1,2,x\n", "q.csv line 1: the column name 'a' appears twice");
        assertFault("a,b\n1,\"x\n", "q.csv line 2: a quote is never closed");
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.parse("a,b\n1,2\n3,\n", "q.csv", "b", false));
        assertEquals("q.csv line 3, column 'b': the value is missing", e.getMessage());
    }

    @Test
    void aFileOnDiskIsReadAndNonUtf8IsRefused() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, IRIS);
        assertEquals(4, CsvReader.read(good, "species", true).rows());
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {'a', ',', 'b', '\n', (byte) 0xff, (byte) 0xfe, ',', '1', '\n'});
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(bad, null, true));
        assertEquals(bad + " is not UTF-8 text", e.getMessage());
        DataFileException missing = assertThrows(DataFileException.class,
                () -> CsvReader.read(dir.resolve("nope.csv"), null, true));
        assertTrue(missing.getMessage().contains("nope.csv"), missing.getMessage());
    }

    @Test
    void randomByteMutationsNeverEscapeAsAnythingButTheClearError() throws Exception {
        byte[] good = IRIS.getBytes(StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(77);
        Path file = dir.resolve("mutant.csv");
        int loaded = 0;
        for (int trial = 0; trial < 2000; trial++) {
            byte[] bytes = good.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                String specials = ",\"\n\r.-e0x ";
                bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? random.nextInt(256)
                        : specials.charAt(random.nextInt(specials.length())));
            }
            if (random.nextInt(5) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            Files.write(file, bytes);
            try {
                CsvTable t = CsvReader.read(file, null, random.nextBoolean());
                assertTrue(t.rows() > 0);
                loaded++;
            } catch (DataFileException expected) {
                assertTrue(expected.getMessage().contains("mutant.csv"), expected.getMessage());
            }
        }
        assertTrue(loaded > 0, "some mutants are still valid tables");
    }

    private static void assertFault(String csv, String message) {
        assertFault(csv, message, null);
    }

    private static void assertFault(String csv, String message, String target) {
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.parse(csv, "q.csv", target, true));
        assertTrue(e.getMessage().startsWith(message), "got: " + e.getMessage());
    }
}
