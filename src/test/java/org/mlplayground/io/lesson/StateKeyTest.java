package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlplayground.io.PlaygroundState;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.MlpConfig;

/** A lesson's state keys are the playground's, with the hyperparameter table's rules, and the README lists them. */
class StateKeyTest {

    @Test
    void everyKeyTheStateTextKnowsIsAStateKeyAndNoOther() {
        Set<String> playground = StateKey.all().stream().filter(k -> !k.isDigits()).map(StateKey::name)
                .collect(Collectors.toSet());
        for (String key : playground) {
            assertTrue(PlaygroundState.knows(key), key);
        }
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (p != Hyperparameter.SHUFFLE_SEED) {
                assertTrue(playground.contains(p.stateKey()), p.stateKey());
            }
        }
        assertTrue(playground.containsAll(PlaygroundState.DATA_KEYS));
    }

    @Test
    void aStateWithEverySettingChangedBecomesAStepAndComesBackTheSame() throws Exception {
        MlpConfig config = PlaygroundState.DEFAULT.config().toBuilder().hiddenLayerSizes(2000, 3)
                .layerActivations(new Activation[] {Activation.RELU, Activation.TANH}).l1(0.01).tol(1e-12)
                .maxIter(500).earlyStopping(true).init(Initialization.HE).batchSize(0).build();
        PlaygroundState s = PlaygroundState.parse(PlaygroundState.DEFAULT.toText());
        PlaygroundState changed = new PlaygroundState(s.dataset(), s.points(), s.noise(), s.testFraction(), s.dataSeed(),
                s.features(), config, false, s.scaler(), 1000, null, new double[0][]);
        Map<String, String> state = StateKey.parseStateText(changed.toText());
        assertEquals("2000,3", state.get("hidden"));
        assertEquals("relu,tanh", state.get("activations"));
        assertEquals("auto", state.get("batch"));
        assertEquals("false", state.get("stop"));

        LessonStep step = new LessonStep(1, "all", "every setting", "", LessonView.PLAYGROUND, state, null, null, null);
        Lesson read = LessonFile.parse(LessonFile.toText(new Lesson("Keys", "", List.of(step))), "keys.json");
        Map<String, String> back = read.steps().get(0).state();
        assertEquals(state, back);
        String text = back.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        assertEquals(changed.toText(), PlaygroundState.parse(text).toText());
    }

    @Test
    void aHyperparameterKeyTakesTheTablesRangeAndSaysIt() {
        assertEquals("10000", StateKey.of("hidden").normalizeText("10000"));
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> StateKey.of("hidden").normalizeText("10001"));
        assertEquals("must be " + Hyperparameter.HIDDEN_LAYER_SIZES.domain().describe() + ", got 10001", wide.getMessage());
        assertEquals("The state text's lr: must be a finite number > 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> StateKey.parseStateText("lr=-1")).getMessage());
        assertEquals("The state text's stop: expected true or false, got \"yes\"",
                assertThrows(IllegalArgumentException.class, () -> StateKey.parseStateText("stop=yes")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlaygroundState.parse("stop=yes"));
    }

    @Test
    void theReadmeListsEveryKeyAsLessonKeysPrintsThem() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(StateKey.markdownTable()),
                "README's key table differs from `lesson --keys`; paste its output:\n" + StateKey.markdownTable());
    }
}
