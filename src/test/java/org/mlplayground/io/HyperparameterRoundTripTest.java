package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Domain;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.HyperparameterException;
import org.mlplayground.nn.LearningRateSchedule;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.Solver;

/** Every entry of the table survives the model file, the sklearn line and the state text, whatever its value. */
class HyperparameterRoundTripTest {

    @TempDir
    Path dir;

    /** A valid value other than the default, made from the entry's domain alone (so a new entry is covered too). */
    @SuppressWarnings("unchecked")
    static <T> T otherValue(Hyperparameter<T> p) {
        T d = p.defaultValue();
        Domain<T> domain = p.domain();
        Object v;
        if (domain instanceof Domain.Real) {
            double x = (Double) d;
            v = List.of(x * 0.5, x * 3, x + 0.05, 0.25).stream().filter(c -> c != x && domain.contains((T) c)).findFirst()
                    .orElseThrow();
        } else if (domain instanceof Domain.Whole) {
            v = (Integer) d == 0 ? 17 : (Integer) d + 3;
        } else if (domain instanceof Domain.Seed) {
            v = (Long) d + 42;
        } else if (domain instanceof Domain.Flag) {
            v = !(Boolean) d;
        } else if (domain instanceof Domain.Choice<?> c) {
            Object[] all = c.type().getEnumConstants();
            v = all[all.length - 1] == d ? all[0] : all[all.length - 1];
        } else if (domain instanceof Domain.ActivationList) {
            // one per hidden layer of the other hidden_layer_sizes below
            v = new org.mlplayground.nn.Activation[] {org.mlplayground.nn.Activation.TANH, org.mlplayground.nn.Activation.LOGISTIC};
        } else {
            v = new int[] {7, 3};
        }
        assertTrue(domain.contains((T) v) && !p.format((T) v).equals(p.format(d)), p.name());
        return (T) v;
    }

    private static <T> MlpConfig.Builder change(MlpConfig.Builder b, Hyperparameter<T> p) {
        return p.set(b, otherValue(p));
    }

    /** Every entry changed at once (lbfgs is the last solver, so the solver's other value). */
    private static MlpConfig allChanged() {
        MlpConfig.Builder b = MlpConfig.builder();
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            change(b, p);
        }
        return b.build();
    }

    @Test
    void theModelFileKeepsEveryHyperparameter() throws DataFileException, java.io.IOException {
        MlpConfig c = allChanged();
        assertNotEquals(MlpConfig.builder().build(), c);
        int[] sizes = {2, 7, 3, 1};
        Network net = Network.glorot(sizes, c.activation(), OutputKind.LOGISTIC, 1);
        SavedModel model = new SavedModel(net, c, new int[] {0, 1}, null, null, List.of(),
                Scaler.NONE.fit(new org.ejml.data.DMatrixRMaj(0, 2)), new double[0], null);
        Path file = dir.resolve("m.json");
        ModelFile.save(model, file);
        assertEquals(c, ModelFile.load(file).config());
    }

    @Test
    void aBadValueInAFileIsNamedByItsField() {
        String text = "{\"format\": \"mlp-playground-model\", \"version\": 1, \"activation\": \"relu\", "
                + "\"out_activation\": \"logistic\", \"coefs\": [[[1.0], [2.0]]], \"intercepts\": [[0.5]], \"classes\": [0, 1], "
                + "\"hyperparameters\": {\"alpha\": -1, \"batch_size\": \"auto\", \"random_state\": null}}";
        DataFileException e = assertThrows(DataFileException.class, () -> ModelFile.parse(text, "m.json"));
        assertEquals("m.json: the hyperparameter alpha must be a finite number >= 0, got -1", e.getMessage());
    }

    @Test
    void sklearnsGetParamsAsJsonReadsAsTheSameConfiguration() throws DataFileException {
        // json.dumps(MLPClassifier(hidden_layer_sizes=(1,), solver='sgd', random_state=7).get_params()), sklearn 1.2.1
        String params = "{\"activation\": \"relu\", \"alpha\": 0.0001, \"batch_size\": \"auto\", \"beta_1\": 0.9, "
                + "\"beta_2\": 0.999, \"early_stopping\": false, \"epsilon\": 1e-08, \"hidden_layer_sizes\": [1], "
                + "\"learning_rate\": \"constant\", \"learning_rate_init\": 0.001, \"max_fun\": 15000, \"max_iter\": 200, "
                + "\"momentum\": 0.9, \"n_iter_no_change\": 10, \"nesterovs_momentum\": true, \"power_t\": 0.5, "
                + "\"random_state\": 7, \"shuffle\": true, \"solver\": \"sgd\", \"tol\": 0.0001, "
                + "\"validation_fraction\": 0.1, \"verbose\": false, \"warm_start\": false}";
        String text = "{\"format\": \"mlp-playground-model\", \"version\": 1, \"activation\": \"relu\", "
                + "\"out_activation\": \"logistic\", \"coefs\": [[[1.0], [2.0]], [[0.5]]], \"intercepts\": [[0.5], [0.1]], "
                + "\"classes\": [0, 1], \"hyperparameters\": " + params + "}";
        assertEquals(MlpConfig.builder().hiddenLayerSizes(1).solver(Solver.SGD).seed(7).build(),
                ModelFile.parse(text, "sklearn.json").config());
    }

    @Test
    void theSklearnLineReadsBackToTheSameValues() {
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (!p.inSklearn()) {
                continue;
            }
            MlpConfig c = whereItApplies(p);
            Map<String, String> line = parseLine(SklearnCode.constructor(c, true));
            assertTrue(line.containsKey(p.name()), p.name() + " changed but missing from " + line);
            for (Hyperparameter<?> q : Hyperparameter.ALL) {
                if (line.containsKey(q.name())) {
                    assertTrue(q.appliesTo(c), q.name() + " shown where it has no effect");
                    assertSameValue(q, c, line.get(q.name()));
                } else {
                    assertTrue(!q.inSklearn() || !q.appliesTo(c) || q.isDefault(c), q.name() + " missing: " + line);
                }
            }
        }
    }

    /** The default configuration with {@code p} changed, and the solver and schedule it needs to have an effect. */
    private static MlpConfig whereItApplies(Hyperparameter<?> p) {
        for (Solver s : Solver.values()) {
            MlpConfig c = change(MlpConfig.builder().solver(s).learningRate(LearningRateSchedule.INVSCALING)
                    .earlyStopping(p == Hyperparameter.VALIDATION_FRACTION), p).build();
            if (p.appliesTo(c)) {
                return c;
            }
        }
        throw new AssertionError(p.name() + " applies under no solver");
    }

    private static <T> void assertSameValue(Hyperparameter<T> p, MlpConfig c, String python) {
        String text = python.replace("True", "true").replace("False", "false").replaceAll("[()' ]", "")
                .replaceAll(",$", "");
        assertEquals(p.format(p.get(c)), p.format(p.parse(text, p.name())), p.name() + "=" + python);
    }

    /** {@code MLPClassifier(a=1, b=(2, 3), c='x')} to {a: 1, b: (2, 3), c: 'x'}. */
    private static Map<String, String> parseLine(String line) {
        String args = line.substring(line.indexOf('(') + 1, line.length() - 1);
        Map<String, String> out = new LinkedHashMap<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= args.length(); i++) {
            char ch = i < args.length() ? args.charAt(i) : ',';
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                String part = args.substring(start, i).trim();
                int eq = part.indexOf('=');
                out.put(part.substring(0, eq), part.substring(eq + 1));
                start = i + 1;
            }
        }
        return out;
    }

    @Test
    void theStateTextKeepsEveryHyperparameterAndNamesItsKey() {
        MlpConfig c = allChanged();
        Map<String, String> fields = HyperparameterText.write(c);
        assertEquals(c, HyperparameterText.read(fields, MlpConfig.builder()).build());
        Map<String, String> some = HyperparameterText.write(c, List.of(Hyperparameter.ALPHA, Hyperparameter.LEARNING_RATE_INIT));
        assertEquals(List.of("alpha", "lr"), List.copyOf(some.keySet()));
        MlpConfig partly = HyperparameterText.read(some, MlpConfig.builder()).build();
        assertEquals(c.alpha(), partly.alpha());
        assertEquals(MlpConfig.builder().build().solver(), partly.solver());
        HyperparameterException e = assertThrows(HyperparameterException.class,
                () -> HyperparameterText.read(Map.of("lr", "-1"), MlpConfig.builder()));
        assertEquals("The playground state's lr must be a finite number > 0, got -1", e.getMessage());
        e = assertThrows(HyperparameterException.class,
                () -> HyperparameterText.read(Map.of("hidden", "100000000"), MlpConfig.builder(), Hyperparameter::label));
        assertTrue(e.getMessage().startsWith("Hidden layers must be at most 100 layer widths"), e.getMessage());
    }
}
