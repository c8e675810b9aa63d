package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The data people bring, on the command line: columns matched by name, files without a header,
 * semicolon files, several targets, classes matched by name, divergence, hostile sizes.
 */
class DataCommandsTest extends CliTest {

    @TempDir
    Path dir;
    private Path model;

    @BeforeEach
    void trainOnAFileWithAHeader() throws IOException {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            double a = r.nextDouble(-1, 1);
            double b = r.nextDouble(-1, 1);
            csv.append(a).append(',').append(b).append(',').append(a > b ? "up" : "down").append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), csv);
        model = dir.resolve("m.json");
        assertEquals(0, run("train", "--dataset", "csv:" + dir.resolve("train.csv"), "--epochs", "30", "--quiet",
                "--save", model.toString()), err.toString());
    }

    @Test
    void predictMatchesColumnsByNameAndRefusesWhatItCannotMatch() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "x1,x2\n0.5,-0.5\n-0.5,0.5\n0.9,0.1\n");
        Files.writeString(dir.resolve("b.csv"), "x2,x1\n-0.5,0.5\n0.5,-0.5\n0.1,0.9\n");
        assertEquals(0, run("predict", "--model", model.toString(), "--input", dir.resolve("a.csv").toString()));
        String inOrder = out.toString();
        assertEquals(4, inOrder.lines().count(), "a header and three predictions");
        assertEquals(0, run("predict", "--model", model.toString(), "--input", dir.resolve("b.csv").toString()));
        assertEquals(inOrder, out.toString(), "a permutation of the columns is put back in order");

        Files.writeString(dir.resolve("c.csv"), "a,b\n0.5,-0.5\n");
        assertEquals(1, run("predict", "--model", model.toString(), "--input", dir.resolve("c.csv").toString()));
        assertTrue(err.toString().contains("missing x1, x2; unknown a, b"), err.toString());

        Files.writeString(dir.resolve("s.csv"), "x1;x2\n0.5;-0.5\n0.9\n");
        assertEquals(1, run("predict", "--model", model.toString(), "--input", dir.resolve("s.csv").toString()));
        assertTrue(err.toString().contains("separated by ';'"), err.toString());

        Files.writeString(dir.resolve("d.csv"), "0.5,-0.5\n-0.5,0.5\n0.9,0.1\n");
        assertEquals(1, run("predict", "--model", model.toString(), "--input", dir.resolve("d.csv").toString()));
        assertTrue(err.toString().contains("--no-header"), err.toString());
        assertEquals(0, run("predict", "--model", model.toString(), "--input", dir.resolve("d.csv").toString(), "--no-header"));
        assertEquals(inOrder, out.toString(), "three rows in, three predictions out");
    }

    @Test
    void evaluateMatchesColumnsAndClassesByName() throws IOException {
        Files.writeString(dir.resolve("e.csv"), "label;x2;x1\nup;-0,5;0,5\ndown;0,5;-0,5\nup;0,1;0,9\ndown;0,8;0,2\n");
        assertEquals(0, run("evaluate", "--model", model.toString(), "--dataset", "csv:" + dir.resolve("e.csv"),
                "--target", "label", "--test-fraction", "0.5"), err.toString());
        assertTrue(out.toString().contains("accuracy"), out.toString());
        Files.writeString(dir.resolve("f.csv"), "x1,x2,label\n0.5,-0.5,up\n-0.5,0.5,sideways\n0.9,0.1,up\n0.1,0.9,down\n");
        assertEquals(1, run("evaluate", "--model", model.toString(), "--dataset", "csv:" + dir.resolve("f.csv"),
                "--test-fraction", "0.5"));
        assertTrue(err.toString().contains("classes the model does not know: sideways"), err.toString());
    }

    @Test
    void aPlaneModelIsEvaluatedOnACsvOfPointsByName() throws IOException {
        Path plane = dir.resolve("xor.json");
        assertEquals(0, run("train", "--dataset", "xor", "--features", "x1,x2,x1*x2", "--epochs", "5", "--quiet", "--save",
                plane.toString()), err.toString());
        Files.writeString(dir.resolve("p.csv"), "label,x2,x1\n1,2,2\n0,-2,2\n1,-3,-1\n0,3,-2\n");
        assertEquals(0, run("evaluate", "--model", plane.toString(), "--dataset", "csv:" + dir.resolve("p.csv"),
                "--target", "label", "--test-fraction", "0.5"), err.toString());
        assertTrue(out.toString().contains("accuracy"), out.toString());
    }

    @Test
    void severalTargetsTrainOneMultiOutputRegressorAndOneTestRowHasNoR2() throws IOException {
        Files.writeString(dir.resolve("r.csv"), "x1,x2,y1,y2\n1,2,3,4\n2,1,3,5\n3,0.5,2,1\n0.2,1.1,0.5,2\n");
        assertEquals(0, run("train", "--dataset", "csv:" + dir.resolve("r.csv"), "--regression", "--target", "y1,y2",
                "--epochs", "5", "--quiet"), err.toString());
        assertTrue(out.toString().contains("-2 relu") && out.toString().contains("R^2 undefined (nan)"), out.toString());
        assertEquals(1, run("train", "--dataset", "csv:" + dir.resolve("r.csv"), "--regression", "--target", "y1",
                "--early-stopping", "--quiet"));
        assertTrue(err.toString().startsWith("error: --early-stopping: Early stopping needs at least 2 validation rows"),
                err.toString());
    }

    @Test
    void delimiterDecimalHeaderAndFeatureOptionsReachTheReader() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "1,5|2|9|a\n2,5|1|9|b\n3,1|0,5|9|a\n0,2|1,1|9|b\n1,1|2,2|9|a\n2,2|3,3|9|b\n");
        assertEquals(0, run("train", "--dataset", "csv:" + dir.resolve("t.txt"), "--delimiter", "pipe", "--decimal", ",",
                "--no-header", "--features", "1,2", "--target", "4", "--epochs", "3", "--quiet", "--json"), err.toString());
        assertTrue(out.toString().contains("\"network\":\"2-100-1"), out.toString());
        assertEquals(1, run("train", "--dataset", "xor", "--delimiter", ";"));
        assertTrue(err.toString().contains("are for csv: datasets"), err.toString());
    }

    @Test
    void aSingleClassFileNamesTheLabelAndTheColumn() throws IOException {
        Files.writeString(dir.resolve("one.csv"), "x,kind\n1,cat\n2,cat\n3,cat\n4,cat\n");
        assertEquals(1, run("train", "--dataset", "csv:" + dir.resolve("one.csv"), "--quiet"));
        assertTrue(err.toString().contains("the target column 'kind' holds a single class, 'cat'"), err.toString());
    }

    @Test
    void divergenceExitsNonZeroAndSavesNothing() {
        Path bad = dir.resolve("bad.json");
        assertEquals(1, run("train", "--dataset", "csv:" + dir.resolve("train.csv"), "--solver", "sgd", "--learning-rate",
                "1e9", "--epochs", "30", "--quiet", "--save", bad.toString()));
        assertTrue(err.toString().startsWith("error: training diverged") && err.toString().contains("Lower --learning-rate"),
                err.toString());
        assertFalse(Files.exists(bad));
    }

    @Test
    void adamAtAHugeLearningRateSittingAtChanceIsWarnedAbout() {
        assertEquals(0, run("train", "--dataset", "spiral", "--points", "300", "--learning-rate", "1e3", "--epochs", "20",
                "--quiet"));
        assertTrue(err.toString().startsWith("warning: the training accuracy") && err.toString().contains("1000"),
                err.toString());
    }

    @Test
    void hostileSizesEndInOneLine() throws IOException {
        assertEquals(1, run("train", "--dataset", "xor", "--hidden", "100000000", "--quiet"));
        assertTrue(err.toString().startsWith("error: --hidden must be at most 100 layer widths from 1 to 10000"), err.toString());
        assertEquals(1, run("train", "--dataset", "xor", "--hidden", "100000,100000", "--quiet"));
        assertTrue(err.toString().startsWith("error: --hidden must be"), err.toString());
        Path idx = Files.createDirectories(dir.resolve("idx"));
        for (String set : new String[] {"train", "t10k"}) {
            Files.write(idx.resolve(set + "-images-idx3-ubyte"), idxFile(0x08, new int[] {1, 2, 2}, new byte[4]));
            ByteArrayOutputStream label = new ByteArrayOutputStream();
            new DataOutputStream(label).writeInt(2_000_000_000);
            Files.write(idx.resolve(set + "-labels-idx1-ubyte"), idxFile(0x0C, new int[] {1}, label.toByteArray()));
        }
        assertEquals(1, run("train", "--dataset", "idx:" + idx, "--quiet"));
        assertTrue(err.toString().contains("label 1 is 2000000000; labels are whole numbers from 0 to 999"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void messagesListEveryDatasetKindAndCutLongInput() {
        assertEquals(1, run("train", "--dataset", "w".repeat(100_000), "--quiet"));
        String e = err.toString().strip();
        assertTrue(e.length() < 400 && e.contains("100000 characters") && e.contains("mnist, idx:DIR (an MNIST-layout folder)"
                + " or csv:FILE"), e);
        assertEquals(1, run("evaluate", "--model", dir.resolve("nothing.json").toString(), "--dataset", "xor"));
        assertEquals("error: " + dir.resolve("nothing.json") + " does not exist", err.toString().strip());
        assertEquals(1, run("evaluate", "--model", dir.toString(), "--dataset", "xor"));
        assertEquals("error: " + dir + " is not a file (it is a folder)", err.toString().strip());
    }

    @Test
    void compareRanksRegressorsByR2() {
        assertEquals(0, run("compare", "--dataset", "gauss-reg", "--points", "200", "--hidden", "8", "--epochs", "5"),
                err.toString());
        assertTrue(out.toString().contains("best R^2 first") && out.toString().contains("linear regression"), out.toString());
    }

    private static byte[] idxFile(int type, int[] shape, byte[] data) throws IOException {
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

    @Test
    void whatAFreshTesterFoundIsOneLineNamingTheOption() throws Exception {
        Path model = dir.resolve("moons.json");
        assertEquals(0, run("train", "--dataset", "moons", "--points", "80", "--hidden", "3", "--epochs", "5", "--quiet",
                "--save", model.toString()));
        assertEquals(1, run("evaluate", "--model", model.toString(), "--dataset", "moons", "--test-fraction", "0"));
        assertTrue(err.toString().startsWith("error: --test-fraction 0 leaves no rows to evaluate"), err.toString());
        assertEquals(1, run("train", "--dataset", "moons", "--scaler", "foo", "--quiet"));
        assertTrue(err.toString().startsWith("error: --scaler: "), err.toString());
        assertEquals(1, run("train", "--dataset", "moons", "--features", "x3", "--quiet"));
        assertTrue(err.toString().startsWith("error: --features: "), err.toString());
        assertEquals(1, run("sweep", "--dataset", "moons", "--holdout", "0.2", "--cv", "3", "--quiet"));
        assertTrue(err.toString().startsWith("error: --holdout and --cv contradict each other"), err.toString());
        // one unreadable image among several: its own error line, the others still classified
        Path notImage = Files.writeString(dir.resolve("not.png"), "words");
        java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(60, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        Path blank = dir.resolve("blank.png");
        javax.imageio.ImageIO.write(white, "png", blank.toFile());
        assertEquals(1, run("classify", "--image", notImage.toString(), blank.toString()));
        assertTrue(err.toString().startsWith("error: " + notImage), err.toString());
        assertTrue(out.toString().startsWith(blank + ": "), "the blank page is still read: " + out);
    }
}
