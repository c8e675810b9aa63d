package org.mlplayground.ui.app;

import java.util.List;
import java.util.stream.Collectors;
import org.mlplayground.io.lesson.LessonAction;
import org.mlplayground.ui.lessons.LessonActions;
import org.mlplayground.ui.math.MathViewModel;
import org.mlplayground.ui.sweep.SweepViewModel;

/** A lesson's sweep and math actions, run on the window's Sweep and Math tabs. */
final class LessonWiring implements LessonActions {

    private final SweepViewModel sweep;
    private final MathViewModel math;

    LessonWiring(SweepViewModel sweep, MathViewModel math) {
        this.sweep = sweep;
        this.math = math;
    }

    @Override
    public boolean runAlphaSweep(List<Double> alphas) {
        sweep.alphasProperty().set(alphas.stream().map(a -> new java.math.BigDecimal(Double.toString(a))
                .stripTrailingZeros().toPlainString()).collect(Collectors.joining(", ")));
        sweep.runAlphaSweep();
        return true;
    }

    @Override
    public boolean stepMath(LessonAction.Direction direction, int count, int example) {
        math.exampleProperty().set(example);
        for (int i = 0; i < Math.max(1, count); i++) {
            switch (direction) {
                case FORWARD -> math.forward();
                case BACKWARD -> math.backward();
                case UPDATE -> math.applyUpdate();
            }
        }
        return true;
    }
}
