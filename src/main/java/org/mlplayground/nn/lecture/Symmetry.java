package org.mlplayground.nn.lecture;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Network;

/**
 * The symmetry problem made checkable: after zero or constant initialization every neuron of a
 * hidden layer has the same incoming weights (the same row of W[l]) and the same outgoing weights
 * (the same column of W[l+1]), so all of them compute one function, and training keeps it so.
 */
public final class Symmetry {

    private Symmetry() {
    }

    /**
     * The hidden layers l (1..L-1) with at least two neurons whose neurons are all identical: rows
     * of W[l] and columns 1.. of W[l+1] equal within {@code relativeTolerance} of the largest entry.
     * For the status line: "all 8 neurons of layer 1 are identical: the symmetry was never broken".
     */
    public static List<Integer> layersWithIdenticalNeurons(Network net, double relativeTolerance) {
        List<Integer> layers = new ArrayList<>();
        for (int l = 1; l < net.weightLayers(); l++) {
            DMatrixRMaj in = net.augmentedWeights(l);
            DMatrixRMaj out = net.augmentedWeights(l + 1);
            if (in.numRows < 2) {
                continue;
            }
            double scale = 0;
            double diff = 0;
            for (int i = 0; i < in.numRows; i++) {
                for (int j = 0; j < in.numCols; j++) {
                    scale = Math.max(scale, Math.abs(in.get(i, j)));
                    diff = Math.max(diff, Math.abs(in.get(i, j) - in.get(0, j)));
                }
                for (int k = 0; k < out.numRows; k++) {
                    scale = Math.max(scale, Math.abs(out.get(k, i + 1)));
                    diff = Math.max(diff, Math.abs(out.get(k, i + 1) - out.get(k, 1)));
                }
            }
            if (diff <= relativeTolerance * scale) {
                layers.add(l);
            }
        }
        return layers;
    }
}
