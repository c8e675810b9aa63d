package org.mlplayground.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An MNIST-layout image dataset: the digits bundled in {@code resources/datasets/mnist/} (60,000
 * training and 10,000 test images, 28 x 28), or the same four files in any folder, raw or
 * gzip-compressed, such as Fashion-MNIST. {@code classNames} names each label: the digits, the
 * ten Fashion-MNIST garments for a folder whose name contains "fashion", or the lines of a
 * {@code classes.txt} beside the files.
 */
public record Mnist(LabeledImages train, LabeledImages test, String[] classNames) {

    /** Fashion-MNIST's labels 0-9, as Zalando Research names them. */
    public static final String[] FASHION_NAMES = {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};

    /** A dataset with labels named by their numbers. */
    public Mnist(LabeledImages train, LabeledImages test) {
        this(train, test, numbered(train, test));
    }

    private static String[] numbered(LabeledImages train, LabeledImages test) {
        int max = 0;
        for (int l : train.labels()) {
            max = Math.max(max, l);
        }
        for (int l : test.labels()) {
            max = Math.max(max, l);
        }
        String[] names = new String[max + 1];
        for (int i = 0; i <= max; i++) {
            names[i] = Integer.toString(i);
        }
        return names;
    }

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
        if (!Files.isDirectory(dir)) {
            throw new DataFileException(dir + (Files.exists(dir) ? " is not a folder" : " does not exist")
                    + " (expected a folder holding the four MNIST-layout IDX files)");
        }
        LabeledImages[] parts = new LabeledImages[2];
        for (int p = 0; p < 2; p++) {
            Path images = find(dir, FILES[2 * p]);
            Path labels = find(dir, FILES[2 * p + 1]);
            parts[p] = LabeledImages.of(IdxReader.read(images), IdxReader.read(labels), images.toString(), labels.toString());
        }
        Mnist numbered = new Mnist(parts[0], parts[1]);
        Path names = dir.resolve("classes.txt");
        if (Files.isRegularFile(names)) {
            try {
                String[] lines = new String(UserFiles.readAll(names, 1 << 20), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().map(String::trim).filter(l -> !l.isEmpty()).toArray(String[]::new);
                if (lines.length < numbered.classNames().length) {
                    throw new DataFileException(names + " names " + lines.length + " classes but the labels go up to "
                            + (numbered.classNames().length - 1));
                }
                return new Mnist(parts[0], parts[1], lines);
            } catch (IOException e) {
                throw new DataFileException("Cannot read " + names + ": " + e.getMessage(), e);
            }
        }
        String folder = dir.toAbsolutePath().normalize().toString().toLowerCase(java.util.Locale.ROOT);
        if (folder.contains("fashion") && numbered.classNames().length == FASHION_NAMES.length) {
            return new Mnist(parts[0], parts[1], FASHION_NAMES.clone());
        }
        return numbered;
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
