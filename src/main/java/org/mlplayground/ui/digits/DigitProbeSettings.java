package org.mlplayground.ui.digits;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.mlplayground.data.DigitProbes;

/**
 * The robustness probes' values: how the drawing is moved, turned, scaled and its strokes
 * thickened before the preprocessing (all at rest: the drawing as drawn).
 */
public final class DigitProbeSettings {

    private final DoubleProperty right = new SimpleDoubleProperty(0);
    private final DoubleProperty down = new SimpleDoubleProperty(0);
    private final DoubleProperty degrees = new SimpleDoubleProperty(0);
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final DoubleProperty stroke = new SimpleDoubleProperty(0);

    /** Every probe, for listeners. */
    List<Observable> all() {
        return List.of(right, down, degrees, scale, stroke);
    }

    /** Whether every probe is at rest. */
    boolean atRest() {
        return right.get() == 0 && down.get() == 0 && degrees.get() == 0 && scale.get() == 1 && Math.round(stroke.get()) == 0;
    }

    /** {@code ink} as the probes change it (the same array when they are at rest). */
    double[][] apply(double[][] ink) {
        if (atRest()) {
            return ink;
        }
        double[][] moved = DigitProbes.transform(ink, right.get(), down.get(), degrees.get(), scale.get());
        return Math.round(stroke.get()) == 0 ? moved : DigitProbes.strokes(moved, Math.round(stroke.get()));
    }

    /** Back to the drawing as drawn. */
    public void reset() {
        right.set(0);
        down.set(0);
        degrees.set(0);
        scale.set(1);
        stroke.set(0);
    }

    /** Columns moved right, -70 to 70 pixels of the pad. */
    public DoubleProperty rightProperty() {
        return right;
    }

    /** Rows moved down, -70 to 70 pixels of the pad. */
    public DoubleProperty downProperty() {
        return down;
    }

    /** Degrees turned clockwise about the centre of mass, -90 to 90. */
    public DoubleProperty degreesProperty() {
        return degrees;
    }

    /** Scale factor about the centre of mass, 0.3 to 1.5. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** Pixels grown (positive) or worn away (negative) on each side of a stroke, -10 to 10. */
    public DoubleProperty strokeProperty() {
        return stroke;
    }
}
