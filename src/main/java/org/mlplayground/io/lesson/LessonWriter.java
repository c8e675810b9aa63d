package org.mlplayground.io.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Writes a {@link Lesson} as lesson-file JSON (format version {@link LessonFile#VERSION}). */
final class LessonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LessonWriter() {
    }

    static String toText(Lesson lesson) {
        ObjectNode root = NODES.objectNode();
        root.put("format", LessonFile.FORMAT);
        root.put("version", LessonFile.VERSION);
        root.put("title", lesson.title());
        if (!lesson.description().isEmpty()) {
            root.put("description", lesson.description());
        }
        ArrayNode steps = root.putArray("steps");
        for (LessonStep s : lesson.steps()) {
            steps.add(step(s));
        }
        StringBuilder out = new StringBuilder();
        print(root, "", out);
        return out.append('\n').toString();
    }

    /**
     * Objects one field a line, indented by two; lists inline when they hold only numbers, texts
     * or inline lists (hidden sizes, features, points, strokes), else one element a line.
     */
    private static void print(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            var fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                out.append(indent).append("  ").append(scalar(NODES.textNode(f.getKey()))).append(": ");
                print(f.getValue(), indent + "  ", out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (inline(node)) {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    print(node.get(i), indent, out);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append("  ");
                print(node.get(i), indent + "  ", out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(scalar(node));
        }
    }

    private static boolean inline(JsonNode array) {
        for (JsonNode e : array) {
            if (e.isObject() || (e.isArray() && !inline(e))) {
                return false;
            }
        }
        return true;
    }

    private static String scalar(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON value cannot fail to print", e);
        }
    }

    private static ObjectNode step(LessonStep s) {
        ObjectNode o = NODES.objectNode();
        o.put("step", s.number());
        o.put("title", s.title());
        o.put("text", s.text());
        if (!s.notice().isEmpty()) {
            o.put("notice", s.notice());
        }
        o.put("view", s.view().fileName());
        if (!s.state().isEmpty()) {
            ObjectNode state = o.putObject("state");
            s.state().forEach((k, v) -> state.set(k, value(StateKey.of(k).kind(), v)));
        }
        if (s.hide() != null) {
            ArrayNode hide = o.putArray("hide");
            s.hide().forEach(hide::add);
        }
        if (s.lock() != null) {
            ObjectNode lock = o.putObject("lock");
            s.lock().forEach(lock::put);
        }
        if (s.action() != null) {
            o.set("action", action(s.action()));
        }
        return o;
    }

    /** A state value (the state text's form) as the JSON the reader takes back. */
    private static JsonNode value(StateKind kind, String v) {
        switch (kind) {
            case INTEGER: // batch_size may be "auto"
                return v.matches("-?\\d+") ? NODES.numberNode(Long.parseLong(v)) : NODES.textNode(v);
            case BOOLEAN:
                return NODES.booleanNode(Boolean.parseBoolean(v));
            case NUMBER:
                return NODES.numberNode(new BigDecimal(v));
            case INTEGER_LIST: {
                ArrayNode a = NODES.arrayNode();
                for (String x : v.isEmpty() ? new String[0] : v.split(",")) {
                    a.add(Long.parseLong(x));
                }
                return a;
            }
            case STRING_LIST: {
                ArrayNode a = NODES.arrayNode();
                for (String x : v.isEmpty() ? new String[0] : v.split(",")) {
                    a.add(x);
                }
                return a;
            }
            case POINTS: {
                ArrayNode a = NODES.arrayNode();
                for (String p : v.isEmpty() ? new String[0] : v.split(";")) {
                    String[] xs = p.split(",");
                    a.addArray().add(new BigDecimal(xs[0])).add(new BigDecimal(xs[1])).add(Long.parseLong(xs[2]));
                }
                return a;
            }
            default:
                return NODES.textNode(v);
        }
    }

    private static ObjectNode action(LessonAction a) {
        ObjectNode o = NODES.objectNode();
        o.put("type", a.type());
        if (a instanceof LessonAction.Train t) {
            o.put("epochs", t.epochs());
        } else if (a instanceof LessonAction.Sweep s) {
            ArrayNode alphas = o.putArray("alphas");
            s.alphas().forEach(x -> alphas.add(new BigDecimal(StateValues.plain(x))));
        } else if (a instanceof LessonAction.MathStep m) {
            o.put("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
            o.put("count", m.count());
            o.put("example", m.example());
        } else if (a instanceof LessonAction.DrawDigit d) {
            o.put("label", d.label());
            ArrayNode strokes = o.putArray("strokes");
            for (var stroke : d.strokes()) {
                ArrayNode points = strokes.addArray();
                for (double[] p : stroke) {
                    points.addArray().add(p[0]).add(p[1]);
                }
            }
        } else if (a instanceof LessonAction.Evaluate e) {
            o.put("set", e.set());
        } else if (a instanceof LessonAction.Compare c) {
            o.put("with", c.with());
            o.put("trainSize", c.trainSize());
        }
        return o;
    }

}
