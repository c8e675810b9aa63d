package org.mlplayground.ui.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonAction;
import org.mlplayground.io.lesson.LessonStep;
import org.mlplayground.io.lesson.LessonView;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Solver;
import org.mlplayground.ui.digits.DigitsEvaluation;
import org.mlplayground.ui.digits.DigitsSettings;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundViewModel;

/**
 * Applies one lesson step to the window: its merged state as one {@link PlaygroundViewModel#applyState}
 * (one configuration, and none when the state is already shown, so training goes on), its Digits
 * settings, its view, and its action. What this window cannot do (a key it has no control for, a
 * view it does not have yet) becomes a note for the panel, never an error.
 */
final class LessonStepRunner {

    /** The keys of the playground's state text in this window. */
    static final Set<String> WINDOW_KEYS = Set.of("dataset", "points", "noise", "test", "dataSeed", "features", "hidden",
            "activation", "solver", "lr", "alpha", "batch", "seed", "scaler", "table", "added");
    /** Keys this window has no control for, with the value that is what it does anyway. */
    private static final Map<String, String> IMPLIED = Map.of("init", "glorot", "x2scale", "1");

    private final PlaygroundViewModel playground;
    private final DigitsViewModel digits;
    private final LessonWindow window;

    LessonStepRunner(PlaygroundViewModel playground, DigitsViewModel digits, LessonWindow window) {
        this.playground = playground;
        this.digits = digits;
        this.window = window;
    }

    /**
     * Shows step {@code n} of {@code lesson} and runs its action; returns the notes for the panel.
     * {@code opening}: the lesson starts here, so points clicked in before it are not kept (unless
     * the lesson names its own).
     */
    List<String> apply(Lesson lesson, int n, boolean opening) {
        List<String> notes = new ArrayList<>();
        LessonStep step = lesson.steps().get(n - 1);
        applyState(lesson.stateAt(n), opening, notes);
        applyDigits(lesson.stateAt(n), notes);
        if (!window.show(step.view())) {
            notes.add("This step shows the " + step.view().fileName() + " view, which this window does not have yet.");
        }
        step.actionIfAny().ifPresent(a -> run(a, step.view(), notes));
        return notes;
    }

    /** The merged state text, applied once if it differs from what the window shows. */
    private void applyState(Map<String, String> state, boolean opening, List<String> notes) {
        Map<String, String> current = parse(playground.stateText());
        Map<String, String> merged = new LinkedHashMap<>(current);
        List<String> skipped = new ArrayList<>();
        state.forEach((k, v) -> {
            if (k.startsWith("digits.")) {
                return;
            }
            if (WINDOW_KEYS.contains(k) || org.mlplayground.io.PlaygroundState.knows(k)) {
                merged.put(k, v);
            } else if (!v.equals(IMPLIED.get(k))) {
                skipped.add(k + " = " + v);
            }
        });
        if (state.containsKey("dataset") && !state.containsKey("table")) {
            merged.remove("table");
        }
        if (opening && !state.containsKey("added")) {
            merged.remove("added");
        }
        if ("none".equals(merged.get("scaler"))) {
            merged.remove("scaler");
        }
        if (!skipped.isEmpty()) {
            notes.add("This window has no control for " + String.join(", ", skipped) + ": left as it is.");
        }
        String text = merged.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        try {
            // compared as the playground writes them (a default named, 1 as 1.0...): unchanged settings
            // send nothing, so that training goes on
            if (!org.mlplayground.io.PlaygroundState.parse(text).toText().equals(playground.stateText())) {
                playground.applyState(text);
            }
        } catch (IllegalArgumentException e) {
            notes.add("The step's settings were not applied: " + e.getMessage());
        }
    }

    /** A state text as its keys and values, in order. */
    static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return m;
    }

    private void applyDigits(Map<String, String> state, List<String> notes) {
        Map<String, String> d = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (k.startsWith("digits.")) {
                d.put(k.substring("digits.".length()), v);
            }
        });
        if (d.isEmpty()) {
            return;
        }
        if (digits == null) {
            notes.add("This window has no Digits tab: its settings were skipped.");
            return;
        }
        DigitsSettings s = digits.settings();
        d.forEach((k, v) -> {
            switch (k) {
                case "hidden" -> s.hiddenProperty().set(v.replace(',', '-'));
                case "activation" -> s.activationProperty().set(Activation.fromName(v));
                case "solver" -> s.solverProperty().set(Solver.fromName(v));
                case "alpha" -> s.alphaProperty().set(Double.parseDouble(v));
                case "batch" -> s.batchSizeProperty().set(Integer.parseInt(v));
                case "epochs" -> s.epochsProperty().set(Integer.parseInt(v));
                case "scaler" -> s.scalerProperty().set(Scaler.fromName(v));
                case "trainSize" -> s.trainSizeProperty().set(Integer.parseInt(v));
                case "seed" -> s.seedProperty().set(Long.parseLong(v));
                default -> notes.add("This window has no Digits setting " + k + ": left as it is.");
            }
        });
    }

    private void run(LessonAction action, LessonView view, List<String> notes) {
        if (action instanceof LessonAction.Train t) {
            if (view == LessonView.DIGITS && digits != null) {
                digits.settings().epochsProperty().set(t.epochs());
                digits.train();
            } else {
                playground.trainEpochs(t.epochs());
            }
        } else if (action instanceof LessonAction.Reset) {
            playground.reset();
        } else if (action instanceof LessonAction.Sweep sweep) {
            if (!window.actions().runAlphaSweep(sweep.alphas())) {
                notes.add("The alpha sweep needs the Sweep tab, which this window does not have.");
            }
        } else if (action instanceof LessonAction.MathStep step) {
            if (!window.actions().stepMath(step.direction(), step.count(), step.example())) {
                notes.add("Stepping the math needs the Math tab, which this window does not have.");
            }
        } else if (action instanceof LessonAction.DrawDigit d) {
            if (!window.drawDigit(d.strokes())) {
                notes.add("The prepared " + d.label() + " needs the Digits pad, which this window does not have.");
            }
        } else if (action instanceof LessonAction.Evaluate e) {
            evaluate(e, notes);
        } else if (action instanceof LessonAction.Compare c) {
            compare(c, notes);
        }
    }

    private void evaluate(LessonAction.Evaluate e, List<String> notes) {
        if (digits == null) {
            notes.add("Evaluating needs the Digits tab.");
            return;
        }
        if (!"test".equals(e.set())) {
            notes.add("This window evaluates on the test set or on your drawn digits: the test set is shown.");
        }
        DigitsEvaluation evaluation = digits.evaluation();
        if (evaluation.evaluationSetProperty().get() != DigitsEvaluation.EvaluationSet.TEST) {
            evaluation.evaluationSetProperty().set(DigitsEvaluation.EvaluationSet.TEST);
        } else {
            evaluation.evaluate();
        }
    }

    private void compare(LessonAction.Compare c, List<String> notes) {
        if (digits == null) {
            notes.add("Comparing needs the Digits tab.");
            return;
        }
        if (digits.mnistProperty().get() == null) {
            notes.add("MNIST is still loading: add the " + c.with() + " with the comparison's button when it is ready.");
            return;
        }
        if ("svm".equals(c.with())) {
            digits.evaluation().svmTrainSizeProperty().set(c.trainSize());
            digits.evaluation().compareSvm();
        } else {
            digits.evaluation().compareLogistic();
        }
    }
}
