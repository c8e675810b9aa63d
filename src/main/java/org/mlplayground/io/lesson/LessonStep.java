package org.mlplayground.io.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a lesson, as read and validated from a lesson file.
 *
 * @param number the step's number, 1 for the first
 * @param title  a short heading
 * @param text   a few sentences in {@link LessonText}'s markup
 * @param notice the "what to notice" question, in the same markup (may be empty)
 * @param view   the tab or view shown
 * @param state  the state keys this step sets ({@link StateKey}), each as the state text writes its
 *               value ({@code hidden} -> {@code 8,8}), in file order; keys not named keep the value
 *               earlier steps gave them
 * @param hide   controls hidden from this step on ({@link LessonControl} names), or null to keep the
 *               previous step's (see {@link Lesson#hiddenAt(int)})
 * @param lock   controls shown but locked from this step on, each with the reason shown on hover, or
 *               null to keep the previous step's (see {@link Lesson#lockedAt(int)})
 * @param action what the step runs after setting its state, or null
 */
public record LessonStep(int number, String title, String text, String notice, LessonView view,
                         Map<String, String> state, List<String> hide, Map<String, String> lock, LessonAction action) {

    public LessonStep {
        state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
        hide = hide == null ? null : List.copyOf(hide);
        lock = lock == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(lock));
    }

    /** The action, if the step has one. */
    public Optional<LessonAction> actionIfAny() {
        return Optional.ofNullable(action);
    }

    /** The playground keys of {@link #state()} (no {@code digits.} ones). */
    public Map<String, String> playgroundState() {
        Map<String, String> m = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (!k.startsWith("digits.")) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** The Digits settings of {@link #state()}, keyed without the {@code digits.} prefix. */
    public Map<String, String> digitsState() {
        Map<String, String> m = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (k.startsWith("digits.")) {
                m.put(k.substring("digits.".length()), v);
            }
        });
        return m;
    }
}
