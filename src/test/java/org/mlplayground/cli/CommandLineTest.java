package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, evaluate and predict end to end, and their one-line errors. */
class CommandLineTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

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

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"train", "evaluate", "predict", "bench"}) {
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
        };
        String[] expected = {
            "error: " + broken + " line 3, column 'b': the value is missing",
            "error: Unknown dataset 'swirl'",
            "error: alpha must be >= 0, got -1.0",
            "error: --hidden: 'zero' is not a layer size",
            "error: Noise must be between 0 and 0.5",
            "error: Unknown activation 'softsign'",
            "error: Cannot read " + dir.resolve("none.json"),
            "error: " + broken + " is not complete JSON",
            "error: Missing required option: '--dataset=NAME'",
        };
        for (int i = 0; i < cases.length; i++) {
            int code = run(cases[i]);
            assertTrue(code != 0, String.join(" ", cases[i]));
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().startsWith(expected[i]), "got: " + err);
            assertTrue(!err.toString().contains("Exception"), err.toString());
        }
    }
}
