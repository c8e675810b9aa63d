package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Domain;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;


/** The shared hyperparameter options: messages name the option as typed, sklearn's defaults, warm start, no test set. */
class HyperparameterOptionsTest extends CliTest {

    @TempDir
    Path dir;

    /** Every entry with a value option (flags have no bad value). */
    static Stream<Hyperparameter<?>> valued() {
        return Hyperparameter.ALL.stream().filter(p -> p.option() != null && !(p.domain() instanceof Domain.Flag));
    }

    /** A value the entry's domain refuses. */
    static String badValue(Hyperparameter<?> p) {
        Domain<?> d = p.domain();
        if (d instanceof Domain.Real r) {
            return Double.isFinite(r.min()) ? Double.toString(r.minIncluded() ? r.min() - 1 : r.min()) : "Infinity";
        }
        if (d instanceof Domain.Whole w) {
            return Integer.toString(w.min() - 1);
        }
        if (d instanceof Domain.Layers) {
            return "8,-5";
        }
        return "bogus";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valued")
    void aBadValueIsRefusedInOneLineNamingTheOption(Hyperparameter<?> p) {
        for (String command : new String[] {"train", "compare"}) {
            String[] args = {command, "--dataset", "xor", "--points", "40", p.option(), badValue(p)};
            assertNotEquals(0, run(args), String.join(" ", args));
            String message = err.toString().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("error: " + p.option() + " "), String.join(" ", args) + " gave: " + message);
            assertFalse(message.contains("Exception"), message);
        }
    }

    @Test
    void hugeNetworksAreRefusedBeforeAllocation() {
        String[][] cases = {{"--hidden", "100000000"}, {"--hidden", "100000,100000"}, {"--hidden", "5000,5000"},
            {"--learning-rate", "Infinity"}};
        String[] expected = {"error: --hidden must be at most 100 layer widths from 1 to 10000",
            "error: --hidden must be at most 100 layer widths from 1 to 10000",
            "error: --hidden 5000,5000 would need 25000000 weights between hidden layers; the limit is 10000000",
            "error: --learning-rate must be a finite number > 0, got Infinity"};
        for (int i = 0; i < cases.length; i++) {
            assertEquals(1, run("train", "--dataset", "xor", cases[i][0], cases[i][1]));
            assertTrue(err.toString().startsWith(expected[i]) && err.toString().strip().lines().count() == 1, err.toString());
        }
    }

    @Test
    void everyHelpSummaryEndsInAWholeSentence() {
        CommandLine cli = new CommandLine(Cli.class);
        java.util.List<String> notSentences = new java.util.ArrayList<>();
        for (CommandLine sub : cli.getSubcommands().values()) {
            String[] about = sub.getCommandSpec().usageMessage().description();
            if (about.length == 0 || !about[about.length - 1].replace("%n", "").strip().endsWith(".")) {
                notSentences.add(sub.getCommandName() + ": " + String.join(" ", about));
            }
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String[] d = o.description();
                if (d.length == 0 || !d[d.length - 1].strip().endsWith(".")) {
                    notSentences.add(sub.getCommandName() + " " + o.longestName() + ": " + String.join(" ", d));
                }
            }
        }
        assertEquals(java.util.List.of(), notSentences);
    }

    @Test
    void trainTakesSklearnsDefaultsAndThe2dExceptions() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "a,b,y\n1,2,0\n2,3,1\n3,1,0\n4,4,1\n5,2,0\n1,1,1\n2,2,0\n3,3,1\n");
        Path model = dir.resolve("csv.json");
        assertEquals(0, run("train", "--dataset", "csv:" + csv, "--quiet", "--save", model.toString()), err.toString());
        assertEquals(MlpConfig.builder().build(), ModelFile.load(model).config());
        Path plane = dir.resolve("xor.json");
        assertEquals(0, run("train", "--dataset", "xor", "--points", "40", "--quiet", "--epochs", "3", "--save",
                plane.toString()), err.toString());
        assertEquals(MlpConfig.builder().hiddenLayerSizes(64, 64).learningRateInit(0.01).batchSize(32).maxIter(3).build(),
                ModelFile.load(plane).config());
    }

    @Test
    void everyEngineOptionReachesTheConfiguration() throws Exception {
        Path model = dir.resolve("sgd.json");
        assertEquals(0, run("train", "--dataset", "xor", "--points", "40", "--quiet", "--solver", "sgd", "--momentum", "0.5",
                "--no-nesterov", "--schedule", "invscaling", "--power-t", "0.25", "--beta1", "0.8", "--beta2", "0.99",
                "--epsilon", "1e-7", "--n-iter-no-change", "3", "--max-fun", "99", "--early-stopping",
                "--validation-fraction", "0.2", "--no-shuffle", "--epochs", "4", "--seed", "5", "--shuffle-seed", "6",
                "--save", model.toString()), err.toString());
        MlpConfig c = ModelFile.load(model).config();
        assertEquals("MlpConfig[hidden_layer_sizes=64,64, activation=relu, solver=sgd, alpha=0.0001, batch_size=32, "
                + "learning_rate=invscaling, learning_rate_init=0.01, max_iter=4, tol=0.0001, momentum=0.5, "
                + "nesterovs_momentum=false, power_t=0.25, beta_1=0.8, beta_2=0.99, epsilon=0.0000001, "
                + "early_stopping=true, validation_fraction=0.2, n_iter_no_change=3, max_fun=99, shuffle=false, "
                + "random_state=5, shuffle_seed=6, warm_start=false, init=glorot, l1=0, layer_activations=]", c.toString());
        assertEquals(1, run("train", "--dataset", "xor", "--shuffle", "--no-shuffle"));
        assertTrue(err.toString().startsWith("error: --shuffle and --no-shuffle contradict each other"), err.toString());
    }

    @Test
    void aTestFractionOfZeroTrainsOnEveryRowAndReportsTrainingFigures() throws Exception {
        JsonNode r = json("train", "--dataset", "circle", "--points", "60", "--test-fraction", "0", "--epochs", "3", "--json");
        assertFalse(r.get("test_set").asBoolean());
        assertTrue(r.has("training_accuracy") && !r.has("test_accuracy"), r.toString());
        assertTrue(r.get("dataset").asText().contains("60 training, 0 test"), r.toString());
        assertEquals(0, run("train", "--dataset", "circle", "--points", "60", "--test-fraction", "0", "--epochs", "3", "--quiet"));
        assertTrue(out.toString().contains("no test set (--test-fraction 0): the figures below are on the training data"));
        assertTrue(out.toString().contains("training loss"), out.toString());
        assertEquals(1, run("compare", "--dataset", "circle", "--test-fraction", "0"));
        assertTrue(err.toString().startsWith("error: compare ranks on a test set"), err.toString());
    }

    @Test
    void trainModelContinuesASavedModel() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertEquals(0, run("train", "--dataset", "moons", "--points", "80", "--epochs", "4", "--quiet", "--scaler",
                "standardize", "--save", first.toString()), err.toString());
        SavedModel a = ModelFile.load(first);
        JsonNode r = json("train", "--dataset", "moons", "--points", "80", "--model", first.toString(), "--epochs", "3",
                "--json", "--save", second.toString());
        assertEquals(3, r.get("epochs").asInt());
        SavedModel b = ModelFile.load(second);
        assertEquals(a.lossCurve().length + 3, b.lossCurve().length);
        assertTrue(b.lossCurve()[a.lossCurve().length] < a.lossCurve()[0], "continues from trained weights, not from scratch");
        assertTrue(b.config().warmStart());
        assertEquals(a.scaler().kind(), b.scaler().kind());
        String[][] refused = {
            {"--dataset", "blobs3"}, {"--dataset", "moons", "--hidden", "3"}, {"--dataset", "moons", "--scaler", "minmax"},
            {"--dataset", "moons", "--features", "x1,x2,x1*x2"}};
        String[] expected = {"error: the model to continue has the classes [0, 1], the data has [0, 1, 2]",
            "error: --hidden cannot change when training continues", "error: --scaler cannot change when training continues",
            "error: the model to continue takes 2 inputs, the data has 3"};
        for (int i = 0; i < refused.length; i++) {
            String[] args = Stream.concat(Stream.of("train", "--model", first.toString(), "--quiet"), Stream.of(refused[i]))
                    .toArray(String[]::new);
            assertEquals(1, run(args), String.join(" ", args));
            assertTrue(err.toString().startsWith(expected[i]), err.toString());
        }
    }

    @Test
    void trainModelTakesTheSavedModelsFeatures() throws Exception {
        Path first = dir.resolve("squares.json");
        assertEquals(0, run("train", "--dataset", "circle", "--points", "80", "--features", "x1,x2,x1^2,x2^2", "--hidden",
                "3", "--epochs", "2", "--quiet", "--save", first.toString()), err.toString());
        JsonNode r = json("train", "--dataset", "circle", "--points", "80", "--model", first.toString(), "--epochs", "2",
                "--json");
        assertEquals(2, r.get("epochs").asInt());
        assertEquals(List.of("x1", "x2", "x1^2", "x2^2"), ModelFile.load(first).features2d());
    }
}
