package org.mlplayground.io.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlplayground.io.ModelFile;

/**
 * Reads, checks and writes lesson files: JSON with {@code "format": "mlp-playground-lesson"} and
 * {@code "version": 1} (the README's "Lessons" section documents every field). A file that is
 * refused throws a {@link LessonFileException} naming the file, the line and the field at fault,
 * in one sentence. Writing is atomic (a temporary file renamed over the target) and
 * {@code read(write(l))} equals {@code l}. The built-in lessons are resources under
 * {@code /lessons/}, listed in order by {@code /lessons/index.json}.
 */
public final class LessonFile {

    /** The value of a lesson file's {@code format} field. */
    public static final String FORMAT = "mlp-playground-lesson";
    /** The newest format version this reader knows, written by {@link #write}. */
    public static final int VERSION = 1;
    /** The value of the built-in index's {@code format} field. */
    public static final String INDEX_FORMAT = "mlp-playground-lesson-index";

    private static final Set<String> TOP = Set.of("format", "version", "title", "description", "steps");

    private LessonFile() {
    }

    /** Reads and checks the lesson in {@code file}. */
    public static Lesson read(Path file) throws LessonFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LessonFileException("There is no lesson file " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new LessonFileException(file + " is not UTF-8 text, so not a lesson file");
        } catch (IOException e) {
            throw new LessonFileException("Cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * Reads and checks a lesson from its text; {@code source} names it in messages (a file name).
     *
     * @throws LessonFileException naming the source, line and field at fault
     */
    public static Lesson parse(String text, String source) throws LessonFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as Windows editors write one
        }
        LocatedJson json;
        try {
            json = LocatedJson.parse(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String where = source + (line > 0 ? ", line " + line + (e.getLocation().getColumnNr() > 0
                    ? ", column " + e.getLocation().getColumnNr() : "") : "");
            if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                throw new LessonFileException(where + ": the JSON ends too early (the file may be cut short)", line, "");
            }
            // Jackson's own words, without its notes on where the source is
            String said = firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(?(at )?\\[Source:.*$", "").trim();
            throw new LessonFileException(where + ": not valid JSON: " + said, line, "");
        } catch (IOException e) {
            throw new LessonFileException(source + ": cannot be read: " + e.getMessage(), 0, "");
        }
        return new Reader(json, source).lesson();
    }

    /** Writes {@code lesson} to {@code file} atomically, in format version {@link #VERSION}. */
    public static void write(Lesson lesson, Path file) throws IOException {
        ModelFile.writeAtomically(file, LessonWriter.toText(lesson));
    }

    /** The lesson as the text {@link #write} puts in a file. */
    public static String toText(Lesson lesson) {
        return LessonWriter.toText(lesson);
    }

    /**
     * The built-in lessons in their index's order, keyed by file name ({@code 01-perceptron.json}).
     *
     * @throws LessonFileException if the index or a lesson is missing or refused (a build fault)
     */
    public static Map<String, Lesson> builtIns() throws LessonFileException {
        String indexText = resource("index.json");
        LocatedJson index;
        try {
            index = LocatedJson.parse(indexText);
        } catch (IOException e) {
            throw new LessonFileException("The built-in lesson index is not valid JSON: " + e.getMessage());
        }
        JsonNode lessons = index.root.path("lessons");
        if (!INDEX_FORMAT.equals(index.root.path("format").asText()) || !lessons.isArray()) {
            throw new LessonFileException("The built-in lesson index has no \"format\": \"" + INDEX_FORMAT + "\" or no \"lessons\" list");
        }
        Map<String, Lesson> out = new LinkedHashMap<>();
        for (JsonNode name : lessons) {
            out.put(name.asText(), parse(resource(name.asText()), "lessons/" + name.asText()));
        }
        return out;
    }

    private static String resource(String name) throws LessonFileException {
        InputStream stream = LessonFile.class.getResourceAsStream("/lessons/" + name);
        if (stream == null) {
            throw new LessonFileException("The built-in lesson file lessons/" + name + " is missing from the application");
        }
        try (InputStream in = stream) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonFileException("Cannot read the built-in lesson file lessons/" + name + ": " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "damaged";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** One pass over the tree, refusing the first fault with its line and field. */
    static final class Reader {
        private final LocatedJson json;
        private final String source;

        Reader(LocatedJson json, String source) {
            this.json = json;
            this.source = source;
        }

        Lesson lesson() throws LessonFileException {
            JsonNode root = json.root;
            if (!root.isObject()) {
                throw fault("", "a lesson file holds one JSON object {...}");
            }
            known(root, "", TOP);
            if (!FORMAT.equals(root.path("format").asText(null))) {
                throw fault("/format", "not a lesson file: expected \"format\": \"" + FORMAT + "\"");
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
                throw fault("/version", "expected \"version\": " + VERSION);
            }
            if (version.asLong() > VERSION) {
                throw fault("/version", "written for a newer MLP Playground (lesson format version " + version.asLong()
                        + "; this one reads up to " + VERSION + ")");
            }
            String title = text(root, "", "title", true);
            String description = text(root, "", "description", false);
            markup(description, "/description");
            JsonNode steps = root.get("steps");
            if (steps == null || !steps.isArray() || steps.isEmpty() || steps.size() > 100) {
                throw fault("/steps", "expected \"steps\": a list of 1 to 100 steps");
            }
            List<LessonStep> out = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                out.add(new StepReader(this, steps.get(i), "/steps/" + i, i + 1).step());
            }
            return new Lesson(title, description, out);
        }

        /** Refuses fields not in {@code allowed}. */
        void known(JsonNode object, String path, Set<String> allowed) throws LessonFileException {
            var names = object.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!allowed.contains(n)) {
                    throw fault(path + "/" + n, "unknown field '" + n + "': expected one of "
                            + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
        }

        /** A text field (required or "" when missing). */
        String text(JsonNode object, String path, String name, boolean required) throws LessonFileException {
            JsonNode v = object.get(name);
            if (v == null && !required) {
                return "";
            }
            if (v == null || !v.isTextual() || (required && v.asText().isBlank())) {
                throw fault(path + "/" + name, "expected \"" + name + "\": a text in quotes" + (required ? ", not empty" : ""));
            }
            return v.asText();
        }

        void markup(String text, String path) throws LessonFileException {
            try {
                LessonText.parse(text);
            } catch (IllegalArgumentException e) {
                throw fault(path, e.getMessage());
            }
        }

        LessonFileException fault(String pointer, String what) {
            String field = fieldName(pointer);
            int line = json.line(pointer);
            return new LessonFileException(source + ", line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + what,
                    line, field);
        }

        /** {@code /steps/2/state/dataset} as {@code step 3, state.dataset}. */
        static String fieldName(String pointer) {
            if (pointer.isEmpty()) {
                return "";
            }
            String[] parts = pointer.substring(1).split("/");
            StringBuilder s = new StringBuilder();
            int from = 0;
            if (parts[0].equals("steps") && parts.length > 1) {
                s.append("step ").append(Integer.parseInt(parts[1]) + 1);
                from = 2;
            }
            StringBuilder rest = new StringBuilder();
            for (int i = from; i < parts.length; i++) {
                String p = parts[i].replace("~1", "/").replace("~0", "~");
                if (p.chars().allMatch(Character::isDigit)) {
                    rest.append('[').append(Integer.parseInt(p) + 1).append(']');
                } else {
                    rest.append(rest.length() > 0 ? "." : "").append(p);
                }
            }
            if (rest.length() > 0) {
                s.append(s.length() > 0 ? ", " : "").append(rest);
            }
            return s.toString();
        }
    }
}
