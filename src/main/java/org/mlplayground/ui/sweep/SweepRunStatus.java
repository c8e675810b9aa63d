package org.mlplayground.ui.sweep;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlplayground.train.sweep.SweepProgress;

/**
 * One sweep at a time and what the window shows of it: its state, the fraction of fits done with
 * a line of progress, and the last message. Progress and the end of a run that is no longer the
 * current one (cancelled, then another started) are ignored. Use on the FX thread.
 */
final class SweepRunStatus {

    private final ReadOnlyObjectWrapper<SweepViewModel.State> state = new ReadOnlyObjectWrapper<>(SweepViewModel.State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private SweepJob current;
    /** A value a control changed as it was typed ("Folds k: ... 20 is used."): kept beside the next run's messages. */
    private String note = "";
    /** The last finished run's summary ("Grid done in 4.5 s: best ..."), kept before what a click loads; empty if none. */
    private String summary = "";

    /** Whether a sweep runs; if so the message says to cancel it first. */
    boolean busy() {
        if (current != null) {
            message.set("A sweep is running: cancel it first.");
        }
        return current != null;
    }

    /** A new run, now the current one, with {@code first} as its line of progress. */
    SweepJob start(String first) {
        SweepJob job = new SweepJob();
        current = job;
        state.set(SweepViewModel.State.RUNNING);
        progress.set(0);
        progressText.set(first);
        message.set(note);
        summary = "";
        return job;
    }

    /** Progress of {@code job}, shown if it is still the current run. */
    void progressed(SweepJob job, SweepProgress p) {
        if (current == job) {
            progress.set(p.fraction());
            progressText.set(SweepJob.describe(p));
        }
    }

    /** {@code job} ended in {@code end}, saying {@code text}. */
    void finish(SweepJob job, SweepViewModel.State end, String text) {
        if (current == job) {
            current = null;
        }
        state.set(end);
        message.set(note.isEmpty() ? text : note + " " + text);
        note = "";
        summary = end == SweepViewModel.State.DONE ? text : "";
        if (end == SweepViewModel.State.DONE) {
            progress.set(1);
        } else {
            // no "about 45 s left" beside "Grid cancelled."
            progressText.set("");
            progress.set(0);
        }
    }

    /**
     * {@code job} (a "Grid" or an "Alpha sweep", {@code kind}) finished with {@code result}: "Grid
     * done in 6.0 s: best {10}, alpha 1e-4 (validation accuracy 0.980)", and its ties.
     */
    void done(SweepJob job, String kind, org.mlplayground.train.sweep.SweepResult result) {
        finish(job, SweepViewModel.State.DONE, kind + " done in " + SweepViewModel.seconds(result.wallSeconds()) + ": best "
                + SweepViewModel.describe(result.best(), result.scoreName()) + SweepViewModel.ties(result) + ".");
    }

    /**
     * {@code job} ended with {@code e}: cancelled (saying whether the last finished result of this
     * {@code kind} stays on screen) or failed; folds the data cannot make are said naming
     * {@code splitControl}, the control that asked for them.
     */
    void failed(SweepJob job, Throwable e, String kind, boolean lastResultShown, String splitControl) {
        if (e instanceof java.util.concurrent.CancellationException) {
            finish(job, SweepViewModel.State.CANCELLED, kind + " cancelled" + (lastResultShown
                    ? ": the " + kind.toLowerCase(java.util.Locale.ROOT) + " shown is the last finished one." : "."));
        } else {
            finish(job, SweepViewModel.State.FAILED, (e instanceof org.mlplayground.train.sweep.Validation.CannotSplit
                    ? splitControl + ": " : "The sweep failed: ") + org.mlplayground.ui.shared.Background.sentence(e));
        }
    }

    /** Stops the running sweep, if any; its fits end at their next epoch. */
    void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Says {@code text} in the message line (and, between runs, clears the last run's progress and bar beside it). */
    void say(String text) {
        if (state.get() != SweepViewModel.State.RUNNING) {
            // no full bar or "42 of 42 cells, done" beside a refusal
            progressText.set("");
            progress.set(0);
        }
        message.set(text);
        note = "";
    }

    /**
     * Says {@code text} after the last finished run's summary, which stays readable (a click on a
     * cell had replaced it), and leaves the bar and the progress line as they are.
     */
    void sayAfterSummary(String text) {
        message.set(summary.isEmpty() ? text : summary + " " + text);
        note = "";
    }

    /**
     * Says that a control changed a typed value ({@code text}), and keeps saying it through the
     * next run until it ends (pressing Run right after typing replaced the sentence at once).
     */
    void note(String text) {
        say(text);
        note = text;
    }

    ReadOnlyObjectProperty<SweepViewModel.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
