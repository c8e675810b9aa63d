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
}
