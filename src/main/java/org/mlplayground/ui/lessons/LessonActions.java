package org.mlplayground.ui.lessons;

import java.util.List;
import org.mlplayground.io.lesson.LessonAction;

/**
 * What a lesson step can start in the views the lessons do not know themselves: an alpha sweep on
 * the Sweep tab, a step of the Math tab. The window wires them ({@code ui.app}); each answers
 * whether it could.
 */
public interface LessonActions {

    /** Nothing wired: every action answers false (the panel then says the view is missing). */
    LessonActions NONE = new LessonActions() {
        @Override
        public boolean runAlphaSweep(List<Double> alphas) {
            return false;
        }

        @Override
        public boolean stepMath(LessonAction.Direction direction, int count, int example) {
            return false;
        }
    };

    /** Runs the playground's alpha sweep over {@code alphas} (on its own worker). */
    boolean runAlphaSweep(List<Double> alphas);

    /** Moves the Math view {@code count} steps forward or backward, or applies one update, on training row {@code example}. */
    boolean stepMath(LessonAction.Direction direction, int count, int example);
}
