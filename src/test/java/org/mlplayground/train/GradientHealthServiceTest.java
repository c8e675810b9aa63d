package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.GradientHealth;

/** The training service measures gradient health once an epoch and publishes it with its snapshots. */
class GradientHealthServiceTest {

    @Test
    void everyEpochBringsOneMeasurementOfEveryLayer() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(200, true), Toy.config(50)));
            TrainingSnapshot s = Toy.settled(service, 1);
            assertTrue(s.health().isEmpty(), "nothing is measured before the first epoch");
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 5));
            s = Toy.settled(service, 2);
            List<GradientHealth> health = s.health();
            assertEquals(5, health.size());
            for (int e = 0; e < 5; e++) {
                assertEquals(e + 1, health.get(e).epoch());
                assertEquals(s.weights().weightLayers(), health.get(e).layers().size());
                assertTrue(health.get(e).layers().get(0).gradientNorm() > 0);
            }
            assertTrue(Double.isNaN(health.get(0).layers().get(0).updateRatio()), "no earlier weights at the first");
            assertTrue(health.get(4).layers().get(0).updateRatio() > 0);
        }
    }
}
