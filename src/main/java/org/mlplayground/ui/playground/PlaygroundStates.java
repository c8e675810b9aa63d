package org.mlplayground.ui.playground;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.io.PlaygroundState;
import org.mlplayground.nn.MlpConfig;

/** Moves whole states in and out of the playground's controls: presets, and the state text that reproduces a run. */
final class PlaygroundStates {

    private PlaygroundStates() {
    }

    /** Sets the controls of preset {@code name}; see {@link PlaygroundViewModel#applyPreset}. */
    static void preset(PlaygroundViewModel m, String name) {
        switch (name) {
            case "circle":
                return;
            case "spiral":
                m.data().datasetProperty().set(Generators.SPIRAL);
                m.data().noiseProperty().set(0);
                m.data().features().addAll(List.of(Feature2D.SIN_X1, Feature2D.SIN_X2));
                m.network().hiddenLayers().setAll(8, 8, 8, 8, 8, 8);
                m.network().learningRateProperty().set(0.003);
                return;
            case "blobs":
                m.data().datasetProperty().set(Generators.BLOBS4);
                m.data().noiseProperty().set(0.2);
                m.network().hiddenLayers().setAll(6, 6);
                return;
            case "regression":
                m.data().datasetProperty().set(Generators.GAUSS_BUMP);
                m.network().hiddenLayers().setAll(8, 8);
                m.network().learningRateProperty().set(0.01);
                return;
            case "deep-logistic", "deep-relu":
                org.mlplayground.ui.playground.MathPresets.apply(m, name.endsWith("relu"));
                return;
            case "logistic-regression":
                org.mlplayground.ui.playground.MathPresets.logisticRegression(m);
                return;
            default:
                throw new IllegalArgumentException("Unknown preset '" + name
                        + "': expected circle, spiral, blobs, regression, deep-logistic, deep-relu or logistic-regression");
        }
    }

    /** The state text of the controls, with the loaded table and the added points. */
    static String text(PlaygroundViewModel m) {
        double[][] table = null;
        Dataset2D csv = m.data().tableProperty().get();
        if (csv != null) {
            table = new double[csv.size()][];
            for (int i = 0; i < table.length; i++) {
                table[i] = new double[] {csv.points()[i][0], csv.points()[i][1], csv.labels()[i]};
            }
        }
        return new PlaygroundState(m.data().datasetProperty().get(), m.data().pointsProperty().get(),
                m.data().noiseProperty().get(), m.data().testFractionProperty().get(), m.data().dataSeedProperty().get(),
                EnumSet.copyOf(m.data().features()), m.config(), m.stopRules().enabledProperty().get(),
                m.data().scalerProperty().get(), m.data().x2ScaleProperty().get(), table, m.data().addedPoints().toArray(new double[0][])).toText();
    }

    /** A state's table needs two classes numbered from 0 and at least two points. */
    static void checkTable(PlaygroundState s) {
        if (s.table() == null) {
            return;
        }
        Set<Integer> classes = new TreeSet<>();
        for (double[] row : s.table()) {
            classes.add((int) row[2]);
        }
        if (s.table().length < 2 || classes.size() < 2) {
            throw new IllegalArgumentException("The playground state's table needs at least two points of two classes");
        }
    }

    /** Sets every control from {@code s}. */
    static void apply(PlaygroundViewModel m, PlaygroundState s) {
        m.data().datasetProperty().set(s.dataset());
        m.data().pointsProperty().set(s.points());
        m.data().noiseProperty().set(s.noise());
        m.data().testFractionProperty().set(s.testFraction());
        m.data().dataSeedProperty().set(s.dataSeed());
        m.data().features().retainAll(s.features());
        m.data().features().addAll(s.features());
        MlpConfig c = s.config();
        m.network().hiddenLayers().setAll(Arrays.stream(c.hiddenLayerSizes()).boxed().toList());
        m.network().activationProperty().set(c.activation());
        m.network().solverProperty().set(c.solver());
        m.network().learningRateProperty().set(c.learningRateInit());
        m.network().alphaProperty().set(c.alpha());
        m.network().batchSizeProperty().set(c.batchSize());
        m.network().seedProperty().set(c.seed());
        StopRules rules = m.stopRules();
        rules.enabledProperty().set(s.stopRules());
        rules.earlyStoppingProperty().set(c.earlyStopping());
        rules.validationFractionProperty().set(c.validationFraction());
        rules.tolProperty().set(c.tol());
        rules.nIterNoChangeProperty().set(c.nIterNoChange());
        rules.maxEpochsProperty().set(c.maxIter());
        EngineOptions options = m.options();
        options.initProperty().set(c.init());
        options.l1Property().set(c.l1());
        options.layerActivationsProperty().set(java.util.List.of(c.layerActivations()));
        m.data().scalerProperty().set(s.scaler());
        m.data().x2ScaleProperty().set(s.x2Scale());
        m.data().addedPoints().setAll(Arrays.asList(s.added()));
        if (s.table() != null) {
            double[][] pts = new double[s.table().length][];
            int[] labels = new int[pts.length];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = new double[] {s.table()[i][0], s.table()[i][1]};
                labels[i] = (int) s.table()[i][2];
            }
            m.data().tableProperty().set(new Dataset2D(pts, labels));
            m.data().tableName().set("table from a saved state");
        }
    }
}
