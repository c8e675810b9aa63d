package org.mlplayground.ui.shared;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;

/**
 * How much larger than usual the text of a pane is drawn: 1 normally, 17/14 in presentation mode
 * (whose style class sets the text size on a view's root). Canvases and fixed pixel sizes
 * multiply by it, so that charts, cells and their numbers grow with the text a class reads.
 */
public final class TextScale {

    /** The usual text size in pixels (the theme's). */
    public static final double NORMAL = 14;

    private TextScale() {
    }

    /**
     * The scale of the text inside {@code host}, following the style sheets (an invisible,
     * unmanaged label is added to {@code host} to read the text size the CSS gives it); at least 1.
     */
    public static ReadOnlyDoubleProperty of(Pane host) {
        Label probe = new Label();
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
        probe.fontProperty().addListener((o, was, now) -> scale.set(Math.max(1, now.getSize() / NORMAL)));
        host.getChildren().add(probe);
        return scale.getReadOnlyProperty();
    }

    /**
     * Sizes {@code canvas} to {@code width} x {@code height} times {@code k} and returns its
     * graphics context scaled by {@code k}, so that code drawing in (width, height) units fills it
     * sharply at any scale.
     */
    public static GraphicsContext fit(Canvas canvas, double width, double height, double k) {
        canvas.setWidth(Math.ceil(width * k));
        canvas.setHeight(Math.ceil(height * k));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(new Affine(Affine.scale(k, k)));
        return g;
    }
}
