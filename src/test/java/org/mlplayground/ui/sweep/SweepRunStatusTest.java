package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the sweep views' message line says around a run. */
class SweepRunStatusTest {

    private static final String CLAMPED = "Folds k: from 2 to 20, got 50; 20 is used.";

    @Test
    void aValueAControlChangedStaysSaidThroughTheNextRun() {
        SweepRunStatus status = new SweepRunStatus();
        status.note(CLAMPED);
        SweepJob job = status.start("Starting 42 cells ...");
        assertEquals(CLAMPED, status.messageProperty().get(), "pressing Run right after typing kept the sentence");
        status.finish(job, SweepViewModel.State.DONE, "Grid done in 4.2 s.");
        assertEquals(CLAMPED + " Grid done in 4.2 s.", status.messageProperty().get());
        SweepJob next = status.start("Starting 42 cells ...");
        assertEquals("", status.messageProperty().get(), "said once, for the run it changed");
        status.finish(next, SweepViewModel.State.DONE, "Grid done in 4.0 s.");
        assertEquals("Grid done in 4.0 s.", status.messageProperty().get());
    }

    @Test
    void theProgressLineCountsFitsThenCellsAndTheTimeLeftInWholeSeconds() {
        org.mlplayground.train.sweep.SweepProgress p =
                new org.mlplayground.train.sweep.SweepProgress(14, 84, 0, 42, 12.0, 19.6, 0.4, null);
        assertEquals("14 of 84 fits (0 of 42 cells), about 20 s left", SweepJob.describe(p));
        // "about 974 ms left" wrapped its last word onto a second line in the Digits panel
        assertEquals(", under 1 s left", SweepJob.left(0.974));
        assertEquals(", about 1 s left", SweepJob.left(1.4));
        assertEquals("", SweepJob.left(Double.NaN), "nothing said before any work is done");
        assertEquals("84 of 84 fits (42 of 42 cells), done",
                SweepJob.describe(new org.mlplayground.train.sweep.SweepProgress(84, 84, 42, 42, 30, 0, 1, null)));
    }

    @Test
    void whatAClickLoadedIsSaidAfterTheRunsSummaryNotInstead() {
        SweepRunStatus status = new SweepRunStatus();
        status.finish(status.start("Starting ..."), SweepViewModel.State.DONE, "Grid done in 4.2 s: best {10}, alpha 1e-4.");
        status.sayAfterSummary("Loaded {3}, alpha 0 into the playground.");
        assertEquals("Grid done in 4.2 s: best {10}, alpha 1e-4. Loaded {3}, alpha 0 into the playground.",
                status.messageProperty().get());
        status.sayAfterSummary("Loaded {10}, alpha 1e-4 into the playground.");
        assertEquals("Grid done in 4.2 s: best {10}, alpha 1e-4. Loaded {10}, alpha 1e-4 into the playground.",
                status.messageProperty().get(), "the last click only");
        assertEquals(1, status.progressProperty().get(), "the full bar stays beside it");
        status.start("Starting ...");
        status.sayAfterSummary("Loaded {3}, alpha 0 into the playground.");
        assertEquals("Loaded {3}, alpha 0 into the playground.", status.messageProperty().get(), "no summary of a run under way");
    }

    @Test
    void aRefusalAfterTheNoteReplacesIt() {
        SweepRunStatus status = new SweepRunStatus();
        status.note(CLAMPED);
        status.say("Alphas: \"abc\" is not a number.");
        status.start("Starting 42 cells ...");
        assertEquals("", status.messageProperty().get());
    }

    @Test
    void aRefusalAfterARunEmptiesTheBarBesideIt() {
        SweepRunStatus status = new SweepRunStatus();
        status.finish(status.start("Starting ..."), SweepViewModel.State.DONE, "Grid done in 4.2 s.");
        assertEquals(1, status.progressProperty().get());
        status.say("Alphas: \"abc\" is not a number.");
        assertEquals(0, status.progressProperty().get(), "no full bar beside a refusal");
        assertEquals("", status.progressTextProperty().get());
    }
}
