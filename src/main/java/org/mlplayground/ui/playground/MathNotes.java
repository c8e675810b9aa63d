package org.mlplayground.ui.playground;

import org.mlplayground.ui.shared.MatrixView;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.lecture.IdentityProduct;
import org.mlplayground.nn.lecture.Symmetry;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.playground.PlaygroundViewModel;

/**
 * The lecture's warnings said where they happen: with zeros or a constant initialization, the
 * status line says which layers' neurons are all identical ({@link Symmetry}); with the identity
 * in every hidden layer, a note shows the single matrix the network equals ({@link IdentityProduct}).
 * Each sentence goes to the status line once, when it changes.
 */
public final class MathNotes {

    /** Neurons within this share of the largest weight count as identical. */
    public static final double IDENTICAL_WITHIN = 1e-9;

    private final PlaygroundViewModel playground;
    private final Label note;
    private String lastNotice = "";
    private Network lastWeights;
    private org.mlplayground.nn.MlpConfig lastConfig;

    MathNotes(PlaygroundViewModel playground, Label note) {
        this.playground = playground;
        this.note = note;
        playground.snapshotProperty().addListener((o, was, s) -> show(s));
        show(playground.snapshotProperty().get());
    }

    private void show(TrainingSnapshot s) {
        if (s == null || s.weights() == null || s.weights() == lastWeights || s.config() == null) {
            return;
        }
        Network net = s.weights();
        lastWeights = net;
        if (s.config() != lastConfig) { // equals formats both: the same object (every snapshot of a run) is skipped
            if (!s.config().equals(lastConfig)) {
                lastNotice = "";      // a new configuration says it again
            }
            lastConfig = s.config();
        }
        String notice = "";
        Initialization init = s.config().init();
        if (init == Initialization.ZEROS || init == Initialization.CONSTANT) {
            List<Integer> same = Symmetry.layersWithIdenticalNeurons(net, IDENTICAL_WITHIN);
            if (!same.isEmpty()) {
                notice = symmetrySentence(same, init);
            }
        }
        String identity = identitySentence(net);
        note.setText(notice.isEmpty() ? identity : identity.isEmpty() ? notice : notice + " " + identity);
        if (notice.isEmpty() && !identity.isEmpty()) {
            notice = identity;
        }
        if (!notice.equals(lastNotice)) {
            lastNotice = notice;
            if (!notice.isEmpty()) {
                playground.noticeProperty().set(notice);
            }
        }
    }

    /** "All neurons of hidden layers 1, 2 are identical: ..." */
    public static String symmetrySentence(List<Integer> layers, Initialization init) {
        return "All neurons of hidden layer" + (layers.size() > 1 ? "s " : " ")
                + String.join(", ", layers.stream().map(String::valueOf).toList())
                + " are identical: with the '" + init.displayName() + "' initialization every neuron gets the same "
                + "gradient, so the symmetry is never broken (the lecture: don't initialize W with zeroes).";
    }

    /** The note for a network with the identity in every hidden layer, or "" for any other. */
    public static String identitySentence(Network net) {
        if (net.weightLayers() < 2) {
            return "";
        }
        for (Activation a : net.hiddenActivations()) {
            if (a != Activation.IDENTITY) {
                return "";
            }
        }
        DMatrixRMaj w = IdentityProduct.of(net);
        StringBuilder b = new StringBuilder("Identity in every hidden layer: the whole network is one matrix W = [");
        for (int i = 0; i < w.numRows; i++) {
            b.append(i == 0 ? "" : "; ");
            for (int j = 0; j < w.numCols; j++) {
                b.append(j == 0 ? "" : " ").append(MatrixView.format(w.get(i, j)));
            }
        }
        return b.append(String.format(Locale.ROOT, "] (%d x %d, bias first), so its boundary is a line.",
                w.numRows, w.numCols)).toString();
    }
}
