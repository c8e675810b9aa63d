package org.mlplayground.ui.shared;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The size of a text in a font, as canvases need it to place their labels: measured once per font
 * and text (the last 512 kept; charts redraw with every snapshot, their labels seldom change).
 */
public final class TextMetrics {

    private static final java.util.Map<String, Double> MEASURED = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Double> eldest) {
            return size() > 512;
        }
    };

    private TextMetrics() {
    }

    /** The width of {@code s} in {@code font}, pixels. */
    public static double width(String s, Font font) {
        return measure(s, font, true);
    }

    /** The height of a line of text in {@code font} (of "0.1": digits and a point), pixels. */
    public static double height(Font font) {
        return measure("0.1", font, false);
    }

    private static double measure(String s, Font font, boolean width) {
        synchronized (MEASURED) {
            return MEASURED.computeIfAbsent(font.getName() + '/' + font.getSize() + (width ? "/w/" : "/h/") + s, key -> {
                Text t = new Text(s);
                t.setFont(font);
                return width ? t.getLayoutBounds().getWidth() : t.getLayoutBounds().getHeight();
            });
        }
    }
}
