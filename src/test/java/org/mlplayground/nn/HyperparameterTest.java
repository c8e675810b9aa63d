package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of hyperparameters: sklearn's defaults, one spelling each, messages that name what the user saw. */
class HyperparameterTest {

    /**
     * {@code MLPClassifier().get_params()} of Debian's python3-sklearn 1.2.1, in the table's text
     * form (random_state is None there; here it is 0 so runs repeat).
     */
    private static final Map<String, String> SKLEARN_1_2_1 = new LinkedHashMap<>();

    static {
        SKLEARN_1_2_1.put("activation", "relu");
        SKLEARN_1_2_1.put("alpha", "0.0001");
        SKLEARN_1_2_1.put("batch_size", "auto");
        SKLEARN_1_2_1.put("beta_1", "0.9");
        SKLEARN_1_2_1.put("beta_2", "0.999");
        SKLEARN_1_2_1.put("early_stopping", "false");
        SKLEARN_1_2_1.put("epsilon", "0.00000001");
        SKLEARN_1_2_1.put("hidden_layer_sizes", "100");
        SKLEARN_1_2_1.put("learning_rate", "constant");
        SKLEARN_1_2_1.put("learning_rate_init", "0.001");
        SKLEARN_1_2_1.put("max_fun", "15000");
        SKLEARN_1_2_1.put("max_iter", "200");
        SKLEARN_1_2_1.put("momentum", "0.9");
        SKLEARN_1_2_1.put("n_iter_no_change", "10");
        SKLEARN_1_2_1.put("nesterovs_momentum", "true");
        SKLEARN_1_2_1.put("power_t", "0.5");
        SKLEARN_1_2_1.put("random_state", "0"); // sklearn: None
        SKLEARN_1_2_1.put("shuffle", "true");
        SKLEARN_1_2_1.put("solver", "adam");
        SKLEARN_1_2_1.put("tol", "0.0001");
        SKLEARN_1_2_1.put("validation_fraction", "0.1");
        SKLEARN_1_2_1.put("warm_start", "false");
    }

    @Test
    void theDefaultsAreSklearns() {
        MlpConfig defaults = MlpConfig.builder().build();
        Set<String> sklearnNames = new HashSet<>();
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (p.inSklearn()) {
                sklearnNames.add(p.name());
                assertEquals(SKLEARN_1_2_1.get(p.name()), text(p, p.defaultValue()), p.name());
                assertEquals(SKLEARN_1_2_1.get(p.name()), text(p, p.get(defaults)), "the builder's " + p.name());
            }
        }
        // every constructor parameter of sklearn's MLP but verbose (printing) is in the table
        assertEquals(SKLEARN_1_2_1.keySet(), sklearnNames);
    }

    @Test
    void eachEntryIsSpelledOnceAndReadsItsOwnText() {
        Map<String, String> owner = new LinkedHashMap<>();
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            for (String key : new String[] {p.name(), p.stateKey(), p.option(), p.label()}) {
                if (key != null) {
                    assertEquals(p.name(), owner.computeIfAbsent(key, k -> p.name()), "two entries use " + key);
                }
            }
            assertTrue(p.description().endsWith(".") && Character.isUpperCase(p.description().charAt(0)),
                    "a whole sentence: " + p.description());
            assertTrue(p.option() == null || p.option().startsWith("--"), p.option());
            assertSame(p, Hyperparameter.find(p.name()));
            roundTrip(p, p.defaultValue());
        }
    }

    private static <T> void roundTrip(Hyperparameter<T> p, Object value) {
        @SuppressWarnings("unchecked")
        T v = (T) value;
        String text = p.format(v);
        assertEquals(text, p.format(p.parse(text, p.name())), p.name());
    }

    @SuppressWarnings("unchecked")
    private static <T> String text(Hyperparameter<T> p, Object v) {
        return p.format((T) v);
    }

    @Test
    void messagesStartWithTheNameGivenAndSayWhatIsAllowed() {
        HyperparameterException e = assertThrows(HyperparameterException.class,
                () -> Hyperparameter.LEARNING_RATE_INIT.parse("Infinity", "--learning-rate"));
        assertEquals("--learning-rate must be a finite number > 0, got Infinity", e.getMessage());
        assertSame(Hyperparameter.LEARNING_RATE_INIT, e.parameter());
        assertEquals("Learning rate must be a finite number > 0, got Infinity", e.named("Learning rate").getMessage());
        e = assertThrows(HyperparameterException.class, () -> MlpConfig.builder().learningRateInit(0).build());
        assertEquals("learning_rate_init must be a finite number > 0, got 0", e.getMessage());
        assertEquals("beta_1 must be a number in [0, 1), got 1", assertThrows(HyperparameterException.class,
                () -> MlpConfig.builder().beta1(1).build()).getMessage());
        assertEquals("--epochs must be a whole number >= 1, got 0", assertThrows(HyperparameterException.class,
                () -> Hyperparameter.MAX_ITER.parse("0", "--epochs")).getMessage());
        String longText = "x".repeat(100_000);
        String m = assertThrows(HyperparameterException.class, () -> Hyperparameter.ALPHA.parse(longText, "--alpha"))
                .getMessage();
        assertTrue(m.length() < 200 && m.contains("(100000 characters)"), m);
    }

    @Test
    void layerWidthsAreWholePositiveAndBounded() {
        Hyperparameter<int[]> h = Hyperparameter.HIDDEN_LAYER_SIZES;
        assertArrayEquals(new int[] {256, 128}, h.parse("256-128", "--hidden"));
        assertArrayEquals(new int[] {2, 3, 2}, h.parse("2+3+2", "--hidden"));
        assertArrayEquals(new int[] {3, 3}, h.parse("(3, 3)", "--hidden"));
        assertArrayEquals(new int[0], h.parse("", "--hidden"));
        for (String bad : new String[] {"8,-5", "-5", "8,,5", "100000000", "100000,100000", "99999999999", "1.5"}) {
            HyperparameterException e = assertThrows(HyperparameterException.class, () -> h.parse(bad, "--hidden"), bad);
            assertTrue(e.getMessage().startsWith("--hidden must be at most 100 layer widths from 1 to 10000"), e.getMessage());
        }
        assertEquals("--hidden 5000,5000 would need 25000000 weights between hidden layers; the limit is 10000000",
                assertThrows(HyperparameterException.class, () -> h.parse("5000,5000", "--hidden")).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HiddenLayers.parse("8,-5"));
        assertTrue(e.getMessage().contains("at least one unit, got -5"), e.getMessage());
        // a network bigger than the limit is refused before its weights are allocated
        HyperparameterException big = assertThrows(HyperparameterException.class,
                () -> Network.glorot(new int[] {100_000, 1000, 10}, Activation.RELU, OutputKind.SOFTMAX, 0));
        assertTrue(big.getMessage().startsWith("hidden_layer_sizes gives a network of"), big.getMessage());
    }

    @Test
    void theTableSaysWhatAppliesAndWhatIsLive() {
        MlpConfig sgd = MlpConfig.builder().solver(Solver.SGD).build();
        MlpConfig adam = MlpConfig.builder().build();
        assertTrue(Hyperparameter.MOMENTUM.appliesTo(sgd) && !Hyperparameter.MOMENTUM.appliesTo(adam));
        assertTrue(Hyperparameter.BETA_1.appliesTo(adam) && !Hyperparameter.BETA_1.appliesTo(sgd));
        assertTrue(Hyperparameter.ALPHA.live() && Hyperparameter.LEARNING_RATE_INIT.live());
        assertTrue(!Hyperparameter.HIDDEN_LAYER_SIZES.live() && !Hyperparameter.RANDOM_STATE.live());
        assertNotNull(Hyperparameter.find("--learning-rate"));
        assertEquals("Learning rate", Hyperparameter.find("lr").label());
        assertEquals("The initial step size: sgd moves each weight by this times its gradient, adam by about this much per step. It is sklearn's "
                + "learning_rate_init; the default is 0.001.", Hyperparameter.LEARNING_RATE_INIT.help());
    }
}
