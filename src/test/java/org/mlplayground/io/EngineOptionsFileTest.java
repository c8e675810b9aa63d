package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;

/** Per-layer activations, L1 and the initialization survive a model file; the sklearn line says what it lacks. */
class EngineOptionsFileTest {

    @TempDir
    Path dir;

    @Test
    void theOptionsSklearnLacksSurviveTheModelFile() throws Exception {
        MlpConfig config = MlpConfig.builder().hiddenLayerSizes(3, 2).layerActivations(Activation.RELU, Activation.TANH)
                .init(Initialization.HE).l1(0.01).maxIter(5).build();
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        MlpClassifier model = new MlpClassifier(config).fit(x, new int[] {0, 1, 1, 0});
        SavedModel saved = new SavedModel(model.networkCopy(), config, model.classes(), null, null, List.of(),
                Scaler.NONE.fit(new org.ejml.data.DMatrixRMaj(x)), model.history().lossCurve(), "xor");
        Path file = dir.resolve("m.json");
        ModelFile.save(saved, file);
        SavedModel loaded = ModelFile.load(file);
        assertEquals(config, loaded.config());
        assertArrayEquals(new Activation[] {Activation.RELU, Activation.TANH}, loaded.network().hiddenActivations());
        assertArrayEquals(model.networkCopy().predict(org.mlplayground.nn.Features.of(x)).data,
                loaded.network().predict(org.mlplayground.nn.Features.of(x)).data, 0.0);
    }

    @Test
    void theSklearnLineSaysWhatItCannotExpress() {
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes(4, 2).layerActivations(Activation.TANH, Activation.RELU)
                .l1(0.001).init(Initialization.ZEROS).build();
        String line = SklearnCode.constructor(c, true);
        assertTrue(line.endsWith("  # sklearn cannot express a different activation per hidden layer (tanh, relu); "
                + "an L1 penalty (l1=0.001); the initialization 'zeros' (sklearn always uses Glorot uniform): "
                + "this line trains a different network"), line);
        assertFalse(SklearnCode.canExpress(c));
        assertTrue(SklearnCode.canExpress(MlpConfig.builder().build()));
    }
}
