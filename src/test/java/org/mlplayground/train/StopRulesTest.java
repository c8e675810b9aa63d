package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpClassifier;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Solver;
import org.mlplayground.nn.StopReason;

/**
 * The window and the command line stop alike: the service configured with the stop rules trains
 * to the same weights, bit for bit, and stops for the same reason as {@code fit}, whether it is
 * played or stepped epoch by epoch between other commands.
 */
class StopRulesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final TrainingProblem problem = Toy.circle(200, false);

    @Test
    void tolStopsTheServiceWhereFitStops() throws Exception {
        MlpConfig config = Toy.config(32).toBuilder().learningRateInit(0.02).tol(1e-3).nIterNoChange(4)
                .maxIter(5000).build();
        StopReason reason = assertServiceMatchesFit(config, true);
        assertInstanceOf(StopReason.Converged.class, reason);
        assertEquals("stopped at a plateau: the loss fell by less than tol=0.001 for 4 epochs (not necessarily a good fit)", reason.message());
    }

    @Test
    void maxEpochsStopTheServiceWhereFitStops() throws Exception {
        MlpConfig config = Toy.config(32).toBuilder().tol(0).maxIter(17).build();
        StopReason reason = assertServiceMatchesFit(config, false);
        assertEquals(new StopReason.MaxIter(17, 17, -1), reason);
        assertEquals("reached max epochs (17)", reason.message());
    }

    @Test
    void earlyStoppingRestoresTheSameEpochInBoth() throws Exception {
        MlpConfig config = Toy.config(16).toBuilder().learningRateInit(0.03).earlyStopping(true)
                .validationFraction(0.2).nIterNoChange(5).maxIter(5000).build();
        StopReason reason = assertServiceMatchesFit(config, true);
        StopReason.EarlyStopping early = assertInstanceOf(StopReason.EarlyStopping.class, reason);
        assertTrue(early.restoredEpoch() < early.epoch(), reason.toString());
        assertEquals("early stopping: validation score did not improve for 5 epochs; restored epoch "
                + early.restoredEpoch(), reason.message());
    }

    @Test
    void playAfterAStopIsAWarmStart() throws Exception {
        MlpConfig config = Toy.config(32).toBuilder().tol(0).maxIter(6).build();
        MlpClassifier twice = new MlpClassifier(config.toBuilder().warmStart(true).build());
        twice.fit(problem.train(), problem.trainLabels());
        twice.fit(problem.train(), problem.trainLabels());
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, config, "", true));
            service.send(new Command.Play());
            TrainingSnapshot s = awaitStop(service);
            assertEquals(6, s.epoch());
            service.send(new Command.Play());
            s = Toy.await(service, PATIENCE, x -> x.commands() == 3 && x.stoppedByRule());
            assertEquals(new StopReason.MaxIter(12, 6, -1), s.stopReason(), "max_iter counts from the Play");
            TrainingServiceTest.assertSameWeights(twice.networkCopy(), s.weights());
            assertEquals(12, s.history().size());
        }
    }

    @Test
    void stopRulesChangeLiveAndAStepCrossingAStopEndsThere() throws Exception {
        MlpConfig config = Toy.config(32).toBuilder().tol(0).maxIter(1000).build();
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, config, "", true));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 3));
            service.send(new Command.SetStopRules(true, false, 0.1, 0, 10, 5));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 50));
            TrainingSnapshot s = Toy.settled(service, 4);
            assertEquals(5, s.epoch(), "the Step ends where max_iter fires");
            assertEquals(new StopReason.MaxIter(5, 5, -1), s.stopReason());
            assertEquals(TrainingState.PAUSED, s.state());
            assertEquals("reached max epochs (5)", s.message());
            service.send(new Command.SetStopRules(true, false, 0.1, -1, 10, 5));
            s = Toy.settled(service, 5);
            assertTrue(s.message().startsWith("Not done: tol"), s.message());
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 2));
            s = Toy.settled(service, 6);
            assertEquals(7, s.epoch());
            assertNull(s.stopReason(), "going on clears the reason");
        }
    }

    @Test
    void earlyStoppingTurnedOnLiveGoesOnFromTheCurrentWeights() throws Exception {
        MlpConfig config = Toy.config(32);
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, config));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 5));
            service.send(new Command.SetStopRules(true, true, 0.25, 1e-4, 10, 3));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 50));
            TrainingSnapshot s = Toy.settled(service, 4);
            StopReason.MaxIter max = assertInstanceOf(StopReason.MaxIter.class, s.stopReason());
            assertEquals(8, max.epoch(), "three epochs more, then max_iter");
            assertTrue(max.restoredEpoch() >= 6 && max.restoredEpoch() <= 8, max.message());
            assertTrue(s.config().earlyStopping());
            service.send(new Command.SetStopRules(false, false, 0.25, 1e-4, 10, 3));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 10));
            s = Toy.settled(service, 6);
            assertEquals(18, s.epoch(), "rules off: past max_iter");
            assertNull(s.stopReason());
        }
    }

    @Test
    void withoutStopRulesTheServiceTrainsPastMaxIter() throws Exception {
        MlpConfig config = Toy.config(32).toBuilder().maxIter(3).tol(10).nIterNoChange(1).earlyStopping(true).build();
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, config));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 20));
            TrainingSnapshot s = Toy.settled(service, 2);
            assertEquals(20, s.epoch());
            assertNull(s.stopReason());
        }
    }

    @Test
    void lbfgsCannotBeSteppedAndSaysSo() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, Toy.config(32).toBuilder().solver(Solver.LBFGS).build(), "", true));
            service.send(new Command.Play());
            TrainingSnapshot s = Toy.await(service, PATIENCE, x -> x.state() == TrainingState.ERROR);
            assertTrue(s.message().contains("lbfgs") && s.message().contains("sgd or adam"), s.message());
        }
    }

    @Test
    void divergenceNamesTheStepAndTheRemedy() throws Exception {
        MlpConfig wild = Toy.config(200).toBuilder().solver(Solver.SGD).momentum(0).learningRateInit(1e9)
                .activation(Activation.RELU).build();
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, wild, "", true));
            service.send(new Command.Play());
            TrainingSnapshot s = Toy.await(service, PATIENCE, x -> x.state() == TrainingState.DIVERGED);
            StopReason.Diverged d = assertInstanceOf(StopReason.Diverged.class, s.stopReason());
            assertEquals(s.step(), d.step());
            assertEquals(s.epoch(), d.epoch() + 1, "full batch: the diverging step was epoch " + s.epoch());
            assertTrue(s.message().contains("at step " + s.step() + " (epoch " + s.epoch() + ")"), s.message());
            assertEquals(d.message() + ", then reset", s.message());
            assertTrue(s.message().contains("lower the learning rate"), s.message());
        }
    }

    /**
     * Trains with fit, then in a service played and in one stepped an epoch at a time with other
     * commands in between; all three must agree. Returns the stop reason.
     */
    private StopReason assertServiceMatchesFit(MlpConfig config, boolean alsoStepped) throws Exception {
        MlpClassifier fitted = new MlpClassifier(config).fit(problem.train(), problem.trainLabels());
        StopReason expected = fitted.history().stop();
        System.out.println("fit stopped: " + expected);
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(problem, config, "", true));
            service.send(new Command.Play());
            TrainingSnapshot s = awaitStop(service);
            assertEquals(expected, s.stopReason());
            assertEquals(expected.message(), s.message());
            assertEquals(expected.epoch(), s.epoch());
            TrainingServiceTest.assertSameWeights(fitted.networkCopy(), s.weights());
        }
        if (alsoStepped) {
            try (TrainingService service = new TrainingService()) {
                service.send(new Command.Configure(problem, config, "", true));
                long sent = 1;
                TrainingSnapshot s = service.latest();
                while (s.stopReason() == null) {
                    service.send(new Command.Step(Command.Step.Unit.EPOCH, 1));
                    service.send(new Command.SetSnapshotRate(sent % 2 == 0 ? 1000 : 5));
                    sent += 2;
                    s = Toy.settled(service, sent);
                    assertTrue(s.epoch() <= expected.epoch(), "stepped past the stop: " + s.epoch());
                }
                assertEquals(expected, s.stopReason());
                TrainingServiceTest.assertSameWeights(fitted.networkCopy(), s.weights());
            }
        }
        return expected;
    }

    private static TrainingSnapshot awaitStop(TrainingService service) throws InterruptedException {
        return Toy.await(service, PATIENCE, s -> s.stopReason() != null && s.state() != TrainingState.RUNNING);
    }
}
