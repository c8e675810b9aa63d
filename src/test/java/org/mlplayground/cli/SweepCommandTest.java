package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;


/** The sweep command: its table, its JSON with every fold, architectures as people write them, its errors. */
class SweepCommandTest extends CliTest {

    private static final String[] SMALL = {"sweep", "--dataset", "blobs3", "--points", "120", "--noise", "0.2",
        "--hidden", "{3,3}", "--hidden", "4", "--alpha", "0,1e-2", "--cv", "3", "--epochs", "30",
        "--learning-rate", "0.02", "--batch-size", "16", "--quiet"};

    @Test
    void theTableHasEveryCellAndNamesTheBest() {
        assertEquals(0, run(SMALL), err.toString());
        String table = out.toString();
        assertTrue(table.contains("2 architectures x 2 alphas, 3-fold cross-validation: 12 fits"), table);
        assertTrue(table.contains("validation accuracy"), table);
        assertEquals(4, table.lines().filter(l -> l.startsWith("3,3 ") || l.startsWith("4 ")).count(), table);
        assertEquals(1, table.lines().filter(l -> l.endsWith("<- best")).count(), table);
        assertTrue(table.contains("best: hidden "), table);
        assertEquals("", err.toString());
    }

    @Test
    void jsonHasEveryFoldsScores() throws Exception {
        String[] args = java.util.Arrays.copyOf(SMALL, SMALL.length + 1);
        args[SMALL.length] = "--json";
        assertEquals(0, run(args), err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals("accuracy", r.get("score").asText());
        assertEquals(4, r.get("cells").size());
        JsonNode cell = r.get("cells").get(0);
        assertEquals("[3,3]", cell.get("hidden").toString());
        assertEquals(3, cell.get("folds").size());
        double mean = 0;
        for (JsonNode f : cell.get("folds")) {
            mean += f.get("validation").asDouble() / 3;
        }
        assertEquals(mean, cell.get("mean_validation").asDouble(), 1e-12);
        assertTrue(r.get("best").has("test"), r.toString());
    }

    @Test
    void regressionIsScoredByR2OnAHeldOutPart() throws Exception {
        assertEquals(0, run("sweep", "--dataset", "plane", "--points", "100", "--hidden", "2+3+2", "--alpha", "1e-4",
                "--holdout", "0.25", "--epochs", "20", "--json"), err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals("r2", r.get("score").asText());
        assertEquals(1, r.get("cells").get(0).get("folds").size());
        assertEquals("[2,3,2]", r.get("cells").get(0).get("hidden").toString());
    }

    @Test
    void badOptionsAreOneSentence() {
        assertEquals(1, run("sweep", "--dataset", "xor", "--hidden", "3,x"));
        assertTrue(err.toString().startsWith("error: --hidden must be"), err.toString());
        assertEquals(1, run("sweep", "--dataset", "xor", "--alpha", "-1"));
        assertTrue(err.toString().startsWith("error: --alpha must be a finite number >= 0, got -1"), err.toString());
        // as the window's fields: an architecture or an alpha given twice would only repeat a row
        assertEquals(1, run("sweep", "--dataset", "xor", "--hidden", "3", "--hidden", "3"));
        assertTrue(err.toString().startsWith("error: --hidden 3 is given twice"), err.toString());
        assertEquals(1, run("sweep", "--dataset", "xor", "--alpha", "1e-4,0.0001"));
        assertTrue(err.toString().startsWith("error: --alpha 1e-4 is given twice"), err.toString());
        assertEquals(1, run("sweep", "--dataset", "xor", "--cv", "1"));
        assertTrue(err.toString().contains("--cv"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        // more folds than the data can be split into: the sentence names the option too
        assertEquals(1, run("sweep", "--dataset", "xor", "--points", "60", "--hidden", "3", "--alpha", "0.1", "--cv", "50", "--quiet"));
        assertTrue(err.toString().startsWith("error: --cv: 50 folds need"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void theBenchmarksAreTheIssuesSweeps() throws Exception {
        org.mlplayground.train.sweep.SweepSpec moons = SweepBenchmark.moonsSpec();
        assertEquals(1, moons.rows());
        assertEquals(7, moons.cols());
        assertEquals(0, moons.alpha(0));
        assertEquals(2000, moons.base().maxIter());
        assertEquals(new org.mlplayground.train.sweep.Validation.KFolds(5, false, 0), moons.validation());
        assertEquals(500, SweepBenchmark.moons().train().rows());
        org.mlplayground.train.sweep.SweepSpec grid = SweepBenchmark.gridSpec();
        assertEquals(6, grid.rows());
        assertEquals(6, grid.cols());
        assertEquals("2,3,2", grid.architectureName(1));
        assertEquals(SweepBenchmark.GRID_EPOCHS, grid.base().maxIter());
        StringWriter text = new StringWriter();
        org.mlplayground.train.TrainingProblem tiny = SweepBenchmark.moons();
        SweepBenchmark.run(new PrintWriter(text, true), "tiny", tiny, new org.mlplayground.train.sweep.SweepSpec(
                moons.base().toBuilder().maxIter(5).build(), moons.architectures(), new double[] {0, 1}, moons.validation(),
                false), 2);
        assertTrue(text.toString().contains("tiny: 1 architectures x 2 alphas, 5-fold cross-validation: 10 fits"), text.toString());
        assertTrue(text.toString().contains("tiny: median "), text.toString());
    }

    @Test
    void alphasAreWrittenAsPeopleWriteThem() {
        assertEquals("1e-6", SweepCommand.alpha(1e-6));
        assertEquals("2.5e-5", SweepCommand.alpha(2.5e-5));
        assertEquals("0.001", SweepCommand.alpha(1e-3));
        assertEquals("0", SweepCommand.alpha(0));
        assertEquals("10", SweepCommand.alpha(10));
    }
}
