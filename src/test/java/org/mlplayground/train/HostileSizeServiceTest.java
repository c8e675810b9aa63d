package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A network too large to allocate is refused before anything is allocated, and the service goes on.
 * (A pasted hidden=100000000 never gets this far: the hyperparameter table refuses it; a network
 * within the table's widths can still be too large for its inputs.)
 */
class HostileSizeServiceTest {

    @Test
    void aHugeNetworkIsRefusedBeforeAllocationAndLaterCommandsWork() throws Exception {
        try (TrainingService service = new TrainingService()) {
            org.junit.jupiter.api.Assertions.assertThrows(org.mlplayground.nn.HyperparameterException.class,
                    () -> Toy.config(10).toBuilder().hiddenLayerSizes(100_000_000).build());
            // 2,500 inputs into 10,000 units: 25,000,000 weights, over the 20,000,000 a network may hold
            double[][] wide = new double[4][2500];
            for (int i = 0; i < 4; i++) {
                wide[i][i] = 1;
            }
            TrainingProblem huge = TrainingProblem.classification(org.mlplayground.nn.Features.of(wide),
                    new int[] {0, 1, 0, 1}, null, null, null);
            service.send(new Command.Configure(huge, Toy.config(10).toBuilder().hiddenLayerSizes(10_000).build()));
            TrainingSnapshot s = Toy.settled(service, 1);
            assertTrue(s.message().startsWith("Not done") && s.message().contains("the limit is"), s.message());
            service.send(new Command.Configure(Toy.circle(100, false), Toy.config(10)));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 2));
            s = Toy.settled(service, 3);
            assertEquals(2, s.epoch(), "the service still trains: " + s.message());
        }
    }

    @Test
    void adamAtAHugeLearningRateIsSaidToSitAtChance() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(200, false), Toy.config(20).toBuilder()
                    .activation(org.mlplayground.nn.Activation.RELU).learningRateInit(1e3).build()));
            service.send(new Command.Step(Command.Step.Unit.EPOCH, 25));
            TrainingSnapshot s = Toy.settled(service, 2);
            assertEquals(25, s.epoch());
            assertTrue(s.message().startsWith("The training accuracy is no better than always answering the commonest class")
                    && s.message().contains("learning rate 1000.0"), s.message() + " at train accuracy " + s.trainScore());
        }
    }
}
