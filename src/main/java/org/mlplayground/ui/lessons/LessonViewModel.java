package org.mlplayground.ui.lessons;

import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonFile;
import org.mlplayground.io.lesson.LessonStep;
import org.mlplayground.io.lesson.StateKey;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;

/**
 * Lesson mode: the lesson open, the step shown (1 to N), the controls it hides and locks, the
 * notes on what this window could not do, and the commands Next, Back, Leave and the builder's
 * (add the current state as a step, edit, move, remove, save). Files are read and written through
 * {@link Background}; a refused file leaves the lesson and the playground as they were.
 */
public final class LessonViewModel {

    private final PlaygroundViewModel playground;
    private final Background background;
    private final LessonWindow window;
    private final LessonStepRunner runner;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObjectProperty<List<String>> hidden = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<String, String>> locked = new SimpleObjectProperty<>(Map.of());
    private final ObjectBinding<LessonStep> current;

    /**
     * Lesson mode over {@code playground} and {@code digits} (null when the window has no Digits
     * tab), reading and writing files through {@code background}, showing views through {@code window}.
     */
    public LessonViewModel(PlaygroundViewModel playground, DigitsViewModel digits, Background background, LessonWindow window) {
        this.playground = playground;
        this.background = background;
        this.window = window;
        this.runner = new LessonStepRunner(playground, digits, window);
        current = Bindings.createObjectBinding(() -> lesson.get() == null || step.get() < 1 || step.get() > lesson.get().steps().size()
                ? null : lesson.get().steps().get(step.get() - 1), lesson, step);
    }

    /** The built-in lessons in their index's order, keyed by file name; empty (with a message) if they cannot be read. */
    public Map<String, Lesson> builtIns() {
        try {
            return LessonFile.builtIns();
        } catch (org.mlplayground.io.lesson.LessonFileException e) {
            message.set(e.getMessage());
            return Map.of();
        }
    }

    /** Opens {@code l} at its first step: lesson mode on. */
    public void open(Lesson l) {
        lesson.set(l);
        active.set(true);
        message.set("");
        show(1, true);
    }

    /** Reads the lesson in {@code file} on the worker, then opens it; a refused file only says why. */
    public void openFile(File file) {
        message.set("Reading " + file.getName() + "\u2026");
        background.run(() -> LessonFile.read(file.toPath()), this::open, e -> message.set(Background.sentence(e)));
    }

    /** The next step, if there is one. */
    public void next() {
        if (active.get() && step.get() < lesson.get().steps().size()) {
            go(step.get() + 1);
        }
    }

    /** The step before, if there is one. */
    public void back() {
        if (active.get() && step.get() > 1) {
            go(step.get() - 1);
        }
    }

    /** Leaves lesson mode with the state as it is: every control shown and unlocked again. */
    public void leave() {
        active.set(false);
        hidden.set(List.of());
        locked.set(Map.of());
        notes.clear();
    }

    /** Shows step {@code n}: its state, view, hidden and locked controls, and runs its action. */
    public void go(int n) {
        show(n, false);
    }

    private void show(int n, boolean opening) {
        Lesson l = lesson.get();
        step.set(n);
        hidden.set(l.hiddenAt(n));
        locked.set(l.lockedAt(n));
        notes.setAll(runner.apply(l, n, opening));
    }

    // ---- the builder ----

    /**
     * Adds the playground's current state as a new last step (a new lesson if none is open) and
     * shows it; only what differs from the step before is stored.
     */
    public void addCurrentState() {
        Map<String, String> state;
        try {
            state = StateKey.parseStateText(playground.stateText());
        } catch (IllegalArgumentException e) {
            message.set("The current state cannot be a step: " + e.getMessage());
            return;
        }
        Lesson l = lesson.get();
        int n = l == null ? 1 : l.steps().size() + 1;
        LessonStep added = new LessonStep(n, "Step " + n, "What this step shows, in a few sentences.", "", window.shown(),
                state, null, null, null);
        lesson.set(l == null ? new Lesson("My lesson", "", List.of(added)) : l.withStepAdded(added));
        active.set(true);
        step.set(n);
        message.set("Added step " + n + ": edit its text, then save the lesson.");
    }

    /** Gives the step shown a new title, text and question (in the lesson markup; a bad one is refused with a message). */
    public void editStep(String title, String text, String notice) {
        LessonStep s = current.get();
        if (s == null) {
            return;
        }
        try {
            org.mlplayground.io.lesson.LessonText.parse(text);
            org.mlplayground.io.lesson.LessonText.parse(notice);
        } catch (IllegalArgumentException e) {
            message.set("Not changed: " + e.getMessage());
            return;
        }
        if (title.isBlank()) {
            message.set("Not changed: a step needs a title.");
            return;
        }
        lesson.set(lesson.get().withStepReplaced(s.number(), new LessonStep(s.number(), title.strip(), text, notice, s.view(),
                s.state(), null, null, s.action())));
        message.set("");
    }

    /** Gives the lesson open a new title (not empty), keeping its description. */
    public void renameLesson(String title) {
        Lesson l = lesson.get();
        if (l == null || title.isBlank() || title.strip().equals(l.title())) {
            return;
        }
        lesson.set(l.withTitle(title.strip(), l.description()));
    }

    /** Moves the step shown up (-1) or down (+1); it stays the step shown. */
    public void moveStep(int delta) {
        int n = step.get();
        int to = n + delta;
        if (lesson.get() == null || to < 1 || to > lesson.get().steps().size()) {
            return;
        }
        lesson.set(lesson.get().withStepMoved(n, to));
        step.set(to);
    }

    /** Removes the step shown (not the only one). */
    public void removeStep() {
        Lesson l = lesson.get();
        if (l == null || l.steps().size() < 2) {
            message.set("A lesson needs at least one step.");
            return;
        }
        int n = step.get();
        lesson.set(l.withoutStep(n));
        step.set(Math.min(n, l.steps().size() - 1));
    }

    /** Writes the lesson to {@code file} on the worker (atomically). */
    public void save(File file) {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        background.run(() -> {
            LessonFile.write(l, file.toPath());
            return file.getName();
        }, name -> message.set("Saved the lesson as " + name + "."), e -> message.set("Not saved: " + Background.sentence(e)));
    }

    // ---- properties ----

    /** The lesson open, or null. */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    /** The step shown, 1 to N (0 before any). */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** The step shown, or null. */
    public ObjectBinding<LessonStep> currentStepProperty() {
        return current;
    }

    /** Whether lesson mode is on (the panel shows, the clicker keys move between steps). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** What the last file operation said, or a refused file's one line; empty when there is nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What this window could not do at this step (keys without a control, views it lacks). */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The controls hidden now ({@link org.mlplayground.io.lesson.LessonControl} names). */
    public ObjectProperty<List<String>> hiddenProperty() {
        return hidden;
    }

    /** The controls locked now, each with the reason shown on hover. */
    public ObjectProperty<Map<String, String>> lockedProperty() {
        return locked;
    }
}
