package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.Solver;
import org.junit.jupiter.api.Test;

/** The training service: commands in order between steps, snapshots that are never torn. */
class TrainingServiceTest {

    @Test
    void aPauseEndsAStepUnderWay() throws Exception {
        TrainingService service = new TrainingService();
        try {
            service.send(new Command.Configure(Toy.circle(200, true), Toy.config(50)));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 1_000_000));
            Toy.await(service, Duration.ofSeconds(120), x -> x.epoch() > 3 && x.state() == TrainingState.RUNNING);
            service.send(new Command.Pause());
            TrainingSnapshot s = Toy.settled(service, 3);
            assertEquals(TrainingState.PAUSED, s.state());
            assertTrue(s.epoch() < 1_000_000, "the million epochs were cut short: " + s.epoch());
            long epoch = s.epoch();
            Thread.sleep(100);
            assertEquals(epoch, service.latest().epoch(), "paused means paused");
        } finally {
            service.close();
        }
    }

    @Test
    void stepsPlaysPausesAndPublishesWhatItDid() throws Exception {
        try (TrainingService service = new TrainingService()) {
            TrainingProblem problem = Toy.circle(200, true);
            service.send(new Command.Configure(problem, Toy.config(50)));
            TrainingSnapshot s = Toy.settled(service, 1);
            assertEquals(TrainingState.PAUSED, s.state());
            assertEquals(0, s.epoch());
            assertNotNull(s.plane(), "2D data comes with the plane's grids");
            assertEquals(1, s.plane().output().length);
            assertEquals(2, s.plane().hidden().length, "one grid set per hidden layer");
            assertEquals(8, s.plane().hidden()[1].length, "one grid per neuron");
            assertEquals(40 * 40, s.plane().hidden()[1][7].length);

            service.send(new Command.Step(Command.Step.Unit.BATCH, 3));
            s = Toy.settled(service, 2);
            assertEquals(3, s.step());
            assertEquals(0, s.epoch(), "4 batches make an epoch of 200 points");
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 5));
            s = Toy.settled(service, 3);
            assertEquals(5, s.epoch(), "the started epoch is completed, then four more");
            assertEquals(20, s.step());
            assertEquals(5, s.history().size());
            assertTrue(s.testLoss() > 0 && s.testScore() >= 0 && s.testScore() <= 1);

            service.send(new Command.Play());
            Toy.await(service, Duration.ofSeconds(120), x -> x.epoch() > 100 && x.state() == TrainingState.RUNNING);
            service.send(new Command.Pause());
            s = Toy.settled(service, 5);
            long epoch = s.epoch();
            Thread.sleep(100);
            assertEquals(epoch, service.latest().epoch(), "paused means paused");
            assertTrue(s.trainScore() > 0.9, "the circle is learned: " + s.trainScore());
            // a time is recorded: a number, its figure reported and compared with nothing
            assertTrue(Double.isFinite(s.seconds()), "training time " + s.seconds() + " s");
            System.out.println("training time recorded: " + s.seconds() + " s");
        }
    }

    @Test
    void sameSeedAndCommandsGiveTheSameWeightsAtAnySnapshotRate() throws Exception {
        Network reference = null;
        for (double rate : new double[] {1, 30, 1000, 1, 30, 1000, 1, 30, 1000, 7}) {
            try (TrainingService service = new TrainingService()) {
                service.send(new Command.SetSnapshotRate(rate));
                service.send(new Command.Configure(Toy.circle(300, true), Toy.config(32)));
                service.send(new Command.Step(Command.Step.Unit.EPOCH, 20));
                service.send(new Command.SetLearningRate(0.003));
                service.send(new Command.SetAlpha(0.01));
                service.send(new Command.SetBatchSize(7));
                service.send(new Command.SetActivation(Activation.RELU));
                service.send(new Command.Step(Command.Step.Unit.BATCH, 77));
                TrainingSnapshot s = Toy.settled(service, 8);
                assertEquals(8, s.commands());
                if (reference == null) {
                    reference = s.weights();
                } else {
                    assertSameWeights(reference, s.weights());
                }
            }
        }
    }

    @Test
    void snapshotsAreNeverTakenHalfwayThroughAStep() throws Exception {
        TrainingProblem problem = Toy.circle(200, false);
        MlpConfig config = Toy.config(16);
        List<TrainingSnapshot> seen = new ArrayList<>();
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.SetSnapshotRate(2000));
            service.send(new Command.Configure(problem, config));
            ConcurrentLinkedQueue<TrainingSnapshot> published = new ConcurrentLinkedQueue<>();
            service.addListener(published::add);
            service.send(new Command.Play());
            // however fast the steps go: enough snapshots taken while playing, whatever their steps
            Toy.await(service, Duration.ofSeconds(120), s -> s.step() > 3000
                    && published.stream().filter(p -> p.weights() != null && p.step() > 0).count() >= 20);
            service.send(new Command.Pause());
            Toy.settled(service, 4);
            long last = -1;
            for (TrainingSnapshot s : published) {
                if (s.weights() != null && s.step() > 0 && s.step() != last && seen.size() < 40) {
                    seen.add(s);
                    last = s.step();
                }
            }
        }
        assertTrue(seen.size() >= 5, "enough snapshots to compare: " + seen.size());
        // replay the same steps alone: every snapshot's weights are those after exactly its step count
        MlpClassifier replay = new MlpClassifier(config);
        replay.setClasses(problem.classes());
        replay.initialize(2, 1);
        long steps = 0;
        for (TrainingSnapshot s : seen.stream().sorted((a, b) -> Long.compare(a.step(), b.step())).toList()) {
            while (steps < s.step()) {
                replay.trainBatch(problem.train(), problem.trainLabels());
                steps++;
            }
            assertSameWeights(replay.networkCopy(), s.weights());
        }
    }

    @Test
    void commandsFromManyThreadsAreAllAppliedInTheirSendersOrder() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(200, true), Toy.config(10)));
            service.send(new Command.Play());
            int threads = 4;
            int each = 300;
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread sender = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < each; i++) {
                        // thread 0 changes the learning rate, 1 alpha, 2 the batch size, 3 the speed limit
                        switch (id) {
                            case 0 -> service.send(new Command.SetLearningRate(0.001 * (i + 1)));
                            case 1 -> service.send(new Command.SetAlpha(0.0001 * (i + 1)));
                            case 2 -> service.send(new Command.SetBatchSize(1 + i % 50));
                            default -> service.send(new Command.SetSpeedLimit(i == each - 1 ? 0 : 1e6));
                        }
                    }
                });
                sender.start();
                senders.add(sender);
            }
            start.countDown();
            for (Thread sender : senders) {
                sender.join();
            }
            service.send(new Command.Pause());
            TrainingSnapshot s = Toy.settled(service, 2 + threads * each + 1);
            assertEquals(2 + threads * each + 1, s.commands(), "no command lost");
            assertEquals(0.001 * each, s.config().learningRateInit(), 1e-15, "each sender's last word holds");
            assertEquals(0.0001 * each, s.config().alpha(), 1e-15);
            assertEquals(1 + (each - 1) % 50, s.config().batchSize());
            assertTrue(s.weights().isFinite());
            assertTrue(s.step() > 0, "it trained while the commands came in");
        }
    }

    @Test
    void divergencePausesWithTheStepAndAResetRecovers() throws Exception {
        try (TrainingService service = new TrainingService()) {
            MlpConfig wild = Toy.config(200).toBuilder().solver(Solver.SGD).momentum(0).learningRateInit(1e9)
                    .activation(Activation.RELU).build();
            service.send(new Command.Configure(Toy.circle(200, true), wild));
            service.send(new Command.Play());
            TrainingSnapshot s = Toy.await(service, Duration.ofSeconds(120), x -> x.state() == TrainingState.DIVERGED);
            assertTrue(s.message().contains("at step " + s.step()), s.message());
            assertNull(s.plane(), "no pictures of diverged weights");
            service.send(new Command.Play());
            s = Toy.settled(service, 3);
            assertEquals(TrainingState.DIVERGED, s.state(), "playing on is refused");
            service.send(new Command.SetLearningRate(0.01));
            service.send(new Command.Reset(null));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 3));
            s = Toy.settled(service, 6);
            assertEquals(TrainingState.PAUSED, s.state());
            assertEquals(3, s.epoch());
            assertTrue(s.weights().isFinite() && Double.isFinite(s.trainLoss()));
        }
    }

    @Test
    void aBadCommandIsRefusedWithAMessageAndTrainingGoesOn() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Play());
            TrainingSnapshot s = Toy.settled(service, 1);
            assertEquals(TrainingState.IDLE, s.state());
            assertTrue(s.message().contains("configure"), s.message());
            service.send(new Command.Configure(Toy.circle(100, false), Toy.config(10)));
            service.send(new Command.Play());
            service.send(new Command.SetAlpha(-1));
            s = Toy.await(service, Duration.ofSeconds(120), x -> x.commands() == 4);
            assertEquals("Not done: alpha must be a finite number >= 0, got -1", s.message());
            assertEquals(TrainingState.RUNNING, s.state());
            long step = s.step();
            Toy.await(service, Duration.ofSeconds(120), x -> x.step() > step + 100);
            service.send(new Command.LoadModel(Network.glorot(new int[] {3, 4, 1}, Activation.RELU,
                    org.mlplayground.nn.OutputKind.LOGISTIC, 0)));
            s = Toy.await(service, Duration.ofSeconds(120), x -> x.commands() == 5);
            assertTrue(s.message().contains("3 inputs"), s.message());
            assertEquals(TrainingState.RUNNING, s.state());
        }
    }

    @Test
    void aWeightSetByHandIsTrainedOnAndABadOneRefused() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(100, true), Toy.config(10)));
            service.send(new Command.SetWeight(1, 2, 0, 1.75));
            TrainingSnapshot s = Toy.settled(service, 2);
            assertEquals(1.75, s.weights().weight(1, 2, 0));
            service.send(new Command.SetWeight(1, 9, 0, 1.0));
            s = Toy.settled(service, 3);
            assertTrue(s.message().startsWith("Not done: There is no weight from unit 9 of layer 1"), s.message());
            service.send(new Command.SetWeight(0, 0, 0, Double.NaN));
            s = Toy.settled(service, 4);
            assertTrue(s.message().contains("finite"), s.message());
            assertEquals(1.75, s.weights().weight(1, 2, 0), "nothing changed");
        }
    }

    @Test
    void anArchitectureChangeStartsOverWithANotice() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(100, true), Toy.config(10)));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 2));
            service.send(new Command.SetHiddenLayers(new int[] {5, 4, 3}));
            TrainingSnapshot s = Toy.settled(service, 3);
            assertEquals(0, s.epoch());
            assertArrayEquals(new int[] {2, 5, 4, 3, 1}, s.weights().layerSizes());
            assertTrue(s.message().contains("[5, 4, 3]"), s.message());
            assertEquals(3, s.plane().hidden().length);
        }
    }

    @Test
    void loadedWeightsAreTrainedOn() throws Exception {
        try (TrainingService service = new TrainingService()) {
            Network weights = Network.glorot(new int[] {2, 6, 1}, Activation.TANH, org.mlplayground.nn.OutputKind.LOGISTIC, 9);
            service.send(new Command.Configure(Toy.circle(100, false), Toy.config(10)));
            service.send(new Command.LoadModel(weights));
            TrainingSnapshot s = Toy.settled(service, 2);
            assertSameWeights(weights, s.weights());
            assertArrayEquals(new int[] {6}, s.config().hiddenLayerSizes());
        }
    }

    @Test
    void closingEndsTheThreadAndNoThreadOutlivesItsService() throws Exception {
        long before = trainingThreads();
        for (int i = 0; i < 10; i++) {
            TrainingService service = new TrainingService();
            service.send(new Command.Configure(Toy.circle(100, true), Toy.config(10)));
            service.send(new Command.Play());
            service.close();
            assertFalse(service.isAlive());
            assertEquals(TrainingState.STOPPED, service.latest().state());
            assertThrows(IllegalStateException.class, () -> service.send(new Command.Play()));
        }
        assertEquals(before, trainingThreads());
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("training") && t.isAlive()).count();
    }

    static void assertSameWeights(Network expected, Network actual) {
        assertArrayEquals(expected.layerSizes(), actual.layerSizes());
        for (int l = 0; l < expected.weightLayers(); l++) {
            assertArrayEquals(expected.coefs(l).data, actual.coefs(l).data, 0.0, "layer " + l);
            assertArrayEquals(expected.intercepts(l), actual.intercepts(l), 0.0, "layer " + l);
        }
    }
}
