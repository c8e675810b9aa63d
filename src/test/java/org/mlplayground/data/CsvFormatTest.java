package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delimiters, decimal marks, label spellings, several targets, chosen features and files without
 * a header; the classes expected are those pandas 1.5 reads ({@code golden/make_csv_labels_golden.py}).
 */
class CsvFormatTest {

    @TempDir
    Path dir;

    private static CsvTable parse(String text, CsvOptions o) throws DataFileException {
        return CsvReader.parse(text, "q.csv", o);
    }

    @Test
    void semicolonTabAndDecimalCommaFilesAreDetected() throws Exception {
        CsvTable semi = parse("a;b;y\n1,5;2;x\n-0,25;3,0;z\n", CsvOptions.of(null, true));
        assertArrayEquals(new double[] {1.5, 2, -0.25, 3.0}, semi.features().data, 0.0);
        assertArrayEquals(new String[] {"x", "z"}, semi.classNames());
        CsvTable tab = parse("a\tb\ty\n1.5\t2\tx\n-0.25\t3.0\tz\n", CsvOptions.of(null, true));
        assertArrayEquals(new double[] {1.5, 2, -0.25, 3.0}, tab.features().data, 0.0);
        CsvTable pipe = parse("a|y\n1|x\n2|z\n", CsvOptions.of(null, true));
        assertEquals(2, pipe.rows());
        CsvTable comma = parse("a,b,y\n1.5,2,\"x;y\"\n3,4,z\n", CsvOptions.of(null, true));
        assertArrayEquals(new String[] {"x;y", "z"}, comma.classNames(), "a semicolon inside a comma file is text");
    }

    @Test
    void withADecimalCommaTheLabels1And1Comma0AreOneClass() throws Exception {
        CsvTable t = parse("a;y\n0,5;1,0\n1,5;1\n2,5;2\n3,5;2,0\n", CsvOptions.of(null, true).withFormat(';', ',', true));
        assertArrayEquals(new String[] {"1", "2"}, t.classNames(), "as pandas reads them with decimal=','");
        assertArrayEquals(new int[] {0, 0, 1, 1}, t.labels());
    }

    @Test
    void theDelimiterAndDecimalMarkMayBeGiven() throws Exception {
        CsvOptions o = CsvOptions.of(null, false).withFormat(';', ',', true);
        CsvTable t = parse("a;y\n1,5;2,5\n", o);
        assertEquals(1.5, t.features().get(0, 0));
        assertEquals(2.5, t.targets()[0]);
        assertEquals(';', CsvOptions.parseDelimiter("semicolon"));
        assertEquals('\t', CsvOptions.parseDelimiter("tab"));
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.parseDelimiter("ab"));
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.of(null, true).withFormat(',', ',', true));
    }

    @Test
    void aFileReadAsOneColumnSaysWhichDelimiterItProbablyUses() {
        // inconsistent semicolons defeat detection; the message points at them
        DataFileException e = assertThrows(DataFileException.class,
                () -> parse("a;b;y\n1;2;x\n3;4\n", CsvOptions.of(null, true).withFormat(',', null, true)));
        assertTrue(e.getMessage().contains("has 1 column") && e.getMessage().contains("--delimiter ;"), e.getMessage());
        DataFileException number = assertThrows(DataFileException.class,
                () -> parse("a,y\n1,5\n\"1,5\",2\n", CsvOptions.of(null, false)));
        assertTrue(number.getMessage().contains("see --decimal"), number.getMessage());
    }

    @Test
    void numericLabelsAreComparedAsNumbersAndBooleansAsPandasReadsThem() throws Exception {
        assertArrayEquals(new String[] {"0", "1"}, labels("1", "1.0", "0", "0.0"));
        assertArrayEquals(new String[] {"False", "True"}, labels("True", "false", "TRUE"));
        assertArrayEquals(new String[] {"False", "True"}, labels("true", "False"));
        assertArrayEquals(new String[] {"no", "yes"}, labels("yes", "no"));
        assertArrayEquals(new String[] {"1", "True"}, labels("True", "1"));
        assertArrayEquals(new String[] {"2", "10"}, labels("2", "10", "1e1"));
        CsvTable t = parse("a,y\n0,1\n1,1.0\n2,0\n", CsvOptions.of(null, true));
        assertArrayEquals(new int[] {1, 1, 0}, t.labels());
    }

    private static String[] labels(String... values) throws DataFileException {
        StringBuilder s = new StringBuilder("x,y\n");
        for (int i = 0; i < values.length; i++) {
            s.append(i).append(',').append(values[i]).append('\n');
        }
        return parse(s.toString(), CsvOptions.of(null, true)).classNames();
    }

    @Test
    void severalTargetsAndChosenFeaturesNeverMixTargetsIntoInputs() throws Exception {
        String csv = "x1,x2,y1,y2,id\n1,2,3,4,9\n5,6,7,8,9\n";
        CsvTable t = parse(csv, CsvOptions.of(null, false).withColumns(List.of("y1", "y2"), List.of("x1", "x2")));
        assertArrayEquals(new String[] {"x1", "x2"}, t.featureNames());
        assertArrayEquals(new String[] {"y1", "y2"}, t.targetNames());
        assertArrayEquals(new double[] {3, 4, 7, 8}, t.targetMatrix().data, 0.0);
        CsvTable rest = parse(csv, CsvOptions.of(null, false).withColumns(List.of("y1", "4"), List.of()));
        assertArrayEquals(new String[] {"x1", "x2", "id"}, rest.featureNames(), "no target among the inputs");
        DataFileException both = assertThrows(DataFileException.class,
                () -> parse(csv, CsvOptions.of(null, false).withColumns(List.of("y1"), List.of("x1", "y1"))));
        assertTrue(both.getMessage().contains("a target cannot be an input"), both.getMessage());
        DataFileException unknown = assertThrows(DataFileException.class,
                () -> parse(csv, CsvOptions.of(null, false).withColumns(List.of("y1"), List.of("x3", "x4"))));
        assertTrue(unknown.getMessage().contains("no column 'x3', 'x4'"), unknown.getMessage());
        DataFileException classes = assertThrows(DataFileException.class,
                () -> parse(csv, CsvOptions.of(null, true).withColumns(List.of("y1", "y2"), List.of())));
        assertTrue(classes.getMessage().contains("classification takes one"), classes.getMessage());
    }

    @Test
    void aRowOfNumbersIsNeverTakenForAHeader() throws Exception {
        DataFileException e = assertThrows(DataFileException.class, () -> parse("1,2,0\n3,4,1\n", CsvOptions.of(null, true)));
        assertTrue(e.getMessage().contains("--no-header"), e.getMessage());
        CsvTable t = parse("1,2,0\n3,4,1\n5,6,0\n", CsvOptions.of(null, true).withFormat(null, null, false));
        assertEquals(3, t.rows(), "every row is data");
        assertArrayEquals(new String[] {"1", "2"}, t.featureNames());
    }

    @Test
    void longInputIsCutAndLocatedInMessages() {
        String huge = "v".repeat(100_000);
        DataFileException e = assertThrows(DataFileException.class, () -> parse("a,y\n" + huge + ",1\n", CsvOptions.of(null, true)));
        assertTrue(e.getMessage().length() < 200, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("100000 characters"), e.getMessage());
        DataFileException col = assertThrows(DataFileException.class,
                () -> parse(huge + ",y\n1,1\n", CsvOptions.of(huge + "w", true)));
        assertTrue(col.getMessage().length() < 300, col.getMessage().length() + " characters");
    }

    @Test
    void missingNotAFileAndUnreadableAreToldApart() throws Exception {
        DataFileException missing = assertThrows(DataFileException.class, () -> CsvReader.read(dir.resolve("no.csv"), null, true));
        assertEquals(dir.resolve("no.csv") + " does not exist", missing.getMessage());
        DataFileException folder = assertThrows(DataFileException.class, () -> CsvReader.read(dir, null, true));
        assertTrue(folder.getMessage().endsWith("is not a file (it is a folder)"), folder.getMessage());
        Path locked = Files.writeString(dir.resolve("locked.csv"), "a,b\n1,2\n");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) { // not as root
            DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(locked, null, true));
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        }
    }
}
