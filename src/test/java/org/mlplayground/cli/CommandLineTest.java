package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** train, evaluate and predict end to end, and their one-line errors. */
class CommandLineTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void theSpiralIsLearnedWithTheDefaults() throws Exception {
        JsonNode r = json("train", "--dataset", "spiral", "--json");
        assertTrue(r.get("test_accuracy").asDouble() >= 0.95, r.toString());
        for (String field : new String[] {"dataset", "epochs", "seconds_per_epoch", "train_loss", "test_loss",
            "precision_macro", "recall_macro", "f1_macro", "confusion_matrix"}) {
            assertTrue(r.has(field), "JSON has " + field + ": " + r);
        }
        assertEquals(2, r.get("confusion_matrix").size());
    }

    @Test
    void mnistWith128HiddenUnitsReaches975PercentIn10Epochs() throws Exception {
        JsonNode r = json("train", "--dataset", "mnist", "--hidden", "128", "--epochs", "10", "--json");
        System.out.println("train --dataset mnist --hidden 128 --epochs 10: test accuracy "
                + r.get("test_accuracy").asDouble() + ", " + r.get("seconds_per_epoch").asDouble() + " s per epoch");
        assertTrue(r.get("test_accuracy").asDouble() >= 0.975, r.toString());
        assertEquals(10, r.get("confusion_matrix").size());
    }

    @Test
    void aSavedModelIsEvaluatedAndPredictsFromCsv() throws Exception {
        Path model = dir.resolve("moons.json");
        assertEquals(0, run("train", "--dataset", "moons", "--noise", "0.1", "--features", "x1,x2,x1*x2",
                "--scaler", "standardize", "--save", model.toString()), err.toString());
        assertTrue(out.toString().contains("saved to " + model), out.toString());
        JsonNode e = json("evaluate", "--model", model.toString(), "--dataset", "moons", "--noise", "0.1", "--json");
        assertTrue(e.get("test_accuracy").asDouble() > 0.9, e.toString());
        assertEquals(2, e.get("confusion_matrix").size());
        assertTrue(e.get("roc_auc_micro").asDouble() > 0.9 && e.get("roc_auc_macro").asDouble() > 0.9, e.toString());
        assertEquals(0, run("evaluate", "--model", model.toString(), "--dataset", "moons", "--noise", "0.1"));
        assertTrue(out.toString().contains("confusion matrix (rows: true class, columns: predicted)"), out.toString());
        assertTrue(java.util.regex.Pattern.compile("ROC AUC, each class against the rest: 0: (0\\.9|1\\.0)\\d+, 1: ")
                .matcher(out.toString()).find(), out.toString());

        Path input = dir.resolve("points.csv");
        Files.writeString(input, "x1,x2\n-3,1.5\n3,-1\n");
        assertEquals(0, run("predict", "--model", model.toString(), "--input", input.toString()), err.toString());
        String[] lines = out.toString().strip().split("\\R");
        assertEquals("prediction,p(0),p(1)", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("0,") && lines[2].startsWith("1,"), out.toString());
    }

    @Test
    void csvClassificationWithNamedClassesAndRegression() throws Exception {
        Path csv = dir.resolve("fruit.csv");
        StringBuilder b = new StringBuilder("weight,size,kind\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            boolean apple = i % 2 == 0;
            b.append(String.format(java.util.Locale.ROOT, "%.3f,%.3f,%s%n", (apple ? 150 : 120) + 10 * random.nextDouble(),
                    (apple ? 7 : 12) + random.nextDouble(), apple ? "apple" : "banana"));
        }
        Files.writeString(csv, b.toString());
        assertEquals(0, run("train", "--dataset", "csv:" + csv, "--target", "kind", "--scaler", "standardize",
                "--hidden", "8", "--learning-rate", "0.01"), err.toString());
        assertTrue(out.toString().contains("       apple      1.00"), out.toString());
        JsonNode r = json("train", "--dataset", "gauss-reg", "--noise", "0.02", "--activation", "tanh", "--json");
        assertTrue(r.get("r2").asDouble() > 0.9, r.toString());
    }

    /** MNIST test digit {@code i} as an image file {@code scale} times larger, dark on light or light on dark. */
    private Path digitImage(int i, int scale, boolean darkOnLight, String name) throws Exception {
        double[] digit = org.mlplayground.data.Mnist.bundled().test().image(i);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(28 * scale + 90, 28 * scale + 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < image.getHeight(); r++) {
            for (int c = 0; c < image.getWidth(); c++) {
                int dr = r / scale;
                int dc = (c - 80) / scale;
                double ink = c >= 80 && dr < 28 && dc < 28 ? digit[dr * 28 + dc] : 0;
                int grey = (int) Math.round(255 * (darkOnLight ? 0.9 - 0.8 * ink : 0.1 + 0.8 * ink));
                image.setRGB(c, r, grey << 16 | grey << 8 | grey);
            }
        }
        Path file = dir.resolve(name);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void classifyRunsImagesOfAnySizeAndPolarityThroughThePadsPreprocessing() throws Exception {
        // the first test digits are 7, 2, 1
        Path seven = digitImage(0, 9, true, "seven.png");
        Path two = digitImage(1, 3, false, "two.png");
        Path one = digitImage(2, 12, true, "one.png");
        assertEquals(0, run("classify", "--image", seven.toString(), two.toString(), one.toString(), "--top", "2"), err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].startsWith(seven + ": 7 ("), lines[0]);
        assertTrue(lines[1].startsWith(two + ": 2 ("), lines[1]);
        assertTrue(lines[2].startsWith(one + ": 1 ("), lines[2]);
        assertEquals(2, lines[0].split(", ").length, "two classes each");
        assertEquals(0, run("classify", "--image", seven.toString(), "--show", "--top", "1"));
        assertEquals(1 + 5 + 1 + 28, out.toString().lines().count(), "what was found, five steps, the line and the 28 rows");
        assertTrue(out.toString().contains("  stroke width: strokes "), out.toString());
    }

    @Test
    void classifySaysWhenThereIsNoDigitAndRefusesHugeImagesBeforeDecoding() throws Exception {
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(150, 100, 3, 3); // a 9-px speck
        g.dispose();
        Path speck = dir.resolve("speck.png");
        javax.imageio.ImageIO.write(blank, "png", speck.toFile());
        assertEquals(0, run("classify", "--image", speck.toString()), err.toString());
        assertTrue(out.toString().startsWith(speck + ": No digit found: "), out.toString());
        // a PNG whose header says 10000 x 6000: refused from the header, nothing decoded
        Path huge = dir.resolve("huge.png");
        Files.write(huge, org.mlplayground.data.DigitImagesTest.pngHeader(10000, 6000));
        assertEquals(1, run("classify", "--image", huge.toString()));
        assertEquals("error: " + huge + " is 10000 x 6000 pixels (60 megapixels); images of up to 50 megapixels are read",
                err.toString().strip());
    }

    @Test
    void compareRanksAnMlpLogisticRegressionAndAnSvmOnTheSameSplit() throws Exception {
        JsonNode result = json("compare", "--dataset", "mnist", "--train-size", "3000", "--epochs", "5",
                "--hidden", "64", "--svm-train-size", "1000", "--json");
        JsonNode rows = result.get("rows");
        assertEquals(3, rows.size());
        assertEquals("MLP 64", rows.get(0).get("classifier").asText());
        assertEquals("logistic regression", rows.get(1).get("classifier").asText());
        assertEquals("SVM (RBF)", rows.get(2).get("classifier").asText());
        assertEquals(3000, rows.get(0).get("train_rows").asInt());
        assertEquals(1000, rows.get(2).get("train_rows").asInt(), "the SVM trains on its subset");
        for (JsonNode row : rows) {
            double accuracy = row.get("accuracy").asDouble();
            assertTrue(accuracy > 0.8 && accuracy < 1, row.toString());
            assertTrue(row.get("macro_f1").asDouble() > 0.75, row.toString());
            // the times are reported as numbers (their figures printed, not bounded)
            assertTrue(row.get("train_seconds").isNumber() && row.get("predict_seconds").isNumber(), row.toString());
            System.out.println("compare: train " + row.get("train_seconds") + " s, predict " + row.get("predict_seconds") + " s");
        }
        assertTrue(rows.get(0).get("accuracy").asDouble() > rows.get(1).get("accuracy").asDouble(),
                "a hidden layer beats none");
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"train", "evaluate", "predict", "classify", "compare", "bench"}) {
            java.io.PrintStream saved = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(warnings, true));
            try {
                assertEquals(0, run(command, "--help"));
            } finally {
                System.setErr(saved);
            }
            assertTrue(out.toString().startsWith("Usage: mlp-playground " + command), out.toString());
            assertEquals("", warnings.toString(), "help text formats cleanly");
        }
    }

    @Test
    void badArgumentsAndFilesEndWithOneLineAndANonZeroExit() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "a,b,y\n1,2,x\n3,,y\n");
        String[][] cases = {
            {"train", "--dataset", "csv:" + broken},
            {"train", "--dataset", "swirl"},
            {"train", "--dataset", "xor", "--alpha", "-1"},
            {"train", "--dataset", "xor", "--hidden", "8,zero"},
            {"train", "--dataset", "xor", "--noise", "0.9"},
            {"train", "--dataset", "xor", "--activation", "softsign"},
            {"evaluate", "--model", dir.resolve("none.json").toString(), "--dataset", "xor"},
            {"predict", "--model", broken.toString(), "--input", broken.toString()},
            {"train"},
            {"classify", "--image", broken.toString()},
            {"classify", "--image", dir.resolve("missing.png").toString()},
            {"classify", "--image", broken.toString(), "--model", dir.resolve("xor.json").toString()},
            {"compare", "--dataset", "xor", "--svm-train-size", "-1"},
            {"compare", "--dataset", "xor", "--svm-gamma", "wide"},
            {"train", "--dataset", "circle", "--points", "2147483647"},
        };
        String[] expected = {
            "error: " + broken + " line 3, column 'b': the value is missing",
            "error: --dataset: unknown dataset 'swirl'",
            "error: --alpha must be a finite number >= 0, got -1",
            "error: --hidden must be at most 100 layer widths from 1 to 10000 separated by commas (e.g. 128,64), got '8,zero'",
            "error: --noise must be between 0 and 0.5, got 0.9",
            "error: --activation must be one of identity, logistic, tanh, relu, got 'softsign'",
            "error: " + dir.resolve("none.json") + " does not exist",
            "error: " + broken + " is not complete JSON",
            "error: Missing required option: '--dataset=NAME'",
            "error: " + broken + " is not an image this program reads",
            "error: " + dir.resolve("missing.png") + " does not exist",
            "error: " + dir.resolve("xor.json") + " is not a digit classifier: it takes 2 inputs",
            "error: --svm-train-size must be 0 or more, got -1",
            "error: --svm-gamma: 'wide' is not a number",
            "error: --points must be between 2 and 1000000, got 2147483647",
        };
        assertEquals(0, run("train", "--dataset", "xor", "--epochs", "2", "--quiet", "--save", dir.resolve("xor.json").toString()));
        for (int i = 0; i < cases.length; i++) {
            int code = run(cases[i]);
            assertTrue(code != 0, String.join(" ", cases[i]));
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().startsWith(expected[i]), "got: " + err);
            assertTrue(!err.toString().contains("Exception"), err.toString());
        }
    }
}
