package org.mlplayground.io.lesson;

import java.util.List;

/**
 * What a lesson step does after setting its state (optional). Each kind names the views it runs
 * on; the reader refuses an action on a step that shows another view.
 */
public sealed interface LessonAction {

    /** The action's name in a lesson file ({@code "type"}). */
    String type();

    /**
     * Train for {@code epochs} epochs, then pause: the playground's network on the playground,
     * math and sweep views; on Digits a new network trained for that many epochs.
     *
     * @param epochs 1 to 100000
     */
    record Train(int epochs) implements LessonAction {
        @Override
        public String type() {
            return "train";
        }
    }

    /** Back to the initial weights of the seed (the Reset button), training paused. */
    record Reset() implements LessonAction {
        @Override
        public String type() {
            return "reset";
        }
    }

    /**
     * Run the alpha sweep (sweep view) over these alphas, each a finite value {@code >= 0};
     * by default {@code 10^-1 ... 10^-6}.
     */
    record Sweep(List<Double> alphas) implements LessonAction {
        /** The lecture's sweep 10^-1, 10^-2, ..., 10^-6. */
        public static final List<Double> LECTURE_ALPHAS = List.of(1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6);

        public Sweep {
            alphas = List.copyOf(alphas);
        }

        @Override
        public String type() {
            return "sweep";
        }
    }

    /**
     * Step the math view: {@code count} presses of Forward, Backward or Update (one gradient
     * descent step {@code W[l] -= eta dW[l]}) on training example {@code example} (0-based).
     */
    record MathStep(Direction direction, int count, int example) implements LessonAction {
        @Override
        public String type() {
            return "math-step";
        }
    }

    /** The math view's three buttons. */
    enum Direction { FORWARD, BACKWARD, UPDATE }

    /**
     * Draw a prepared digit on the Digits pad.
     *
     * @param label   the digit the strokes show, 0 to 9
     * @param strokes polylines of points (x, y) in the pad's unit square, y downwards, x and y in [0, 1]
     */
    record DrawDigit(int label, List<List<double[]>> strokes) implements LessonAction {
        public DrawDigit {
            strokes = strokes.stream().map(s -> s.stream().map(double[]::clone).toList()).toList();
        }

        @Override
        public String type() {
            return "draw-digit";
        }
    }

    /** Evaluate the Digits network on the {@code train} or {@code test} set (confusion matrix, ROC). */
    record Evaluate(String set) implements LessonAction {
        @Override
        public String type() {
            return "evaluate";
        }
    }

    /**
     * Add a contender to the Digits comparison: {@code svm} (LIBSVM RBF) or {@code logistic}
     * (no hidden layer), trained on the first {@code trainSize} training digits (1 to 60000).
     */
    record Compare(String with, int trainSize) implements LessonAction {
        @Override
        public String type() {
            return "compare";
        }
    }
}
