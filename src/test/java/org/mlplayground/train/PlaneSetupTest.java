package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;

/** The playground's data built from its settings: x2 in other units moves the points and the plane alike. */
class PlaneSetupTest {

    private static PlaneSetup setup(double x2Scale) {
        return new PlaneSetup(Generators.CIRCLE, 100, 0.1, 0.5, 3, EnumSet.of(Feature2D.X1, Feature2D.X2), Scaler.NONE,
                null, List.of(), x2Scale);
    }

    @Test
    void x2InOtherUnitsScalesThePointsAndThePlanesX2Axis() {
        PlaneSetup.PlaneProblem plain = setup(1).build();
        PlaneSetup.PlaneProblem scaled = setup(1000).build();
        for (int i = 0; i < plain.train().size(); i++) {
            assertEquals(plain.train().points()[i][0], scaled.train().points()[i][0], 0.0);
            assertEquals(1000 * plain.train().points()[i][1], scaled.train().points()[i][1], 1e-9);
        }
        assertEquals(1000 * plain.problem().plane().yMax(), scaled.problem().plane().yMax(), 1e-9);
        assertEquals(plain.problem().plane().xMax(), scaled.problem().plane().xMax(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> setup(0));
    }
}
