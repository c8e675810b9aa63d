package org.mlplayground.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.sweep.FoldScore;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.train.sweep.SweepSpec;
import org.mlplayground.train.sweep.Validation;

/** A best cell tied with others says so (the default grid on the circle had four cells at 0.980). */
class SweepTiesTest {

    private static SweepResult grid(double... validation) {
        SweepSpec spec = new SweepSpec(MlpConfig.builder().build(), List.of(new int[] {3}), new double[] {0, 1e-4, 0.1, 1},
                Validation.KFolds.of(2), false);
        List<SweepCell> cells = new ArrayList<>();
        for (int c = 0; c < validation.length; c++) {
            FoldScore fold = new FoldScore(1, validation[c], Double.NaN, 1, 10, 0.01);
            cells.add(new SweepCell(0, c, spec.config(0, c), List.of(fold, fold), null, null, null));
        }
        return new SweepResult(spec, true, cells, 1, 1);
    }

    @Test
    void tiesAreCountedAndAUniqueBestSaysNothing() {
        assertEquals("", SweepViewModel.ties(grid(0.9, 0.98, 0.95, 0.5)));
        assertEquals(", tied with 1 other alpha (the first in order is marked)", SweepViewModel.ties(grid(0.98, 0.98, 0.95, 0.5)));
        assertEquals(", tied with 2 other alphas (the first in order is marked)", SweepViewModel.ties(grid(0.98, 0.98, 0.98, 0.5)));
    }
}
