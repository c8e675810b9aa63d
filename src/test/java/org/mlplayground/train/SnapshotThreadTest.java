package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Probe;

/**
 * The plane's pictures are computed on the snapshot thread from the snapshot's own weights: they
 * are exactly what those weights compute, snapshots reach listeners in order, and the last one
 * goes out before the service counts as stopped.
 */
class SnapshotThreadTest {

    @Test
    void thePlaneIsWhatTheSnapshotsWeightsCompute() throws Exception {
        List<TrainingSnapshot> heard = new CopyOnWriteArrayList<>();
        TrainingService service = new TrainingService();
        try {
            service.addListener(heard::add);
            service.send(new Command.SetSnapshotRate(200));
            TrainingProblem problem = Toy.circle(200, true);
            service.send(new Command.Configure(problem, Toy.config(200)));
            service.send(new Command.Play());
            Toy.await(service, Duration.ofSeconds(120), s -> s.epoch() > 300 && s.plane() != null);
            service.send(new Command.Pause());
            TrainingSnapshot s = Toy.settled(service, 4);
            for (TrainingSnapshot x : new TrainingSnapshot[] {s, heard.get(heard.size() / 2)}) {
                if (x.weights() == null) {
                    continue;
                }
                assertNotNull(x.plane());
                PlaneOutputs expected = PlaneOutputs.compute(x.weights(), problem.plane(),
                        new Probe(x.weights(), problem.plane().inputs()));
                assertArrayEquals(expected.output()[0], x.plane().output()[0], "epoch " + x.epoch());
                for (int l = 0; l < expected.hidden().length; l++) {
                    for (int j = 0; j < expected.hidden()[l].length; j++) {
                        assertArrayEquals(expected.hidden()[l][j], x.plane().hidden()[l][j]);
                    }
                }
            }
            assertEquals(s.epoch(), s.history().get(s.history().size() - 1).epoch(),
                    "paused after full-batch epochs, the snapshot shows the latest epoch's metrics");
        } finally {
            assertTrue(service.stop(10_000));
        }
        assertEquals(TrainingState.STOPPED, service.latest().state(), "the last snapshot is out when stop returns");
        assertEquals(TrainingState.STOPPED, heard.get(heard.size() - 1).state());
        for (int i = 1; i < heard.size(); i++) {
            assertTrue(heard.get(i).sequence() > heard.get(i - 1).sequence(), "in order");
        }
    }

    @Test
    void thePicturesAreComputedAtTheDrawnSizeForTheLayersOnScreen() throws Exception {
        try (TrainingService service = new TrainingService()) {
            TrainingProblem problem = Toy.circle(100, true);
            PlaneGrid small = PlaneGrid.of(-6, 6, -6, 6, 12, PlaneGrid.FeatureMap.IDENTITY);
            service.send(new Command.Configure(problem, Toy.config(100)));
            service.send(new Command.SetPlaneDetail(small, new boolean[] {false, true}));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 3));
            TrainingSnapshot s = Toy.settled(service, 3);
            assertEquals(12, s.plane().grid().resolution());
            assertNull(s.plane().hidden()[0], "hidden layer 1 is not on screen");
            PlaneOutputs expected = PlaneOutputs.compute(s.weights(), small, new Probe(s.weights(), small.inputs()));
            assertArrayEquals(expected.hidden()[1][5], s.plane().hidden()[1][5]);
            assertArrayEquals(expected.output()[0], s.plane().output()[0]);

            PlaneGrid threeFeatures = PlaneGrid.of(-6, 6, -6, 6, 12, (x1, x2) -> new double[] {x1, x2, x1 * x2});
            service.send(new Command.SetPlaneDetail(threeFeatures, null));
            s = Toy.settled(service, 4);
            assertEquals(problem.plane(), s.plane().grid(), "a grid that does not fit the data is ignored");
            assertNotNull(s.plane().hidden()[0], "all layers again");
            service.send(new Command.SetPlaneDetail(null, null));
            assertEquals(problem.plane(), Toy.settled(service, 5).plane().grid());
        }
    }

    @Test
    void theThumbnailsHaveTheirOwnGrid() throws Exception {
        try (TrainingService service = new TrainingService()) {
            TrainingProblem problem = Toy.circle(100, true);
            PlaneGrid fine = PlaneGrid.of(-6, 6, -6, 6, 30, PlaneGrid.FeatureMap.IDENTITY);
            PlaneGrid thumbs = PlaneGrid.of(-6, 6, -6, 6, 10, PlaneGrid.FeatureMap.IDENTITY);
            service.send(new Command.Configure(problem, Toy.config(100)));
            service.send(new Command.SetPlaneDetail(fine, thumbs, new boolean[] {true, false}));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 2));
            TrainingSnapshot s = Toy.settled(service, 3);
            PlaneOutputs plane = s.plane();
            assertEquals(fine, plane.grid());
            assertNull(plane.hidden()[0], "the boundary's grid holds the output only");
            assertArrayEquals(PlaneOutputs.compute(s.weights(), fine, new Probe(s.weights(), fine.inputs())).output()[0],
                    plane.output()[0]);
            PlaneOutputs small = plane.pictures();
            assertEquals(thumbs, small.grid());
            PlaneOutputs expected = PlaneOutputs.compute(s.weights(), thumbs, new Probe(s.weights(), thumbs.inputs()));
            assertArrayEquals(expected.hidden()[0][3], small.hidden()[0][3]);
            assertArrayEquals(expected.output()[0], small.output()[0], "the output's picture on the thumbnails' grid too");
            assertNull(small.hidden()[1], "hidden layer 2 is not on screen");
            service.send(new Command.SetPlaneDetail(null, null));
            PlaneOutputs again = Toy.settled(service, 4).plane();
            assertEquals(again, again.pictures(), "one grid again");
        }
    }
}
