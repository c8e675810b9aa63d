package org.mlplayground.ui.playground;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Initialization;
import org.mlplayground.nn.MlpConfig;

/**
 * The engine's options beyond sklearn that the playground offers as switches for the lecture's
 * classic mistakes: the initialization, an L1 penalty beside alpha, and an activation per hidden
 * layer. Properties only; {@link #applyTo} puts them into a configuration.
 */
public final class EngineOptions {

    private final ObjectProperty<Initialization> init = new SimpleObjectProperty<>(Initialization.GLOROT);
    private final DoubleProperty l1 = new SimpleDoubleProperty(0);
    private final ObjectProperty<List<Activation>> layerActivations = new SimpleObjectProperty<>(List.of());

    /** How the weights start (Glorot, sklearn's, by default). */
    public ObjectProperty<Initialization> initProperty() {
        return init;
    }

    /** The L1 penalty, >= 0 (not in sklearn). */
    public DoubleProperty l1Property() {
        return l1;
    }

    /**
     * The activation of each hidden layer, first to last; empty means every hidden layer uses the
     * playground's activation. A shorter list is completed with that activation, a longer one cut.
     */
    public ObjectProperty<List<Activation>> layerActivationsProperty() {
        return layerActivations;
    }

    /** Every property, to listen to all of them. */
    public List<Observable> controls() {
        return List.of(init, l1, layerActivations);
    }

    /** {@code config} with these options, the per-layer activations fitted to its hidden layers. */
    public MlpConfig applyTo(MlpConfig config) {
        MlpConfig.Builder b = config.toBuilder().init(init.get()).l1(Math.max(0, l1.get()));
        List<Activation> per = layerActivations.get();
        int hidden = config.hiddenLayerSizes().length;
        if (!per.isEmpty() && hidden > 0) {
            Activation[] a = new Activation[hidden];
            for (int i = 0; i < hidden; i++) {
                a[i] = i < per.size() ? per.get(i) : config.activation();
            }
            b.layerActivations(a);
        }
        return b.build();
    }

    /**
     * Parses "relu, tanh, identity" (sklearn's names, commas or spaces between); blank gives an
     * empty list.
     *
     * @throws IllegalArgumentException naming the control and the bad name
     */
    public static List<Activation> parseActivations(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return List.of();
        }
        try {
            return Arrays.stream(t.split("[,\\s]+")).map(Activation::fromName).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Activation per layer: " + e.getMessage());
        }
    }

    /** The list as {@link #parseActivations} reads it. */
    public static String format(List<Activation> activations) {
        return String.join(", ", activations.stream().map(a -> a.sklearnName().toLowerCase(Locale.ROOT)).toList());
    }
}
