package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;


/** The bench command end to end on a small slice of MNIST, and its handling of bad arguments. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void trainsAndReportsSecondsPerEpochAndAccuracy() {
        assertEquals(0, run("bench", "--epochs", "3", "--train-size", "3000", "--hidden", "32", "--reference"));
        String text = out.toString();
        assertTrue(text.contains("3000 training and 10000 test images"), text);
        assertTrue(text.contains("(the references run the bundled MNIST, all 60,000 images"), text);
        Matcher m = Pattern.compile("784-32-10 relu adam batch 200: median ([0-9.]+) s per epoch over 3 epochs "
                + "\\([0-9.]+ CPU s\\), test accuracy ([0-9.]+)%").matcher(text);
        assertTrue(m.find(), text);
        assertTrue(Double.parseDouble(m.group(1)) > 0);
        double accuracy = Double.parseDouble(m.group(2));
        assertTrue(accuracy > 75 && accuracy < 100, "3,000 digits and 3 epochs reach about 82% (chance is 10%), got " + accuracy);
        assertEquals("", err.toString());
    }

    @Test
    void theToyBenchmarkPrintsTheServiceBesideTheBareLoop() {
        assertEquals(0, run("bench", "--toy", "--seconds", "0.3"));
        String text = out.toString();
        for (String line : new String[] {"without snapshots: +[0-9,]+ epochs/s .* per CPU s of the training thread",
            "with 30 snapshots/s: +[0-9,]+ epochs/s .*on the snapshot thread", "the same, grids at 43x43: +[0-9,]+ epochs/s",
            "reference, the bare EpochLoop.step on one thread: +[0-9,]+ epochs/s"}) {
            assertTrue(Pattern.compile(line).matcher(text).find(), line + " in\n" + text);
        }
        assertEquals("", err.toString());
    }

    @Test
    void theDigitsBenchmarkReportsEvaluationAndDrawingTimesOfTheShippedModel() {
        assertEquals(0, run("bench", "--digits"));
        String text = out.toString();
        Matcher m = Pattern.compile("evaluate 10,000 test digits .*: median ([0-9]+) ms \\(first run ([0-9]+) ms; accuracy 98.01%\\)").matcher(text);
        assertTrue(m.find(), text);
        Matcher d = Pattern.compile("a 280x280 drawing to probabilities .*: median ([0-9.]+) ms").matcher(text);
        assertTrue(d.find(), text);
        System.out.println("bench --digits: " + text.strip().replace("\n", " / "));
    }

    @Test
    void theRobustnessBenchmarkPrintsEachKindAndThePhotoTime() {
        assertEquals(0, run("bench", "--robustness", "--count", "5"));
        String text = out.toString();
        for (String kind : new String[] {"thin 1-2 px strokes", "light ink on a dark gradient", "dark frame around paper",
            "EXIF orientation 3, 6, 8"}) {
            assertTrue(Pattern.compile(Pattern.quote(kind) + " +[0-9.]+% +[0-9.]+% +[0-9.]+% +[0-9.]+%").matcher(text).find(), text);
        }
        assertTrue(Pattern.compile("specks on a blank pad +- +- +- +100.0%").matcher(text).find(), text);
        assertTrue(Pattern.compile("a 4000x3000 photo .*: median [0-9]+ ms of CPU time").matcher(text).find(), text);
        assertTrue(!text.contains("no digit found!"), text);
        assertEquals(1, run("bench", "--robustness", "--count", "0"));
        assertTrue(err.toString().contains("--count must be at least 1, got 0"), err.toString());
    }

    @Test
    void badArgumentsEndWithOneLineAndANonZeroExit() {
        assertEquals(2, run("bench", "--epochs", "many"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: Invalid value for option '--epochs'"), err.toString());
    }

    @Test
    void aMissingDatasetFolderIsNamed() {
        assertEquals(1, run("bench", "--data", "/no/such/folder"));
        assertEquals("error: /no/such/folder does not exist (expected a folder holding the four MNIST-layout IDX files)",
                err.toString().strip());
    }

    @Test
    void zeroEpochsAreRefused() {
        assertEquals(1, run("bench", "--epochs", "0"));
        assertTrue(err.toString().contains("--epochs"), err.toString());
    }
}
