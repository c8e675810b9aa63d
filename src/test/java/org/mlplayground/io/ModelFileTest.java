package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;

/** Model files: round trips, sklearn exports, atomic writes and clear refusals. */
class ModelFileTest {

    @TempDir
    Path dir;

    private static SavedModel trained() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(4).activation(Activation.TANH).solver(Solver.LBFGS)
                .alpha(0.001).seed(5).maxIter(50).build();
        MlpClassifier model = new MlpClassifier(config).fit(x, new int[] {3, 8, 8, 3});
        Scaler.Fitted scaler = Scaler.STANDARDIZE.fit(new DMatrixRMaj(x));
        return new SavedModel(model.networkCopy(), config, model.classes(), new String[] {"off", "on"},
                new String[] {"x1", "x2"}, List.of("x1", "x2"), scaler, model.history().lossCurve(), "xor");
    }

    @Test
    void aSavedModelLoadsBackTheSame() throws IOException {
        SavedModel saved = trained();
        Path file = dir.resolve("xor.json");
        ModelFile.save(saved, file);
        SavedModel loaded = ModelFile.load(file);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(saved.network().coefs(l).data, loaded.network().coefs(l).data, 0.0);
            assertArrayEquals(saved.network().intercepts(l), loaded.network().intercepts(l), 0.0);
        }
        assertEquals(saved.config(), loaded.config());
        assertArrayEquals(new int[] {3, 8}, loaded.classes());
        assertArrayEquals(new String[] {"off", "on"}, loaded.classNames());
        assertArrayEquals(saved.scaler().scale(), loaded.scaler().scale(), 0.0);
        assertEquals(Scaler.STANDARDIZE, loaded.scaler().kind());
        assertArrayEquals(saved.lossCurve(), loaded.lossCurve(), 0.0);
        assertEquals("xor", loaded.dataset());
        assertEquals(List.of("x1", "x2"), loaded.features2d());
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\" : \"mlp-playground-model\"") && text.contains("\"random_state\" : 5"), text);
    }

    @Test
    void modelsExportedFromSklearnPredictTheSameNumbers() throws Exception {
        SavedModel clf = ModelFile.parse(resource("sklearn_classifier.json"), "sklearn_classifier.json");
        SavedModel reg = ModelFile.parse(resource("sklearn_regressor.json"), "sklearn_regressor.json");
        String[] lines = resource("sklearn_export_expected.txt").split("\n");
        double[] x = numbers(lines[0]);
        double[] proba = numbers(lines[1]);
        double[] xr = numbers(lines[2]);
        double[] pred = numbers(lines[3]);
        DMatrixRMaj p = clf.network().predict(Features.of(new DMatrixRMaj(5, 4, true, x)));
        assertArrayEquals(proba, p.data, 1e-12);
        DMatrixRMaj r = reg.network().predict(Features.of(new DMatrixRMaj(5, 3, true, xr)));
        assertArrayEquals(pred, r.data, 1e-9);
        assertArrayEquals(new int[] {0, 1, 2}, clf.classes());
        assertEquals(Solver.ADAM, clf.config().solver());
        assertEquals(1, clf.config().seed());
        assertTrue(!reg.isClassifier());
    }

    @Test
    void foreignTruncatedNewerAndInconsistentFilesAreRefused() throws IOException {
        Path file = dir.resolve("m.json");
        ModelFile.save(trained(), file);
        String good = Files.readString(file);
        assertRefused(good.substring(0, good.length() / 2), "is not complete JSON (line");
        assertRefused("{\"name\": \"something else\"}", "is not an MLP Playground model");
        assertRefused("[1, 2, 3]", "is not an MLP Playground model");
        assertRefused(good.replace("\"version\" : 1", "\"version\" : 7"), "newer MLP Playground (model format version 7");
        assertRefused(good.replace("\"out_activation\" : \"logistic\"", "\"out_activation\" : \"softmax\""),
                "2 classes do not fit 1 softmax outputs");
        assertRefused(good.replaceFirst("\"activation\" : \"tanh\"", "\"activation\" : \"swish\""),
                "Unknown activation 'swish'");
        String noIntercept = good.replaceFirst("\"intercepts\" : \\[ \\[", "\"intercepts\" : [ [ 1.0, ");
        assertRefused(noIntercept, "intercepts[0] has 5 values but coefs[0] has 4 columns");
    }

    @Test
    void aFailedSaveLeavesThePreviousFileWholeAndNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("keep.json");
        ModelFile.save(trained(), file);
        String before = Files.readString(file);
        // a directory where the temporary file would go cannot be written: the save fails
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        assertThrows(IOException.class, () -> ModelFile.save(trained(), blocked.resolve("m.json")));
        ModelFile.save(trained(), file);
        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private void assertRefused(String text, String fault) {
        DataFileException e = assertThrows(DataFileException.class, () -> ModelFile.parse(text, "m.json"));
        assertTrue(e.getMessage().startsWith("m.json") && e.getMessage().contains(fault), e.getMessage());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ModelFileTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double[] numbers(String line) {
        String[] f = line.trim().split(" ");
        double[] d = new double[f.length - 1];
        for (int i = 1; i < f.length; i++) {
            d[i - 1] = Double.parseDouble(f[i]);
        }
        return d;
    }
}
