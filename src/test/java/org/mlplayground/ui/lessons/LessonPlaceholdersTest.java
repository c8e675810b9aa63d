package org.mlplayground.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.train.HistoryView;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.train.TrainingState;

/** The live values of a lesson text, and the text nodes its markup becomes. */
class LessonPlaceholdersTest {

    private static TrainingSnapshot snapshot(Network n) {
        return new TrainingSnapshot(TrainingState.PAUSED, "", 1, 0, 42, 420, 0.25, 0.375, 0.9, 0.875, 1, 1, n, null, null,
                HistoryView.EMPTY, null);
    }

    @Test
    void theFormulaIsTheOutputsZWithTheLiveWeights() {
        Network n = Network.glorot(new int[] {2, 1}, Activation.TANH, OutputKind.LOGISTIC, 3);
        String z = LessonPlaceholders.value("formula", snapshot(n), List.of("x1", "x2"));
        String expected = String.format(Locale.ROOT, "z = %.2f %s %.2f x1 %s %.2f x2", n.intercepts(0)[0],
                n.weight(0, 0, 0) < 0 ? "\u2212" : "+", Math.abs(n.weight(0, 0, 0)),
                n.weight(0, 1, 0) < 0 ? "\u2212" : "+", Math.abs(n.weight(0, 1, 0)));
        assertEquals(expected, z);
        assertTrue(LessonPlaceholders.value("formula", snapshot(Network.glorot(new int[] {2, 3, 1}, Activation.TANH,
                OutputKind.LOGISTIC, 3)), List.of("x1", "x2")).contains("without hidden layers"));
        assertEquals("42", LessonPlaceholders.value("epoch", snapshot(n), List.of()));
        assertEquals("87.5 %", LessonPlaceholders.value("testAccuracy", snapshot(n), List.of()));
        assertEquals("0.3750", LessonPlaceholders.value("testLoss", snapshot(n), List.of()));
        assertTrue(LessonPlaceholders.value("weights", snapshot(n), List.of()).startsWith("W[1] = ["));
        assertEquals("\u2013", LessonPlaceholders.value("epoch", null, List.of()), "no snapshot yet");
    }

    @Test
    void markupBecomesStyledTextNodes() {
        List<Node> nodes = LessonTextFlow.nodes("The rate `10^-3` is *small*.\n- one\n- two {epoch}", name -> "7");
        List<String> texts = nodes.stream().map(n -> ((Text) n).getText()).toList();
        assertEquals(List.of("The rate ", "10", "-3", " is ", "small", ".", "\n\n", "\u2022  ", "one", "\n", "\u2022  ", "two ", "7"), texts);
        assertTrue(((Text) nodes.get(1)).getStyle().contains("monospace"));
        assertTrue(((Text) nodes.get(2)).getStyleClass().contains("lesson-superscript"));
        assertTrue(((Text) nodes.get(4)).getStyle().contains("italic"));
        assertTrue(((Text) nodes.get(12)).getStyleClass().contains("lesson-live"));
    }
}
