package org.mlplayground.nn;

/**
 * Hidden layer sizes written as people write them: {@code 128}, {@code 256,128}, {@code 256-128},
 * {@code 2+3+2}, {@code {3,3}}; empty or {@code none} for no hidden layer. When there are commas
 * they alone separate, so {@code 8,-5} is refused rather than read as 8-5. The limits are
 * {@link Hyperparameter}'s ({@value Hyperparameter#MAX_HIDDEN_LAYERS} layers of at most
 * {@value Hyperparameter#MAX_LAYER_WIDTH} units, {@value Hyperparameter#MAX_WEIGHTS} weights).
 */
public final class HiddenLayers {

    private HiddenLayers() {
    }

    /** The sizes in {@code text}; a part that is not a whole number, or a size out of the limits, is refused. */
    public static int[] parse(String text) {
        Domain.Layers domain = (Domain.Layers) Hyperparameter.HIDDEN_LAYER_SIZES.domain();
        int[] sizes = domain.parse(text);
        if (sizes == null) {
            String t = text.trim().replaceAll("[{}()\\[\\]]", "").trim();
            boolean commas = t.contains(",");
            for (String part : t.split(commas ? "," : "[-+\\s]+")) {
                if (part.isBlank() && commas) {
                    // "3,,3": the empty quotes of "'' is not a layer size" read as a stray mark
                    throw new IllegalArgumentException("a layer size is missing between two commas");
                }
                if (!part.trim().matches("[-+]?\\d{1,10}")) {
                    throw new IllegalArgumentException("'" + cut(part.trim()) + "' is not a layer size (expected e.g. 128,64 or 256-128)");
                }
            }
            throw new IllegalArgumentException("'" + cut(t) + "' is not a list of layer sizes (expected e.g. 128,64 or 256-128)");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("a layer needs at least one unit, got " + s);
            }
            if (s > Hyperparameter.MAX_LAYER_WIDTH) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "a layer has at most %,d units, got %,d", Hyperparameter.MAX_LAYER_WIDTH, s));
            }
        }
        if (sizes.length > Hyperparameter.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + Hyperparameter.MAX_HIDDEN_LAYERS + " hidden layers, got "
                    + sizes.length);
        }
        String fault = domain.fault(sizes);
        if (fault != null) {
            throw new IllegalArgumentException("hidden layers " + fault);
        }
        return sizes;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
