package org.mlplayground.io.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and checks one step of a lesson file for {@link LessonFile}. */
final class StepReader {

    private static final Set<String> FIELDS = Set.of("step", "title", "text", "notice", "view", "state", "hide", "lock", "action");

    private final LessonFile.Reader file;
    private final JsonNode node;
    private final String path;
    private final int expected;

    StepReader(LessonFile.Reader file, JsonNode node, String path, int expected) {
        this.file = file;
        this.node = node;
        this.path = path;
        this.expected = expected;
    }

    LessonStep step() throws LessonFileException {
        if (!node.isObject()) {
            throw file.fault(path, "a step is a JSON object {\"step\": " + expected + ", \"title\": ..., \"text\": ...}");
        }
        file.known(node, path, FIELDS);
        JsonNode number = node.get("step");
        if (number == null || !number.isIntegralNumber()) {
            throw file.fault(path + "/step", "expected \"step\": " + expected + " (steps are numbered 1, 2, 3, ... in order)");
        }
        if (number.asLong() != expected) {
            throw file.fault(path + "/step", "step numbers must run 1, 2, 3, ... in order: step " + number.asLong()
                    + " stands where step " + expected + " belongs");
        }
        String title = file.text(node, path, "title", true);
        String text = file.text(node, path, "text", true);
        String notice = file.text(node, path, "notice", false);
        file.markup(title, path + "/title");
        file.markup(text, path + "/text");
        file.markup(notice, path + "/notice");
        LessonView view = LessonView.PLAYGROUND;
        if (node.has("view")) {
            try {
                view = LessonView.fromName(file.text(node, path, "view", true));
            } catch (IllegalArgumentException e) {
                throw file.fault(path + "/view", e.getMessage());
            }
        }
        return new LessonStep(expected, title, text, notice, view, state(), hide(), lock(), action(view));
    }

    private Map<String, String> state() throws LessonFileException {
        Map<String, String> state = new LinkedHashMap<>();
        JsonNode s = node.get("state");
        if (s == null) {
            return state;
        }
        if (!s.isObject()) {
            throw file.fault(path + "/state", "expected \"state\": an object of state keys, e.g. {\"dataset\": \"xor\"}");
        }
        var fields = s.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String at = path + "/state/" + e.getKey();
            try {
                state.put(e.getKey(), StateKey.of(e.getKey()).normalize(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw file.fault(at, ex.getMessage());
            }
        }
        return state;
    }

    private List<String> hide() throws LessonFileException {
        List<String> hide = new ArrayList<>();
        JsonNode h = node.get("hide");
        if (h == null) {
            return null;
        }
        if (!h.isArray()) {
            throw file.fault(path + "/hide", "expected \"hide\": a list of control names, e.g. [\"solver\", \"batch\"]");
        }
        for (int i = 0; i < h.size(); i++) {
            hide.add(control(h.get(i), path + "/hide/" + i));
        }
        return hide;
    }

    private Map<String, String> lock() throws LessonFileException {
        Map<String, String> lock = new LinkedHashMap<>();
        JsonNode l = node.get("lock");
        if (l == null) {
            return null;
        }
        if (!l.isObject()) {
            throw file.fault(path + "/lock", "expected \"lock\": control names with the reason shown on hover, e.g. {\"dataset\": \"This lesson is about XOR.\"}");
        }
        var fields = l.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String at = path + "/lock/" + e.getKey();
            control(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), at);
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw file.fault(at, "expected the reason the control is locked, a text in quotes");
            }
            lock.put(e.getKey(), e.getValue().asText());
        }
        return lock;
    }

    private String control(JsonNode v, String at) throws LessonFileException {
        try {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("expected a control name in quotes, got " + v);
            }
            return LessonControl.of(v.asText()).name();
        } catch (IllegalArgumentException e) {
            throw file.fault(at, e.getMessage());
        }
    }

    private LessonAction action(LessonView view) throws LessonFileException {
        JsonNode a = node.get("action");
        if (a == null) {
            return null;
        }
        String at = path + "/action";
        if (!a.isObject() || !a.path("type").isTextual()) {
            throw file.fault(at, "expected \"action\": an object with a \"type\": train, reset, sweep, math-step, draw-digit, evaluate or compare");
        }
        String type = a.get("type").asText();
        switch (type) {
            case "train":
                file.known(a, at, Set.of("type", "epochs"));
                return new LessonAction.Train((int) integer(a, at, "epochs", -1, 1, 100_000));
            case "reset":
                file.known(a, at, Set.of("type"));
                return new LessonAction.Reset();
            case "sweep":
                file.known(a, at, Set.of("type", "alphas"));
                onView(view, LessonView.SWEEP, type, at);
                return new LessonAction.Sweep(alphas(a, at));
            case "math-step":
                file.known(a, at, Set.of("type", "direction", "count", "example"));
                onView(view, LessonView.MATH, type, at);
                String d = choice(a, at, "direction", "forward", "forward", "backward", "update");
                return new LessonAction.MathStep(LessonAction.Direction.valueOf(d.toUpperCase(Locale.ROOT)),
                        (int) integer(a, at, "count", 1, 1, 100), (int) integer(a, at, "example", 0, 0, 100_000));
            case "draw-digit":
                file.known(a, at, Set.of("type", "label", "strokes"));
                onView(view, LessonView.DIGITS, type, at);
                return new LessonAction.DrawDigit((int) integer(a, at, "label", -1, 0, 9), strokes(a, at));
            case "evaluate":
                file.known(a, at, Set.of("type", "set"));
                onView(view, LessonView.DIGITS, type, at);
                return new LessonAction.Evaluate(choice(a, at, "set", "test", "test", "train"));
            case "compare":
                file.known(a, at, Set.of("type", "with", "trainSize"));
                onView(view, LessonView.DIGITS, type, at);
                return new LessonAction.Compare(choice(a, at, "with", null, "svm", "logistic"),
                        (int) integer(a, at, "trainSize", 2000, 1, 60_000));
            default:
                throw file.fault(at + "/type", "unknown action '" + type
                        + "': expected train, reset, sweep, math-step, draw-digit, evaluate or compare");
        }
    }

    private void onView(LessonView view, LessonView needed, String type, String at) throws LessonFileException {
        if (view != needed) {
            throw file.fault(at + "/type", "the action '" + type + "' runs on the " + needed.fileName()
                    + " view, and this step shows " + view.fileName() + " (set \"view\": \"" + needed.fileName() + "\")");
        }
    }

    /** A whole number field; {@code fallback} -1 makes it required. */
    private long integer(JsonNode a, String at, String name, long fallback, long min, long max) throws LessonFileException {
        JsonNode v = a.get(name);
        if (v == null && fallback != -1) {
            return fallback;
        }
        if (v == null || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw file.fault(at + (v == null ? "" : "/" + name), "expected \"" + name + "\": a whole number from "
                    + min + " to " + max + (v == null ? "" : ", got " + v));
        }
        return v.asLong();
    }

    private String choice(JsonNode a, String at, String name, String fallback, String... names) throws LessonFileException {
        JsonNode v = a.get(name);
        if (v == null && fallback != null) {
            return fallback;
        }
        if (v == null || !List.of(names).contains(v.asText())) {
            throw file.fault(at + (v == null ? "" : "/" + name), "expected \"" + name + "\": one of " + String.join(", ", names)
                    + (v == null ? "" : ", got " + v));
        }
        return v.asText();
    }

    private List<Double> alphas(JsonNode a, String at) throws LessonFileException {
        JsonNode v = a.get("alphas");
        if (v == null) {
            return LessonAction.Sweep.LECTURE_ALPHAS;
        }
        if (!v.isArray() || v.isEmpty() || v.size() > 50) {
            throw file.fault(at + "/alphas", "expected \"alphas\": a list of 1 to 50 numbers >= 0, e.g. [0.1, 0.01, 0.001]");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode x = v.get(i);
            if (!x.isNumber() || !(x.asDouble() >= 0) || !Double.isFinite(x.asDouble())) {
                throw file.fault(at + "/alphas/" + i, "an alpha is a finite number >= 0, got " + x);
            }
            out.add(x.asDouble());
        }
        return out;
    }

    private List<List<double[]>> strokes(JsonNode a, String at) throws LessonFileException {
        JsonNode v = a.get("strokes");
        if (v == null || !v.isArray() || v.isEmpty() || v.size() > 50) {
            throw file.fault(at + (v == null ? "" : "/strokes"), "expected \"strokes\": 1 to 50 strokes, each a list of points [x, y] in [0, 1]");
        }
        List<List<double[]>> strokes = new ArrayList<>();
        for (int s = 0; s < v.size(); s++) {
            JsonNode stroke = v.get(s);
            if (!stroke.isArray() || stroke.isEmpty() || stroke.size() > 1000) {
                throw file.fault(at + "/strokes/" + s, "a stroke is a list of 1 to 1000 points [x, y] in [0, 1]");
            }
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < stroke.size(); i++) {
                JsonNode p = stroke.get(i);
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                        || !inUnit(p.get(0).asDouble()) || !inUnit(p.get(1).asDouble())) {
                    throw file.fault(at + "/strokes/" + s + "/" + i, "a point of a stroke is [x, y] with x and y in [0, 1], got " + p);
                }
                points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            strokes.add(points);
        }
        return strokes;
    }

    private static boolean inUnit(double x) {
        return x >= 0 && x <= 1;
    }
}
