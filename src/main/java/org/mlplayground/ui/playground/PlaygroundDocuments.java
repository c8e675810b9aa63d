package org.mlplayground.ui.playground;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.stream.IntStream;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.PlaygroundFiles;
import org.mlplayground.io.SavedModel;
import org.mlplayground.train.HistoryCsv;
import org.mlplayground.train.TrainingSnapshot;
import org.mlplayground.ui.shared.Background;

/**
 * The File menu's commands: each reads or writes through {@code io} on the worker, never on the
 * FX thread, and says how it went in the playground's notice. What the user made stays: a file
 * that cannot be read changes nothing, a failed save leaves the old file whole.
 */
public final class PlaygroundDocuments {

    private final PlaygroundViewModel model;
    private final Background background;

    /** Commands on {@code model}'s state, run through {@code background}. */
    public PlaygroundDocuments(PlaygroundViewModel model, Background background) {
        this.model = model;
        this.background = background;
    }

    /** Loads a table of points (x1, x2, class) instead of the generated data. */
    public void loadPoints(File file) {
        background.run(() -> PlaygroundFiles.readPoints(file.toPath()), model::useTable,
                e -> say("Not loaded: " + Background.sentence(e)));
    }

    /** Sets every control from a saved state text. */
    public void loadState(File file) {
        background.run(() -> PlaygroundFiles.readText(file.toPath()), text -> {
            try {
                model.applyState(text);
                say("Loaded the playground's state from " + file + ".");
            } catch (IllegalArgumentException e) {
                say("Not loaded: " + file + ": " + e.getMessage());
            }
        }, e -> say("Not loaded: " + Background.sentence(e)));
    }

    /** Saves the state text that reproduces this playground. */
    public void saveState(File file) {
        String text = model.stateText();
        write(file, () -> PlaygroundFiles.writeText(file.toPath(), text), "Saved the playground's state to " + file + ".");
    }

    /** Saves the loss history as CSV. */
    public void saveHistory(File file) {
        String csv = HistoryCsv.of(model.snapshotProperty().get().history());
        write(file, () -> PlaygroundFiles.writeText(file.toPath(), csv), "Saved the loss history to " + file + ".");
    }

    /** Saves the current network as a model file ({@code predict} and {@code evaluate} read it). */
    public void saveModel(File file) {
        try {
            SavedModel saved = savedModel(model);
            write(file, () -> ModelFile.save(saved, file.toPath()), "Saved the model to " + file
                    + " (java -jar mlp-playground.jar predict --model ... uses it).");
        } catch (IllegalStateException e) {
            say("Not saved: " + e.getMessage());
        }
    }

    /** The current model as a saved-model value (weights, settings, classes, the 2D feature map and scaler). */
    static SavedModel savedModel(PlaygroundViewModel model) {
        TrainingSnapshot s = model.snapshotProperty().get();
        if (s == null || s.weights() == null) {
            throw new IllegalStateException("There is no network yet");
        }
        int[] classes = null;
        if (model.trainDataProperty().get().isClassification()) {
            classes = IntStream.range(0, s.weights().outputs() == 1 ? 2 : s.weights().outputs()).toArray();
        }
        List<String> features = model.data().featureLabels();
        return new SavedModel(s.weights(), s.config(), classes, null, features.toArray(new String[0]), features,
                model.fittedScaler(), new double[0], "playground: " + model.stateText());
    }

    /** Saves a picture of the window. */
    public void savePicture(File file, BufferedImage picture) {
        write(file, () -> PlaygroundFiles.writePng(file.toPath(), picture), "Saved " + file + ".");
    }

    /** A write that may fail. */
    @FunctionalInterface
    private interface Write {
        void run() throws Exception;
    }

    private void write(File file, Write write, String done) {
        background.run(() -> {
            write.run();
            return done;
        }, this::say, e -> say("Not saved: " + file + ": " + Background.sentence(e)));
    }

    private void say(String text) {
        model.noticeProperty().set(text);
    }
}
