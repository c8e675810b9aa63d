package org.mlplayground.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.DigitImages;
import org.mlplayground.data.DigitPreprocessor;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Image files of handwritten digits through the drawing pad's preprocessing and a digit model. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = {
    "Classify images of handwritten digits (PNG, JPEG, GIF, BMP; up to 50 megapixels; dark on light or light",
    "on dark, such as a phone photo of a written digit, turned as its EXIF tag says) with the Digits tab's",
    "preprocessing: crop, stroke width, fit into 20x20, centre the mass in 28x28. Prints the top classes",
    "with their probabilities, or that no digit was found."})
final class ClassifyCommand implements Callable<Integer> {

    /** The model the application ships. */
    static final String BUNDLED_MODEL = "/models/mnist-128.json.gz";

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "A digit model saved by train --save "
            + "(784 inputs); default: the bundled 784-128-10 MNIST model.")
    Path model;

    @Option(names = "--image", required = true, arity = "1..*", paramLabel = "IMAGE", description = "Image files.")
    List<Path> images;

    @Option(names = "--top", defaultValue = "3", description = "How many classes to print per image (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--no-fit", description = "Skip the fitting and centring: only shrink the image to 28x28.")
    boolean noFit;

    @Option(names = "--show", description = "Also print what was found (orientation, frame, polarity), each step, "
            + "and draw the 28x28 image the network sees, in characters.")
    boolean show;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        SavedModel saved = model != null ? ModelFile.load(model) : ModelFile.loadResource(BUNDLED_MODEL);
        int inputs = saved.network().inputs();
        if (!saved.isClassifier() || inputs != DigitPreprocessor.SIDE * DigitPreprocessor.SIDE) {
            throw new IllegalArgumentException((model != null ? model : BUNDLED_MODEL) + " is not a digit classifier: "
                    + "it takes " + inputs + " inputs, a 28x28 image is 784");
        }
        int unread = 0;
        for (Path image : images) {
            DigitImages.Photo photo;
            try {
                photo = DigitImages.load(image);
            } catch (org.mlplayground.data.DataFileException e) {
                // one unreadable file among several: said on its own line, the others are still classified
                if (images.size() == 1) {
                    throw e;
                }
                spec.commandLine().getErr().println("error: " + e.getMessage());
                unread++;
                continue;
            }
            DigitPreprocessor.Steps steps = DigitPreprocessor.process(photo.ink().ink(), !noFit);
            if (show) {
                out.println(image + ": " + photo.width() + "x" + photo.height() + " px"
                        + (photo.orientation() != 1 ? ", EXIF orientation " + photo.orientation() + " applied" : "")
                        + (photo.ink().frame() ? ", dark frame around the paper ignored" : "")
                        + (photo.ink().lightInk() ? ", light ink on a dark background" : ", dark ink on a light background"));
                for (DigitPreprocessor.Step step : steps.list()) {
                    out.println("  " + step.name() + ": " + step.detail());
                }
            }
            if (steps.isBlank()) {
                out.println(image + ": " + steps.noDigit().message());
                continue;
            }
            DMatrixRMaj p = saved.classifier().predictProba(saved.prepare(new DMatrixRMaj(new double[][] {steps.input()})));
            Integer[] order = new Integer[p.numCols];
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(p.get(0, b), p.get(0, a)));
            StringBuilder line = new StringBuilder(image.toString()).append(':');
            for (int k = 0; k < Math.min(top, order.length); k++) {
                line.append(k == 0 ? " " : ", ").append(Evaluation.className(saved, order[k]))
                        .append(String.format(Locale.ROOT, " (%.1f%%)", 100 * p.get(0, order[k])));
            }
            out.println(line);
            if (show) {
                out.print(picture(steps.result()));
            }
        }
        return unread == 0 ? 0 : 1;
    }

    /** The image in characters, darker ink as denser marks. */
    static String picture(double[][] image) {
        String shades = " .:-=+*#%@";
        StringBuilder s = new StringBuilder();
        for (double[] row : image) {
            for (double v : row) {
                char ch = shades.charAt((int) Math.min(shades.length() - 1, Math.round(v * (shades.length() - 1))));
                s.append(ch).append(ch);
            }
            s.append('\n');
        }
        return s.toString();
    }
}
