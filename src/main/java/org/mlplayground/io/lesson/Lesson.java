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
}
