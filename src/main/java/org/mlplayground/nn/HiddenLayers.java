package org.mlplayground.nn;

/**
 * Hidden layer sizes written as people write them: {@code 128}, {@code 256,128}, {@code 256-128},
 * {@code 2+3+2}, {@code {3,3}}; empty or {@code none} for no hidden layer.
 */
public final class HiddenLayers {

    private HiddenLayers() {
    }

    /** The sizes in {@code text}; a part that is not a positive whole number is refused, quoted. */
    public static int[] parse(String text) {
        String t = text.trim().replaceAll("[{}()\\[\\]]", "").trim();
        if (t.isEmpty() || t.equalsIgnoreCase("none")) {
            return new int[0];
        }
        String[] parts = t.split("[-+,\\s]+");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sizes[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a layer size (expected e.g. 128,64 or 256-128)");
            }
            if (sizes[i] < 1) {
                throw new IllegalArgumentException("a layer needs at least one unit, got " + sizes[i]);
            }
        }
        return sizes;
    }
}
