package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.LearningRateSchedule;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;

/** The sklearn constructor line says what the playground trains. */
class SklearnCodeTest {

    @Test
    void adamClassifierWithTheCommonSettings() {
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes(4, 2).activation(Activation.TANH).alpha(0.0001)
                .batchSize(10).learningRateInit(0.03).seed(7).build();
        assertEquals("MLPClassifier(hidden_layer_sizes=(4, 2), activation='tanh', solver='adam', alpha=0.0001, "
                + "batch_size=10, learning_rate_init=0.03, max_iter=200, random_state=7)", SklearnCode.constructor(c, true));
    }

    @Test
    void oneLayerIsAPythonOneTupleAndSgdNamesItsSchedule() {
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes(128).solver(Solver.SGD)
                .learningRate(LearningRateSchedule.ADAPTIVE).alpha(0).learningRateInit(0.1).earlyStopping(true).build();
        assertEquals("MLPRegressor(hidden_layer_sizes=(128,), activation='relu', solver='sgd', alpha=0.0, "
                + "batch_size='auto', learning_rate='adaptive', learning_rate_init=0.1, max_iter=200, momentum=0.9, "
                + "nesterovs_momentum=True, early_stopping=True, validation_fraction=0.1, random_state=0)",
                SklearnCode.constructor(c, false));
    }

    @Test
    void noHiddenLayerAndLbfgs() {
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes().solver(Solver.LBFGS).alpha(1e-6).build();
        assertEquals("MLPClassifier(hidden_layer_sizes=(), activation='relu', solver='lbfgs', alpha=0.000001, "
                + "batch_size='auto', max_iter=200, random_state=0)", SklearnCode.constructor(c, true));
    }

    @Test
    void thePlaygroundsFeaturesAndScalerBecomeThePipeline() {
        MlpConfig c = MlpConfig.builder().hiddenLayerSizes(4).build();
        String plain = SklearnCode.pipeline(java.util.List.of(org.mlplayground.data.Feature2D.X1,
                org.mlplayground.data.Feature2D.X2), org.mlplayground.data.Scaler.NONE, c, true);
        assertEquals(SklearnCode.constructor(c, true), plain, "x1, x2 unscaled: the network alone");
        String full = SklearnCode.pipeline(java.util.List.of(org.mlplayground.data.Feature2D.X1,
                org.mlplayground.data.Feature2D.X2, org.mlplayground.data.Feature2D.SIN_X1),
                org.mlplayground.data.Scaler.STANDARDIZE, c, true);
        assertEquals("make_pipeline(FunctionTransformer(lambda X: np.c_[X[:, 0], X[:, 1], np.sin(X[:, 0])]), "
                + "StandardScaler(), " + SklearnCode.constructor(c, true) + ")", full);
    }
}
