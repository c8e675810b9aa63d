package org.mlplayground.ui.app;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Zooms the whole window: its one child is laid out at the window's size divided by the zoom and
 * drawn that many times larger, canvases and images included (Ctrl+plus, Ctrl+minus, Ctrl+0).
 * Mouse coordinates follow the transform, so every control keeps working. Presentation mode adds
 * its own factor on a large window ({@link #presentationFactor}), so that the graph, the boundary,
 * the charts, the pad and the confusion matrix grow with the text, not only the text.
 */
final class ZoomPane extends Region {

    /** The smallest and largest zoom factors offered. */
    static final double MIN = 0.5;
    static final double MAX = 3;
    private static final double STEP = 1.1;

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final javafx.beans.property.BooleanProperty presentation = new javafx.beans.property.SimpleBooleanProperty();

    ZoomPane(Parent content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        zoom.addListener(o -> requestLayout());
        presentation.addListener(o -> requestLayout());
    }

    /** Whether presentation mode's factor applies. */
    javafx.beans.property.BooleanProperty presentationProperty() {
        return presentation;
    }

    /**
     * Presentation mode's zoom on a window of {@code width} x {@code height}: the layout made for
     * 1440 x 1000 (at presentation mode's text size) drawn as large as the window allows, 1 to 1.6.
     */
    static double presentationFactor(double width, double height) {
        return Math.max(1, Math.min(1.6, Math.min(width / 1440, height / 1000)));
    }

    /** The factor the content is drawn at: the user's zoom times presentation mode's. */
    double effectiveZoom() {
        return zoom.get() * (presentation.get() ? presentationFactor(getWidth(), getHeight()) : 1);
    }

    /** The zoom factor, 1 for none; kept within [{@link #MIN}, {@link #MAX}] by the keys. */
    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** One step larger (sign 1), smaller (sign -1), or back to 1 (sign 0). */
    void step(int sign) {
        double z = sign == 0 ? 1 : zoom.get() * (sign > 0 ? STEP : 1 / STEP);
        zoom.set(Math.max(MIN, Math.min(MAX, Math.abs(z - 1) < 1e-6 ? 1 : z)));
    }

    @Override
    protected void layoutChildren() {
        double z = effectiveZoom();
        scale.setX(z);
        scale.setY(z);
        content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
