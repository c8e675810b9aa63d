package org.mlplayground.io.lesson;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The controls a lesson step may hide or lock, by the name a lesson file uses. Playground controls
 * share their state key's name ({@code alpha} is the alpha box); Digits controls start with
 * {@code digits.}, the math and sweep views' with {@code math.} and {@code sweep.}.
 *
 * @param name        the name in a lesson file
 * @param description what it is on screen, one phrase
 */
public record LessonControl(String name, String description) {

    private static final List<LessonControl> TABLE = List.of(
            new LessonControl("dataset", "the dataset buttons"),
            new LessonControl("points", "the Points slider"),
            new LessonControl("noise", "the Noise slider"),
            new LessonControl("test", "the Test share slider"),
            new LessonControl("regenerate", "the Regenerate button (new data seed)"),
            new LessonControl("addPoints", "clicking points into the plane, and Clear my points"),
            new LessonControl("table", "loading a CSV table of points"),
            new LessonControl("features", "the input feature toggles"),
            new LessonControl("scaler", "the Scaling choice"),
            new LessonControl("x2scale", "the unit of x2 (feature scaling lessons)"),
            new LessonControl("hidden", "adding and removing hidden layers and units"),
            new LessonControl("activation", "the Activation choice"),
            new LessonControl("solver", "the Solver choice"),
            new LessonControl("lr", "the Learning rate choice"),
            new LessonControl("alpha", "the alpha (L2 penalty) choice"),
            new LessonControl("batch", "the Batch size slider"),
            new LessonControl("seed", "the weights' seed"),
            new LessonControl("init", "the initialization choice (zeros, constant, small, glorot, he)"),
            new LessonControl("play", "Play / Pause"),
            new LessonControl("step", "Step (one epoch)"),
            new LessonControl("reset", "Reset (back to the initial weights)"),
            new LessonControl("weights", "editing a weight by clicking a link"),
            new LessonControl("presets", "the presets menu"),
            new LessonControl("state", "the Share menu (copy and paste the state text)"),
            new LessonControl("problem", "classification or regression"),
            new LessonControl("math.example", "choosing the example the math view follows"),
            new LessonControl("math.step", "the math view's Forward, Backward and Update buttons"),
            new LessonControl("sweep.alphas", "the alphas of the sweep"),
            new LessonControl("sweep.run", "the button that runs the sweep"),
            new LessonControl("digits.hidden", "the Digits network's hidden layer sizes"),
            new LessonControl("digits.activation", "the Digits activation choice"),
            new LessonControl("digits.solver", "the Digits solver choice"),
            new LessonControl("digits.alpha", "the Digits alpha"),
            new LessonControl("digits.batch", "the Digits batch size"),
            new LessonControl("digits.epochs", "the Digits epochs"),
            new LessonControl("digits.scaler", "the Digits scaler"),
            new LessonControl("digits.trainSize", "the number of training digits"),
            new LessonControl("digits.seed", "the Digits seed"),
            new LessonControl("digits.train", "the Digits Train and Stop buttons"),
            new LessonControl("digits.model", "loading and saving a digit model"),
            new LessonControl("digits.pad", "the drawing pad"),
            new LessonControl("digits.evaluate", "the evaluation set choice"),
            new LessonControl("digits.compare", "the comparison's Add SVM and Add logistic regression"));

    private static final Map<String, LessonControl> BY_NAME = TABLE.stream()
            .collect(Collectors.toUnmodifiableMap(LessonControl::name, c -> c));

    /** Every control, in the README's order. */
    public static List<LessonControl> all() {
        return TABLE;
    }

    /** The control named {@code name}; throws IllegalArgumentException naming the known controls. */
    public static LessonControl of(String name) {
        LessonControl c = BY_NAME.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown control '" + name + "': expected one of "
                    + TABLE.stream().map(LessonControl::name).collect(Collectors.joining(", ")));
        }
        return c;
    }
}
