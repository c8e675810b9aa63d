package org.mlplayground.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.CsvOptions;
import org.mlplayground.data.CsvReader;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.DigitImages;
import org.mlplayground.data.IdxArray;
import org.mlplayground.data.IdxReader;
import org.mlplayground.data.LabeledImages;
import org.mlplayground.data.Mnist;
import org.mlplayground.data.Scaler;
import org.mlplayground.io.DrawnDigits;
import org.mlplayground.io.ModelFile;
import org.mlplayground.io.SavedModel;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;


/**
 * Seeded mutation fuzzing of every reader of user files: CSV tables, IDX image and label files,
 * model JSON, drawn-digit files and images. Each mutant (1-4 edits of a valid file: bytes
 * replaced, interesting tokens inserted, ranges deleted or repeated, the file cut short, header
 * integers overwritten) is read, and a loaded one is used (a model predicts, images become
 * features). The one documented failure is {@link DataFileException}; anything else thrown is
 * counted as unexpected, with the first few kept as examples. Same seed, same mutants.
 */
final class ReaderFuzz {

    /** The readers fuzzed. */
    enum Target { CSV, IDX, MODEL, DIGITS, IMAGE }

    /** What the mutants of one reader did. */
    record Counts(Target target, int mutants, int loaded, int refused, int unexpected, List<String> examples) {
    }

    private static final String[] CSV_TOKENS = {",", ";", "\t", "\"", "\n", "\r\n", "1e309", "-1", "NaN", "1,5", "true",
        "1.0", "", "x".repeat(300), "\uFEFF", "  "};
    private static final String[] JSON_TOKENS = {"0", "-1", "1e400", "[]", "{}", "\"a\"", "null", "99999999", "[0, 0]",
        "[[1]]", "\"classes\": [0, 0]", ",", "]", "}", "2147483648", "0.5", "true", "\"x1*x2\"", "\"sin(x1)\"", "\"x2^2\""};
    private static final int[] INTS = {0, -1, 1, 2, 255, 256, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000_000, 10};

    private ReaderFuzz() {
    }

    /** Runs {@code mutants} mutants of {@code target}'s seed file from {@code seed}. */
    static Counts run(Target target, int mutants, long seed, Path scratch) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] seeds = seeds(target);
        int loaded = 0;
        int refused = 0;
        int unexpected = 0;
        Map<String, String> examples = new LinkedHashMap<>();
        for (int m = 0; m < mutants; m++) {
            int which = random.nextInt(seeds.length);
            byte[][] files = seeds.clone();
            files[which] = mutate(seeds[which], target, random);
            try {
                read(target, target == Target.IDX ? files : new byte[][] {files[which]}, random, scratch);
                loaded++;
            } catch (DataFileException expected) {
                refused++;
            } catch (Throwable e) { // the fuzzer's purpose: count what escapes
                unexpected++;
                String key = e.getClass().getName() + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
                if (examples.size() < 5) {
                    examples.putIfAbsent(key, key + ": " + Cli.cut(String.valueOf(e.getMessage())));
                }
            }
        }
        return new Counts(target, mutants, loaded, refused, unexpected, new ArrayList<>(examples.values()));
    }

    private static void read(Target target, byte[][] files, SplittableRandom random, Path scratch) throws IOException {
        switch (target) {
            case CSV -> {
                String text = new String(files[0], StandardCharsets.UTF_8);
                CsvOptions o = new CsvOptions(random.nextInt(4) == 0 ? List.of("1") : List.of(), List.of(),
                        random.nextBoolean(), random.nextInt(5) != 0, null, null, random.nextInt(4) != 0);
                CsvReader.parse(text, "fuzz.csv", o);
            }
            case IDX -> {
                IdxArray images = IdxReader.read(new ByteArrayInputStream(files[0]), "images");
                IdxArray labels = IdxReader.read(new ByteArrayInputStream(files[1]), "labels");
                LabeledImages set = LabeledImages.of(images, labels, "images", "labels");
                new Mnist(set, set);
                set.pixelRows();
            }
            case MODEL -> {
                SavedModel m = ModelFile.parse(new String(files[0], StandardCharsets.UTF_8), "fuzz.json");
                int inputs = m.features2d().isEmpty() ? m.network().inputs() : 2;
                DMatrixRMaj x = new DMatrixRMaj(2, inputs);
                if (m.isClassifier()) {
                    int[] p = m.classifier().predict(m.prepare(x));
                    Evaluation.className(m, p[0]);
                } else {
                    m.regressor().predict(m.prepare(x));
                }
            }
            case DIGITS -> DrawnDigits.parse(new String(files[0], StandardCharsets.UTF_8), "fuzz.txt");
            case IMAGE -> {
                Path file = scratch.resolve("fuzz.png");
                Files.write(file, files[0]);
                DigitImages.read(file);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static byte[] mutate(byte[] original, Target target, SplittableRandom random) {
        byte[] b = original;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int n = b.length;
            int at = n == 0 ? 0 : random.nextInt(n);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (n > 0) {
                        b = b.clone();
                        b[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> {
                    String[] tokens = target == Target.MODEL ? JSON_TOKENS : CSV_TOKENS;
                    b = splice(b, at, at, tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
                }
                case 2 -> b = splice(b, at, Math.min(n, at + 1 + random.nextInt(16)), new byte[0]);
                case 3 -> {
                    int end = Math.min(n, at + 1 + random.nextInt(64));
                    b = splice(b, at, at, java.util.Arrays.copyOfRange(b, at, end));
                }
                case 4 -> b = java.util.Arrays.copyOf(b, n == 0 ? 0 : random.nextInt(n));
                default -> {
                    // an interesting integer over 4 bytes, in the header for binary files
                    int pos = target == Target.IDX || target == Target.IMAGE ? Math.min(n, random.nextInt(24)) : at;
                    if (pos + 4 <= n) {
                        b = b.clone();
                        int v = INTS[random.nextInt(INTS.length)];
                        b[pos] = (byte) (v >>> 24);
                        b[pos + 1] = (byte) (v >>> 16);
                        b[pos + 2] = (byte) (v >>> 8);
                        b[pos + 3] = (byte) v;
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** Valid files each reader starts from. */
    private static byte[][] seeds(Target target) throws IOException {
        switch (target) {
            case CSV:
                return new byte[][] {("sepal length,sepal width,\"kind, of\"\n5.1,3.5,setosa\n4.9,3.0,setosa\n"
                        + "7.0,3.2,versicolor\n6.4,3.2,1\n6.3,3.3,1.0\n").getBytes(StandardCharsets.UTF_8)};
            case IDX:
                return new byte[][] {idx(0x08, new int[] {3, 4, 4}, 48), idx(0x08, new int[] {3}, 3)};
            case MODEL:
                Network net = Network.glorot(new int[] {2, 3, 3}, Activation.RELU, OutputKind.SOFTMAX, 1);
                MlpConfig config = MlpConfig.builder().hiddenLayerSizes(3).build();
                Scaler.Fitted scaler = Scaler.STANDARDIZE.fit(new DMatrixRMaj(new double[][] {{0, 1}, {2, 5}}));
                SavedModel m = new SavedModel(net, config, new int[] {0, 1, 2}, new String[] {"a", "b", "c"},
                        new String[] {"x1", "x2"}, List.of(), scaler, new double[] {1, 0.5}, "fuzz");
                Network plane = Network.glorot(new int[] {3, 4, 1}, Activation.TANH, OutputKind.IDENTITY, 2);
                SavedModel r = new SavedModel(plane, MlpConfig.builder().hiddenLayerSizes(4).build(), null, null,
                        new String[] {"x1", "x2", "x1^2"}, List.of("x1", "x2", "x1^2"),
                        Scaler.NONE.fit(new DMatrixRMaj(0, 3)), new double[0], "plane");
                return new byte[][] {ModelFile.toText(m).getBytes(StandardCharsets.UTF_8),
                    ModelFile.toText(r).getBytes(StandardCharsets.UTF_8)};
            case DIGITS:
                StringBuilder s = new StringBuilder("# digits\n");
                for (int d = 0; d < 2; d++) {
                    s.append(d * 7);
                    for (int i = 0; i < 784; i++) {
                        s.append(',').append(i % 29 == 0 ? 255 : 0);
                    }
                    s.append('\n');
                }
                return new byte[][] {s.toString().getBytes(StandardCharsets.UTF_8)};
            default:
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setSample(5, 5, 0, 255);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", png);
                return new byte[][] {png.toByteArray()};
        }
    }

    private static byte[] idx(int type, int[] shape, int count) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        o.writeShort(0);
        o.writeByte(type);
        o.writeByte(shape.length);
        for (int d : shape) {
            o.writeInt(d);
        }
        for (int i = 0; i < count; i++) {
            o.writeByte(i % 3);
        }
        return b.toByteArray();
    }
}
