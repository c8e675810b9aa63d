package org.mlplayground.io;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;

/**
 * Hyperparameters as the {@code key=value} fields of the playground's state text
 * ({@code hidden=4,2&activation=tanh&lr=0.03&alpha=0&batch=10&seed=0}), driven by
 * {@link Hyperparameter#ALL}: the key is {@link Hyperparameter#stateKey()}, the value
 * {@link Hyperparameter#format}. A state that only writes some of them ({@link #write} with a
 * subset) reads back with the rest at the builder's values; a new hyperparameter needs no change here.
 */
public final class HyperparameterText {

    private HyperparameterText() {
    }

    /** The fields of {@code which} (in the table's order) with {@code c}'s values, keyed by state key. */
    public static Map<String, String> write(MlpConfig c, Collection<Hyperparameter<?>> which) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (which.contains(p)) {
                fields.put(p.stateKey(), text(p, c));
            }
        }
        return fields;
    }

    /** Every hyperparameter's field. */
    public static Map<String, String> write(MlpConfig c) {
        return write(c, Hyperparameter.ALL);
    }

    /**
     * Sets on {@code into} every hyperparameter whose state key is among {@code fields}; other keys
     * (the dataset's) are left alone.
     *
     * @param shownName how a message names a field, e.g. {@code p -> "The playground state's " + p.stateKey()}
     * @throws org.mlplayground.nn.HyperparameterException for a value that is not allowed, named by {@code shownName}
     */
    public static MlpConfig.Builder read(Map<String, String> fields, MlpConfig.Builder into,
                                         Function<Hyperparameter<?>, String> shownName) {
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            String v = fields.get(p.stateKey());
            if (v != null) {
                set(into, p, v, shownName.apply(p));
            }
        }
        return into;
    }

    /** {@link #read(Map, MlpConfig.Builder, Function)} with messages naming "The playground state's KEY". */
    public static MlpConfig.Builder read(Map<String, String> fields, MlpConfig.Builder into) {
        return read(fields, into, p -> "The playground state's " + p.stateKey());
    }

    private static <T> void set(MlpConfig.Builder b, Hyperparameter<T> p, String text, String shownName) {
        p.set(b, p.parse(text, shownName));
    }

    private static <T> String text(Hyperparameter<T> p, MlpConfig c) {
        return p.format(p.get(c));
    }
}
