package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;


/** explain: one example's forward and backward pass as text. */
class ExplainCommandTest extends CliTest {

    @Test
    void xorWithTwoHiddenUnitsShowsEveryLayerAndTheCheck() {
        assertEquals(0, run("explain", "--dataset", "xor", "--hidden", "2", "--example", "3"), err.toString());
        String text = out.toString();
        for (String expected : new String[] {"network: 2-2-1, hidden tanh, output logistic; weights after 0 epochs",
            "example 3: x = [", "W[1] (bias in column 0)  2 x 3", "[1; A[0]]  3 x 1", "Z[1] = W[1] [1; A[0]]  2 x 1",
            "A[1] = tanh(Z[1])  2 x 1", "W[2] (bias in column 0)  1 x 3", "A[2] = logistic(Z[2])  1 x 1",
            "dZ[2] = A[2] - Y  1 x 1", "dW[1] = (1/n) dZ[1] [1; A[0]]^T + penalty  2 x 3", "layer 1: ", "layer 2: "}) {
            assertTrue(text.contains(expected), "shows '" + expected + "':\n" + text);
        }
        assertTrue(text.lines().filter(l -> l.matches("  layer \\d: .* ok")).count() == 2, "both layers pass the check:\n" + text);
        assertTrue(text.contains("the fast engine's gradients differ from these by at most"), text);
    }

    @Test
    void afterTrainingAndWithTheOptionsSklearnLacks() {
        assertEquals(0, run("explain", "--dataset", "blobs3", "--hidden", "3,2", "--layer-activations", "relu,tanh",
                "--l1", "0.01", "--init", "he", "--epochs", "3", "--example", "0"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("hidden relu,tanh, output softmax; weights after 3 epochs"), text);
        assertTrue(text.contains("not in sklearn: a different activation per hidden layer (relu, tanh); an L1 penalty"), text);
        assertTrue(text.contains("W[3] (bias in column 0)  3 x 3"), text);
    }

    @Test
    void vectorizeComparesTheThreeWays() {
        assertEquals(0, run("explain", "--dataset", "moons", "--points", "100", "--hidden", "4", "--vectorize", "2"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("vectorize: one forward and backward pass over 75 examples, median of 2 runs"), text);
        assertTrue(text.contains("  scalar ") && text.contains("  per_example ") && text.contains("  matrix "), text);
        assertTrue(text.contains("the three gradients agree"), text);
    }

    @Test
    void aMissingExampleIsOneLine() {
        assertEquals(1, run("explain", "--dataset", "xor", "--example", "375"));
        assertEquals("error: --example must be a training row from 0 to 374, got 375", err.toString().trim());
        assertEquals(0, run("explain", "--help"));
        assertTrue(out.toString().startsWith("Usage: mlp-playground explain"), out.toString());
    }
}
