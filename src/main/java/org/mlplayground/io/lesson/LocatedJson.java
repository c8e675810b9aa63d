package org.mlplayground.io.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree together with the line each value starts on, keyed by JSON pointer
 * ({@code /steps/2/state/dataset}), read with Jackson's streaming parser (duplicate names refused).
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private LocatedJson(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new JsonProcessingException("the file is empty", p.currentLocation()) { };
            }
            root = value(p, "");
            if (p.nextToken() != null) {
                throw new JsonProcessingException("there is more after the end of the lesson's object", p.currentTokenLocation()) { };
            }
        }
    }

    /** Parses {@code text}; throws JsonProcessingException (with its location) for malformed JSON. */
    static LocatedJson parse(String text) throws IOException {
        return new LocatedJson(text);
    }

    /** The line of the value at {@code pointer}, or of the nearest enclosing value that exists. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null || p.isEmpty()) {
                return l == null ? 1 : l;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        lines.put(path, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, value(p, path + "/" + name.replace("~", "~0").replace("/", "~1")));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, path + "/" + i++));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? NODES.numberNode(p.getBigIntegerValue())
                        : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(p.getBooleanValue());
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonProcessingException("unexpected " + t, p.currentTokenLocation()) { };
        }
    }
}
