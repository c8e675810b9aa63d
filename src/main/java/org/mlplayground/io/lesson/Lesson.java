package org.mlplayground.io.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lesson: a title, a description and ordered steps, as read from a lesson file
 * ({@link LessonFile}). Value type, immutable.
 *
 * @param title       the lesson's title
 * @param description one or two sentences in {@link LessonText}'s markup (may be empty)
 * @param steps       at least one step, numbered 1, 2, 3, ...
 */
public record Lesson(String title, String description, List<LessonStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Step " + (i + 1) + " of the lesson is numbered " + steps.get(i).number());
            }
        }
    }

    /**
     * The state keys steps 1 to {@code number} set, later steps overriding earlier ones, in the
     * order they were first set: what the window shows at step {@code number} however it got there
     * (Next or Back). Apply it over the state the lesson started from.
     *
     * @param number 1 to the number of steps
     */
    public Map<String, String> stateAt(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IllegalArgumentException("The lesson has steps 1 to " + steps.size() + ", not " + number);
        }
        Map<String, String> merged = new LinkedHashMap<>();
        for (int i = 0; i < number; i++) {
            merged.putAll(steps.get(i).state());
        }
        return merged;
    }

    /**
     * The playground keys of {@link #stateAt(int)} as a partial state text
     * ({@code dataset=gauss&hidden=&activation=logistic}), the form ui's state text reads.
     */
    public String stateTextAt(int number) {
        return stateAt(number).entrySet().stream().filter(e -> !e.getKey().startsWith("digits."))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /**
     * The controls hidden at step {@code number}: those of the latest step up to it that names
     * {@code hide} (none if no step does).
     */
    public List<String> hiddenAt(int number) {
        stateAt(number);
        for (int i = number - 1; i >= 0; i--) {
            if (steps.get(i).hide() != null) {
                return steps.get(i).hide();
            }
        }
        return List.of();
    }

    /**
     * The controls locked at step {@code number} with the reason for each: those of the latest step
     * up to it that names {@code lock} (none if no step does).
     */
    public Map<String, String> lockedAt(int number) {
        stateAt(number);
        for (int i = number - 1; i >= 0; i--) {
            if (steps.get(i).lock() != null) {
                return steps.get(i).lock();
            }
        }
        return Map.of();
    }

    /**
     * This lesson with {@code step} added at the end (its number is set): "add the current state
     * as a step". Its state may be the whole state ({@link StateKey#parseStateText} of the Share
     * text); only the keys that differ from what the last step shows are kept. Its {@code hide}
     * and {@code lock} (null: as the step before) are kept only if they differ.
     */
    public Lesson withStepAdded(LessonStep step) {
        List<Shown> shown = shown();
        Shown last = shown.get(shown.size() - 1);
        Map<String, String> state = new LinkedHashMap<>(last.state());
        state.putAll(step.state());
        shown.add(new Shown(step, state, step.hide() != null ? step.hide() : last.hide(),
                step.lock() != null ? step.lock() : last.lock()));
        return rebuild(shown);
    }

    /** This lesson with step {@code number} replaced by {@code step} (its number is set), the others showing what they showed. */
    public Lesson withStepReplaced(int number, LessonStep step) {
        List<Shown> shown = shown();
        Shown old = shown.get(index(number));
        Map<String, String> state = new LinkedHashMap<>(number == 1 ? Map.of() : stateAt(number - 1));
        state.putAll(step.state());
        shown.set(index(number), new Shown(step, state, step.hide() != null ? step.hide() : old.hide(),
                step.lock() != null ? step.lock() : old.lock()));
        return rebuild(shown);
    }

    /** This lesson without step {@code number}; the other steps show what they showed. Refused for the only step. */
    public Lesson withoutStep(int number) {
        List<Shown> shown = shown();
        shown.remove(index(number));
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs at least one step");
        }
        return rebuild(shown);
    }

    /**
     * This lesson with step {@code from} moved to position {@code to} (both 1-based); every step
     * shows the state, hidden and locked controls it showed before, as far as keys set later can
     * be (a key cannot be unset: let the first step name the whole starting point).
     */
    public Lesson withStepMoved(int from, int to) {
        List<Shown> shown = shown();
        Shown s = shown.remove(index(from));
        shown.add(index(to), s);
        return rebuild(shown);
    }

    /** This lesson with another title and description. */
    public Lesson withTitle(String newTitle, String newDescription) {
        return new Lesson(newTitle, newDescription, steps);
    }

    /** What a step shows, everything merged. */
    private record Shown(LessonStep step, Map<String, String> state, List<String> hide, Map<String, String> lock) {
    }

    private List<Shown> shown() {
        List<Shown> out = new java.util.ArrayList<>();
        for (LessonStep s : steps) {
            out.add(new Shown(s, stateAt(s.number()), hiddenAt(s.number()), lockedAt(s.number())));
        }
        return out;
    }

    private int index(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IllegalArgumentException("The lesson has steps 1 to " + steps.size() + ", not " + number);
        }
        return number - 1;
    }

    /** Steps numbered 1, 2, ... that store only what changes from the step before. */
    private Lesson rebuild(List<Shown> shown) {
        List<LessonStep> out = new java.util.ArrayList<>();
        Map<String, String> before = new LinkedHashMap<>();
        List<String> hideBefore = List.of();
        Map<String, String> lockBefore = Map.of();
        for (Shown s : shown) {
            Map<String, String> delta = new LinkedHashMap<>();
            s.state().forEach((k, v) -> {
                if (!v.equals(before.get(k))) {
                    delta.put(k, v);
                }
            });
            before.putAll(s.state());
            LessonStep t = s.step();
            out.add(new LessonStep(out.size() + 1, t.title(), t.text(), t.notice(), t.view(), delta,
                    s.hide().equals(hideBefore) ? null : s.hide(), s.lock().equals(lockBefore) ? null : s.lock(), t.action()));
            hideBefore = s.hide();
            lockBefore = s.lock();
        }
        return new Lesson(title, description, out);
    }
}
