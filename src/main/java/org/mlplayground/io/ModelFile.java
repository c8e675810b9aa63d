package org.mlplayground.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.DataFileException;
import org.mlplayground.data.Scaler;
import org.mlplayground.nn.Activation;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.nn.Network;
import org.mlplayground.nn.OutputKind;

/**
 * Saves and loads models as JSON in sklearn's layout, so a model exported from sklearn loads too:
 *
 * <pre>
 * { "format": "mlp-playground-model", "version": 1, "estimator": "MLPClassifier",
 *   "activation": "relu", "out_activation": "softmax",
 *   "coefs": [ fan_in x fan_out nested arrays per layer ], "intercepts": [ [..], .. ],
 *   "classes": [0, 1, ..], "class_names": [..], "feature_names": [..], "features_2d": [..],
 *   "scaler": {"kind": "standardize", "offset": [..], "scale": [..]},
 *   "hyperparameters": { sklearn's names: "alpha", "solver", "random_state", ... },
 *   "loss_curve": [..], "dataset": "..." }
 * </pre>
 *
 * Only {@code format}, {@code version}, {@code activation}, {@code out_activation}, {@code coefs}
 * and {@code intercepts} (and {@code classes} for a classifier) are required. Not in sklearn and
 * written only when used: {@code "hidden_activations"} (one name per hidden layer, overriding
 * {@code activation}) and, among the hyperparameters, {@code layer_activations}, {@code init}, {@code l1}.
 * Writes go to a temporary file that then replaces the target in one rename, so a crash mid-save leaves the
 * previous file whole. A truncated, foreign, inconsistent or newer-version file is refused with
 * one message naming the file and the fault.
 */
public final class ModelFile {

    /** The value of the "format" field. */
    public static final String FORMAT = "mlp-playground-model";
    /** The newest version this code writes and reads. */
    public static final int VERSION = 1;

    /** The largest model file read (256 MiB; MNIST's 784-100-10 model is about 2 MB), gzipped or unpacked. */
    public static final long MAX_BYTES = 256L << 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** Writes {@code model} to {@code file} atomically. */
    public static void save(SavedModel model, Path file) throws IOException {
        byte[] json = JSON.writeValueAsString(toJson(model)).getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, file.getFileName().toString().endsWith(".gz") ? gzip(json) : json);
    }

    /** The JSON text {@link #save} writes (unzipped). */
    public static String toText(SavedModel model) throws IOException {
        return JSON.writeValueAsString(toJson(model));
    }

    /** Reads a model file. */
    public static SavedModel load(Path file) throws DataFileException {
        return parse(text(org.mlplayground.data.UserFiles.readAll(file, MAX_BYTES), file.toString()), file.toString());
    }

    /** Reads a model shipped inside the application ({@code /models/...}), gzipped or not. */
    public static SavedModel loadResource(String resource) throws DataFileException {
        try (java.io.InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFileException("The application has no model " + resource);
            }
            return parse(text(in.readAllBytes(), resource), resource);
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The file's text; gzip (told by its magic bytes, whatever the name) is unpacked first. */
    private static String text(byte[] bytes, String source) throws DataFileException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new DataFileException(source + " unpacks to more than " + (MAX_BYTES >> 20) + " MiB, the limit");
                }
            } catch (IOException e) {
                throw new DataFileException(source + " is a damaged gzip file: " + e.getMessage(), e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    /** Parses model JSON; {@code source} names it in messages. */
    public static SavedModel parse(String text, String source) throws DataFileException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new DataFileException(source + " is not complete JSON" + where + ": it may be truncated or damaged");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new DataFileException(source + " is not an MLP Playground model (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new DataFileException(source + " was written by a newer MLP Playground (model format version " + version
                    + "; this one reads up to " + VERSION + ")");
        }
        if (version < 1) {
            throw new DataFileException(source + " has no valid \"version\"");
        }
        try {
            return fromJson(root, source);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode toJson(SavedModel m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("estimator", m.isClassifier() ? "MLPClassifier" : "MLPRegressor");
        root.put("activation", m.network().activation().sklearnName());
        root.put("out_activation", outName(m.network().output()));
        if (!m.network().hasUniformActivation()) {
            // not in sklearn (issue 17): one activation per hidden layer
            ArrayNode per = root.putArray("hidden_activations");
            for (Activation a : m.network().hiddenActivations()) {
                per.add(a.sklearnName());
            }
        }
        ArrayNode coefs = root.putArray("coefs");
        ArrayNode intercepts = root.putArray("intercepts");
        for (int l = 0; l < m.network().weightLayers(); l++) {
            DMatrixRMaj c = m.network().coefs(l);
            ArrayNode layer = coefs.addArray();
            for (int i = 0; i < c.numRows; i++) {
                ArrayNode row = layer.addArray();
                for (int j = 0; j < c.numCols; j++) {
                    row.add(c.get(i, j));
                }
            }
            ArrayNode b = intercepts.addArray();
            for (double v : m.network().intercepts(l)) {
                b.add(v);
            }
        }
        if (m.isClassifier()) {
            ArrayNode classes = root.putArray("classes");
            for (int c : m.classes()) {
                classes.add(c);
            }
        }
        JsonFields.putStrings(root, "class_names", m.classNames());
        JsonFields.putStrings(root, "feature_names", m.featureNames());
        JsonFields.putStrings(root, "features_2d", m.features2d().toArray(new String[0]));
        if (m.scaler() != null && m.scaler().kind() != Scaler.NONE) {
            ObjectNode s = root.putObject("scaler");
            s.put("kind", m.scaler().kind().name().toLowerCase(Locale.ROOT));
            JsonFields.putDoubles(s.putArray("offset"), m.scaler().offset());
            JsonFields.putDoubles(s.putArray("scale"), m.scaler().scale());
        }
        ObjectNode h = root.putObject("hyperparameters");
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            putValue(h, p, m.config());
        }
        JsonFields.putDoubles(root.putArray("loss_curve"), m.lossCurve());
        if (m.dataset() != null) {
            root.put("dataset", m.dataset());
        }
        return root;
    }

    private static SavedModel fromJson(JsonNode root, String source) {
        Activation activation = Activation.fromName(JsonFields.required(root, "activation").asText());
        OutputKind output = outKind(JsonFields.required(root, "out_activation").asText());
        JsonNode coefs = JsonFields.required(root, "coefs");
        JsonNode intercepts = JsonFields.required(root, "intercepts");
        if (!coefs.isArray() || !intercepts.isArray() || coefs.size() == 0 || coefs.size() != intercepts.size()) {
            throw new IllegalArgumentException("\"coefs\" and \"intercepts\" must be lists with one entry per layer");
        }
        int layers = coefs.size();
        int[] sizes = new int[layers + 1];
        List<DMatrixRMaj> matrices = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            DMatrixRMaj c = JsonFields.matrix(coefs.get(l), "coefs[" + l + "]");
            double[] b = JsonFields.doubles(intercepts.get(l), "intercepts[" + l + "]");
            if (l == 0) {
                sizes[0] = c.numRows;
            } else if (c.numRows != sizes[l]) {
                throw new IllegalArgumentException("coefs[" + l + "] has " + c.numRows + " rows but layer " + l + " has "
                        + sizes[l] + " units");
            }
            if (b.length != c.numCols) {
                throw new IllegalArgumentException("intercepts[" + l + "] has " + b.length + " values but coefs[" + l
                        + "] has " + c.numCols + " columns");
            }
            sizes[l + 1] = c.numCols;
            matrices.add(c);
            biases.add(b);
        }
        Network net = Network.zeros(sizes, activation, output);
        if (root.has("hidden_activations")) {
            net = net.withActivations(activations(root.get("hidden_activations"), "hidden_activations"));
        }
        for (int l = 0; l < layers; l++) {
            net.setLayer(l, matrices.get(l), biases.get(l));
        }
        int[] classes = null;
        String[] classText = null;
        if (root.has("classes") && !root.get("classes").isNull()) {
            ModelMeaning.Classes parsed = ModelMeaning.classes(root.get("classes"));
            classes = parsed.labels();
            classText = parsed.names();
            int expected = classes.length == 2 ? 1 : classes.length;
            if (expected != sizes[layers] || (classes.length == 2) != (output == OutputKind.LOGISTIC)) {
                throw new IllegalArgumentException(classes.length + " classes do not fit " + sizes[layers] + " "
                        + outName(output) + " outputs");
            }
        } else if (output != OutputKind.IDENTITY) {
            throw new IllegalArgumentException("a classifier needs its \"classes\"");
        }
        MlpConfig config = config(root.path("hyperparameters"), sizes, activation);
        Scaler.Fitted scaler = scaler(root.path("scaler"), sizes[0]);
        String[] classNames = JsonFields.strings(root.path("class_names"));
        if (classNames == null) {
            classNames = classText;
        } else {
            ModelMeaning.requireDistinct(classNames, "class_names");
        }
        if (classNames != null && classes != null && classNames.length != classes.length) {
            throw new IllegalArgumentException("\"class_names\" has " + classNames.length + " names for " + classes.length
                    + " classes");
        }
        String[] featureNames = JsonFields.strings(root.path("feature_names"));
        String[] f2d = JsonFields.strings(root.path("features_2d"));
        ModelMeaning.checkInputs(featureNames, f2d, sizes[0]);
        double[] curve = root.has("loss_curve") ? JsonFields.doubles(root.get("loss_curve"), "loss_curve") : new double[0];
        return new SavedModel(net, config, classes, classNames, featureNames, f2d == null ? List.of() : List.of(f2d),
                scaler, curve, root.path("dataset").asText(null));
    }

    private static Activation[] activations(JsonNode list, String field) {
        if (!list.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of activation names");
        }
        Activation[] a = new Activation[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = Activation.fromName(list.get(i).asText());
        }
        return a;
    }

    /** Writes one hyperparameter under its sklearn name: numbers and booleans as JSON's, widths as a list, else text. */
    private static <T> void putValue(ObjectNode h, Hyperparameter<T> p, MlpConfig c) {
        T v = p.get(c);
        if (v instanceof int[] widths) {
            JsonFields.putInts(h.putArray(p.name()), widths);
        } else if (v instanceof Boolean flag) {
            h.put(p.name(), flag);
        } else if (v instanceof Double d) {
            h.put(p.name(), d);
        } else if (v instanceof Long l) {
            h.put(p.name(), l);
        } else if (v instanceof Integer i && p.format(v).equals(Integer.toString(i))) {
            h.put(p.name(), i);
        } else {
            h.put(p.name(), p.format(v));
        }
    }

    /**
     * The hyperparameters a file names (sklearn's names; missing ones keep the default, a null
     * random_state as sklearn writes it too); the architecture comes from the weights.
     */
    private static MlpConfig config(JsonNode h, int[] sizes, Activation activation) {
        int[] hidden = java.util.Arrays.copyOfRange(sizes, 1, sizes.length - 1);
        MlpConfig.Builder b = MlpConfig.builder();
        if (h.isObject()) {
            for (Hyperparameter<?> p : Hyperparameter.ALL) {
                JsonNode v = h.get(p.name());
                if (v != null && !v.isNull()) {
                    readValue(b, p, v.isArray() ? JsonFields.commaList(v) : v.asText());
                }
            }
        }
        return b.hiddenLayerSizes(hidden).activation(activation).build();
    }

    private static <T> void readValue(MlpConfig.Builder b, Hyperparameter<T> p, String text) {
        p.set(b, p.parse(text, "the hyperparameter " + p.name()));
    }

    private static Scaler.Fitted scaler(JsonNode s, int inputs) {
        if (s.isMissingNode() || s.isNull()) {
            return Scaler.NONE.fit(new DMatrixRMaj(0, inputs));
        }
        Scaler kind = Scaler.fromName(JsonFields.required(s, "kind").asText());
        double[] offset = JsonFields.doubles(JsonFields.required(s, "offset"), "scaler.offset");
        double[] scale = JsonFields.doubles(JsonFields.required(s, "scale"), "scaler.scale");
        if (offset.length != inputs || scale.length != inputs) {
            throw new IllegalArgumentException("the scaler has " + offset.length + " offsets and " + scale.length
                    + " scales for " + inputs + " inputs");
        }
        for (double v : scale) {
            if (!(v != 0)) {
                throw new IllegalArgumentException("the scaler has a zero scale");
            }
        }
        return new Scaler.Fitted(kind, offset, scale);
    }

    private static String outName(OutputKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static OutputKind outKind(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "logistic":
                return OutputKind.LOGISTIC;
            case "softmax":
                return OutputKind.SOFTMAX;
            case "identity":
                return OutputKind.IDENTITY;
            default:
                throw new IllegalArgumentException("unknown \"out_activation\" '" + name
                        + "': expected logistic, softmax or identity");
        }
    }

    /** Writes text to {@code file} atomically, see {@link AtomicFiles#write(Path, byte[])}. */
    public static void writeAtomically(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code file} atomically, see {@link AtomicFiles#write(Path, byte[])}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file, bytes);
    }
}
