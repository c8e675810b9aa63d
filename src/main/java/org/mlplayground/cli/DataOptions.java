package org.mlplayground.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.CsvOptions;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.CsvTable;
import org.mlplayground.data.CsvText;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.FeatureMap2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Split;
import org.mlplayground.nn.Features;
import picocli.CommandLine.Option;

/** The dataset options shared by train, evaluate and compare. */
final class DataOptions {

    @Option(names = "--dataset", required = true, paramLabel = "NAME",
            description = DATASETS + ".")
    String dataset;

    @Option(names = "--target", split = ",", paramLabel = "COL",
            description = "csv: the target column, by name or number from 1 (default: the last); several (y1,y2) for "
                    + "multi-output --regression.")
    List<String> target;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "csv: the field separator, one character or comma, semicolon, tab, pipe, space (default: "
                    + "detected among comma, semicolon, tab and |).")
    String delimiter;

    @Option(names = "--decimal", paramLabel = "MARK",
            description = "csv: the decimal mark, . or , (default: detected; a comma only in files not separated by commas).")
    String decimal;

    @Option(names = "--no-header", description = "csv: the file has no header row; columns are named 1, 2, ... by position.")
    boolean noHeader;

    @Option(names = "--regression", description = "csv: the target is a real value, not a class label.")
    boolean regression;

    @Option(names = "--points", defaultValue = "500", description = "2D: number of points (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--noise", defaultValue = "0", description = "2D: noise from 0 to 0.5 (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--test-fraction", defaultValue = "0.25",
            description = "2D and csv: the share held out for testing (train: 0 trains on every row and reports training figures) (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--data-seed", defaultValue = "0", description = "2D: the seed of the points (default ${DEFAULT-VALUE}).")
    long dataSeed;

    @Option(names = "--split-seed", defaultValue = "0", description = "The seed of the train/test split (default ${DEFAULT-VALUE}).")
    long splitSeed;

    @Option(names = "--features", split = ",", paramLabel = "F",
            description = "2D: the network's inputs among x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2) (default x1,x2). "
                    + "csv: the input columns by name or number (default: every column that is not a target).")
    List<String> features;

    @Option(names = "--train-size", description = "mnist and idx: use only the first N training images.")
    Integer trainSize;

    /**
     * For evaluate: the input names of the model, in its order; a CSV file's columns are matched
     * to them by name (null: the file's order).
     */
    String[] modelFeatures;

    /** The datasets --dataset takes, for messages. */
    static final String DATASETS = "circle, xor, gauss, spiral, moons, blobs (blobs3, blobs4, blobs5), plane, gauss-reg, "
            + "mnist, idx:DIR (an MNIST-layout folder) or csv:FILE";

    /** Loads (or generates) the dataset the options name. */
    LoadedData load() throws DataFileException {
        // the ranges the options promise, named as typed (the readers check again, in their own words)
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("--noise must be between 0 and 0.5, got " + CsvNumber.plain(noise));
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("--test-fraction must be at least 0 and less than 1, got "
                    + CsvNumber.plain(testFraction));
        }
        try {
            return loadChecked();
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("Unknown feature")) {
                throw new IllegalArgumentException("--features: " + m, e);
            }
            throw e;
        }
    }

    private LoadedData loadChecked() throws DataFileException {
        String spec = dataset.trim();
        if (!spec.startsWith("csv:") && (delimiter != null || decimal != null || noHeader || target != null)) {
            throw new IllegalArgumentException("--target, --delimiter, --decimal and --no-header are for csv: datasets");
        }
        if (spec.equalsIgnoreCase("mnist")) {
            return images(Mnist.bundled(), "MNIST");
        }
        if (spec.startsWith("idx:")) {
            Path dir = Path.of(spec.substring(4));
            return images(Mnist.fromDirectory(dir), dir.toString());
        }
        if (spec.startsWith("csv:")) {
            return csv(Path.of(spec.substring(4)));
        }
        Generators generator;
        try {
            generator = Generators.fromName(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--dataset: unknown dataset '" + CsvText.cut(spec) + "': expected " + DATASETS);
        }
        if (points < 2 || points > Generators.MAX_POINTS) {
            throw new IllegalArgumentException("--points must be between 2 and " + Generators.MAX_POINTS + ", got " + points);
        }
        return generated(generator);
    }

    /** How to read a CSV file, from the options. */
    CsvOptions csvOptions(boolean classification, boolean withTarget) {
        Character sep = delimiter == null ? null : CsvOptions.parseDelimiter(delimiter);
        Character mark = null;
        if (decimal != null) {
            if (!decimal.equals(".") && !decimal.equals(",")) {
                throw new IllegalArgumentException("--decimal is . or , got '" + CsvText.cut(decimal) + "'");
            }
            mark = decimal.charAt(0);
        }
        List<String> cols = withTarget ? features : null;
        try {
            return new CsvOptions(withTarget ? target : null, cols, classification, withTarget, sep, mark, !noHeader);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--delimiter: " + e.getMessage());
        }
    }

    private LoadedData images(Mnist data, String name) {
        LabeledImages train = trainSize == null ? data.train() : data.train().head(requirePositive(trainSize));
        String[] pixels = new String[train.pixelsPerImage()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = "pixel" + i;
        }
        return new LoadedData(name + " (" + train.count() + " training, " + data.test().count() + " test images)",
                Features.of(train.pixelRows()), train.labels(), null, Features.of(data.test().pixelRows()), data.test().labels(), null,
                data.classNames(), pixels, List.of(), null);
    }

    private LoadedData csv(Path file) throws DataFileException {
        CsvOptions options = csvOptions(!regression, true);
        CsvTable table = CsvReader.read(file, options);
        if (modelFeatures != null) {
            table = ColumnMatch.reorder(table, modelFeatures, !noHeader);
        }
        if (table.isClassification() && table.classNames().length < 2) {
            throw new DataFileException(file + ": the target column '" + CsvText.cut(table.targetName())
                    + "' holds a single class, '" + CsvText.cut(table.classNames()[0]) + "'; classification needs at least"
                    + " two (another column: --target; real values: --regression)");
        }
        Split split = Split.of(table.rows(), testFraction, splitSeed, table.labels());
        DMatrixRMaj train = Features.selectRows(table.features(), split.train());
        DMatrixRMaj test = Features.selectRows(table.features(), split.test());
        String description = file.getFileName() + " (" + split.train().length + " training, " + split.test().length
                + " test rows, target '" + table.targetName() + "')";
        if (table.isClassification()) {
            return new LoadedData(description, Features.of(train), Features.selectLabels(table.labels(), split.train()),
                    null, Features.of(test), Features.selectLabels(table.labels(), split.test()), null, table.classNames(),
                    table.featureNames(), List.of(), null);
        }
        DMatrixRMaj targets = table.targetMatrix();
        return new LoadedData(description, Features.of(train), null, Features.selectRows(targets, split.train()),
                Features.of(test), null, Features.selectRows(targets, split.test()), null, table.featureNames(), List.of(),
                null);
    }

    private LoadedData generated(Generators generator) {
        Dataset2D all = generator.generate(points, noise, dataSeed);
        Split split = Split.of(all.size(), testFraction, splitSeed, all.labels());
        Dataset2D train = all.select(split.train());
        Dataset2D test = all.select(split.test());
        FeatureMap2D map = featureMap();
        List<String> names = new ArrayList<>();
        for (Feature2D f : map.ordered()) {
            names.add(f.label());
        }
        Features trainX = Features.of(map.map(train.points()));
        Features testX = rows(map.map(test.points()), trainX.cols());
        String description = generator.displayName() + " (" + train.size() + " training, " + test.size()
                + " test points, noise " + noise + ", features " + String.join(",", names) + ")";
        String[] featureNames = names.toArray(new String[0]);
        if (generator.isClassification()) {
            String[] classNames = new String[generator.classes()];
            for (int i = 0; i < classNames.length; i++) {
                classNames[i] = Integer.toString(i);
            }
            return new LoadedData(description, trainX, train.labels(), null, testX, test.labels(), null, classNames,
                    featureNames, names, rows(test.points(), 2).toDense());
        }
        return new LoadedData(description, trainX, null, train.targetMatrix(), testX, null, test.targetMatrix(), null,
                featureNames, names, rows(test.points(), 2).toDense());
    }

    /**
     * Generated 2D data for a saved model: its 2D features when --features is not given (a model
     * trained on x1,x2,x1^2 needs them again to be evaluated or continued).
     */
    void defaultFeaturesOf(org.mlplayground.io.SavedModel saved) {
        if (features == null && !saved.features2d().isEmpty() && !dataset.trim().startsWith("csv:")) {
            features = saved.features2d();
        }
    }

    /** The 2D feature map the options ask for. */
    FeatureMap2D featureMap() {
        if (features == null || features.isEmpty()) {
            return FeatureMap2D.COORDINATES;
        }
        EnumSet<Feature2D> set = EnumSet.noneOf(Feature2D.class);
        for (String f : features) {
            set.add(Feature2D.fromName(f));
        }
        return new FeatureMap2D(set);
    }

    /** Rows as features; no rows (a test share of 0) gives an empty matrix of {@code cols} columns. */
    private static Features rows(double[][] rows, int cols) {
        return rows.length == 0 ? Features.of(new DMatrixRMaj(0, cols)) : Features.of(rows);
    }

    private static int requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--train-size must be at least 1, got " + n);
        }
        return n;
    }


    static DMatrixRMaj column(double[] values) {
        DMatrixRMaj m = new DMatrixRMaj(values.length, 1);
        System.arraycopy(values, 0, m.data, 0, values.length);
        return m;
    }
}
