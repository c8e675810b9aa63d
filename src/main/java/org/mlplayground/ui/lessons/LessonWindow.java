package org.mlplayground.ui.lessons;

import java.util.List;
import org.mlplayground.io.lesson.LessonView;

/**
 * What a lesson needs from the window around it, beyond the view-models: its tabs and the Digits
 * pad. The app implements it over its tab pane; tests over a stage of their own.
 */
public interface LessonWindow {

    /** Shows the tab or view {@code view}; false if this window has no such view (then nothing changes). */
    boolean show(LessonView view);

    /** The tab shown now, as a lesson names it (playground or digits). */
    LessonView shown();

    /**
     * Draws {@code strokes} on the Digits pad, replacing its drawing; false if there is no pad.
     *
     * @param strokes polylines of points (x, y) in the pad's unit square, y downwards
     */
    boolean drawDigit(List<List<double[]>> strokes);

    /** The sweep and math actions this window can run (none unless the window wires them). */
    default LessonActions actions() {
        return LessonActions.NONE;
    }
}
