package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A network too large to allocate (a pasted state with hidden=100000000) is refused; the service goes on. */
class HostileSizeServiceTest {

    @Test
    void aHugeNetworkIsRefusedBeforeAllocationAndLaterCommandsWork() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(100, false),
                    Toy.config(10).toBuilder().hiddenLayerSizes(100_000_000).build()));
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
