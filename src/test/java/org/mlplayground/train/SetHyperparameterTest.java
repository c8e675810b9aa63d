package org.mlplayground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;

/** Any live hyperparameter of the table changes between steps through one command. */
class SetHyperparameterTest {

    @Test
    void liveValuesReachTheConfigurationAndBadOnesAreRefused() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(60, false), Toy.config(10)));
            service.send(new Command.SetHyperparameter<>(Hyperparameter.BETA_2, 0.9));
            service.send(new Command.SetHyperparameter<>(Hyperparameter.N_ITER_NO_CHANGE, 4));
            service.send(new Command.SetHyperparameter<>(Hyperparameter.ACTIVATION, Activation.RELU));
            TrainingSnapshot s = Toy.settled(service, 4);
            assertEquals(0.9, s.config().beta2());
            assertEquals(4, s.config().nIterNoChange());
            assertEquals(Activation.RELU, s.config().activation());
            assertEquals(Activation.RELU, s.weights().activation());
            service.send(new Command.SetHyperparameter<>(Hyperparameter.LEARNING_RATE_INIT, Double.POSITIVE_INFINITY));
            s = Toy.await(service, Duration.ofSeconds(120), x -> x.commands() == 5);
            assertEquals("Not done: learning_rate_init must be a finite number > 0, got Infinity", s.message());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Command.SetHyperparameter<>(Hyperparameter.HIDDEN_LAYER_SIZES, new int[] {3}));
        assertTrue(e.getMessage().startsWith("hidden_layer_sizes cannot change during training"), e.getMessage());
    }

    @Test
    void oneActivationForEveryLayerReplacesThePerLayerOnesEverywhere() throws Exception {
        try (TrainingService service = new TrainingService()) {
            service.send(new Command.Configure(Toy.circle(60, false), Toy.config(10).toBuilder().hiddenLayerSizes(3, 3)
                    .layerActivations(Activation.RELU, Activation.LOGISTIC).build()));
            service.send(new Command.SetActivation(Activation.TANH));
            TrainingSnapshot s = Toy.settled(service, 2);
            assertEquals(0, s.config().layerActivations().length, "the snapshot's configuration is the model's");
            assertTrue(s.weights().hasUniformActivation());
            service.send(new Command.Reset(null));
            s = Toy.await(service, Duration.ofSeconds(120), x -> x.commands() == 3);
            assertEquals(Activation.TANH, s.weights().activation());
            assertTrue(s.weights().hasUniformActivation(), "a reset keeps the one activation");
        }
    }
}
