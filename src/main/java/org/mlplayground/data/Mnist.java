package org.mlplayground.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MNIST digits: the copy bundled in {@code resources/datasets/mnist/} (60,000 training and
 * 10,000 test images, 28 x 28), or the same four files in any folder, raw or gzip-compressed.
 */
public record Mnist(LabeledImages train, LabeledImages test) {

    private static final String RESOURCE_DIR = "/datasets/mnist/";
    private static final String[] FILES = {
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};

    /** The bundled copy. */
    public static Mnist bundled() throws DataFileException {
        LabeledImages[] parts = new LabeledImages[2];
        for (int p = 0; p < 2; p++) {
            IdxArray images = resource(FILES[2 * p] + ".gz");
            IdxArray labels = resource(FILES[2 * p + 1] + ".gz");
            parts[p] = LabeledImages.of(images, labels, FILES[2 * p], FILES[2 * p + 1]);
        }
        return new Mnist(parts[0], parts[1]);
    }

    /** An MNIST-layout folder (e.g. Fashion-MNIST): the four standard names, each raw or with ".gz". */
    public static Mnist fromDirectory(Path dir) throws DataFileException {
        LabeledImages[] parts = new LabeledImages[2];
        for (int p = 0; p < 2; p++) {
            Path images = find(dir, FILES[2 * p]);
            Path labels = find(dir, FILES[2 * p + 1]);
            parts[p] = LabeledImages.of(IdxReader.read(images), IdxReader.read(labels), images.toString(), labels.toString());
        }
        return new Mnist(parts[0], parts[1]);
    }

    private static Path find(Path dir, String base) throws DataFileException {
        for (String candidate : new String[] {base, base + ".gz"}) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataFileException("No " + base + " (or " + base + ".gz) in " + dir);
    }

    private static IdxArray resource(String name) throws DataFileException {
        try (InputStream in = Mnist.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new DataFileException("The bundled dataset file " + RESOURCE_DIR + name + " is missing from the application");
            }
            return IdxReader.read(in, name);
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DataFileException("Cannot read the bundled " + name + ": " + e.getMessage(), e);
        }
    }
}
