package org.mlplayground.train;

import java.time.Duration;
import java.util.function.Predicate;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Generators;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpConfig;


/** Small problems and waiting helpers for the training-service tests. */
final class Toy {

    private Toy() {
    }

    static TrainingProblem circle(int points, boolean withPlane) {
        Dataset2D train = Generators.circle(points, 0.1, 1);
        Dataset2D test = Generators.circle(points / 2, 0.1, 2);
        PlaneGrid plane = withPlane ? PlaneGrid.of(-6, 6, -6, 6, 40, PlaneGrid.FeatureMap.IDENTITY) : null;
        return TrainingProblem.classification(Features.of(train.points()), train.labels(), Features.of(test.points()), test.labels(), plane);
    }

    static MlpConfig config(int batch) {
        return MlpConfig.builder().hiddenLayerSizes(8, 8).activation(Activation.TANH).learningRateInit(0.01)
                .batchSize(batch).seed(3).shuffleSeed(4).build();
    }

    /** Waits for a snapshot satisfying {@code condition}, failing after {@code timeout}. */
    static TrainingSnapshot await(TrainingService service, Duration timeout, Predicate<TrainingSnapshot> condition)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            TrainingSnapshot s = service.latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("timed out; last snapshot: state " + service.latest().state() + ", epoch "
                + service.latest().epoch() + ", commands " + service.latest().commands() + ", message '"
                + service.latest().message() + "'");
    }

    /** Waits until the service has applied {@code commands} commands and is not running. */
    static TrainingSnapshot settled(TrainingService service, long commands) throws InterruptedException {
        return await(service, Duration.ofSeconds(120),
                s -> s.commands() == commands && s.state() != TrainingState.RUNNING);
    }
}
