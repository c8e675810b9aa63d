package org.mlplayground.nn.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.DenseFeatures;
import org.mlplayground.nn.Gradients;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;
import org.mlplayground.nn.lecture.ComputationGraph.Node;
import org.mlplayground.nn.lecture.ComputationGraph.Step;

/** Logistic regression's graph, stepped node by node, against numbers worked by hand. */
class ComputationGraphTest {

    private static final double TOL = 1e-10;

    /*
     * Worked by hand: x = (2, 1), augmented [1, 2, 1]; w = [b, w1, w2] = [-1, 0.5, 1]; y = 0.
     *   z         = -1*1 + 0.5*2 + 1*1                 = 1
     *   y-hat     = 1 / (1 + e^-1) = e / (1 + e)       = 0.7310585786
     *   L         = -(0 ln y-hat + 1 ln(1 - y-hat)) = ln(1 + e) = 1.3132616875
     *   dL/dy-hat = -0/y-hat + 1/(1 - y-hat) = 1 + e   = 3.7182818285
     *   dy-hat/dz = y-hat (1 - y-hat) = e / (1 + e)^2  = 0.1966119332
     *   dL/dz     = 3.7182818285 * 0.1966119332        = 0.7310585786 = y-hat - y
     *   dz/dw     = x                                  = [1, 2, 1]
     *   dL/dw     = 0.7310585786 * [1, 2, 1]           = [0.7310585786, 1.4621171573, 0.7310585786]
     */
    private final ComputationGraph graph = new ComputationGraph(new double[] {1, 2, 1}, new double[] {-1, 0.5, 1}, 0);

    @Test
    void forwardFillsTheValuesLeftToRight() {
        List<Step> f = graph.forwardSteps();
        assertEquals(List.of(Node.X, Node.W, Node.Z, Node.Y_HAT, Node.L), f.stream().map(Step::node).toList());
        assertArrayEquals(new double[] {1, 2, 1}, f.get(0).value());
        assertArrayEquals(new double[] {-1, 0.5, 1}, f.get(1).value());
        assertEquals(1.0, f.get(2).value()[0], TOL);
        assertEquals(0.7310585786, f.get(3).value()[0], TOL);
        assertEquals(1.3132616875, f.get(4).value()[0], TOL);
        assertEquals("-1*1 + 0.5*2 + 1*1 = 1", f.get(2).numbers());
    }

    @Test
    void backwardAppliesTheChainRuleRightToLeft() {
        List<Step> b = graph.backwardSteps();
        assertEquals(List.of(Node.L, Node.Y_HAT, Node.Z, Node.W, Node.W), b.stream().map(Step::node).toList());
        assertEquals(1.0, b.get(0).value()[0]);
        assertEquals(3.7182818285, b.get(1).value()[0], TOL);
        assertEquals(0.1966119332, b.get(2).local()[0], TOL);
        assertEquals(0.7310585786, b.get(2).value()[0], TOL);
        assertArrayEquals(new double[] {1, 2, 1}, b.get(3).local());
        assertArrayEquals(new double[] {0.7310585786, 1.4621171573, 0.7310585786}, b.get(3).value(), TOL);
        assertArrayEquals(b.get(3).value(), b.get(4).value(), 1e-15, "the simplification (y-hat - y) x is the chain rule's product");
        assertEquals("(0.7311 - 0) * [1, 2, 1] = [0.7311, 1.462, 0.7311]", b.get(4).numbers());
    }

    @Test
    void aNetworkWithNoHiddenLayerGivesTheEnginesGradient() {
        Network net = Network.glorot(new int[] {2, 1}, Activation.RELU, OutputKind.LOGISTIC, 4);
        double[] input = {0.3, -1.2};
        ComputationGraph g = ComputationGraph.of(net, input, 1);
        assertEquals(net.trace(input).output()[0], g.yHat(), 1e-15);
        Gradients engine = Gradients.compute(net, new DenseFeatures(new DMatrixRMaj(new double[][] {input})),
                new DMatrixRMaj(new double[][] {{1}}), 0, 0);
        assertArrayEquals(engine.augmented(1).data, g.dLossDW(), 1e-12);
        assertEquals(engine.loss(), g.loss(), 1e-12);
    }

    @Test
    void otherNetworksAreRefusedInOneSentence() {
        Network deep = Network.glorot(new int[] {2, 3, 1}, Activation.RELU, OutputKind.LOGISTIC, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComputationGraph.of(deep, new double[] {0, 0}, 1));
        assertEquals("The computation graph shows logistic regression: a network with no hidden layer and two classes "
                + "(this one has 1 hidden layer(s) and 1 outputs)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ComputationGraph(new double[] {1, 2}, new double[] {1, 2}, 0.5));
    }
}
