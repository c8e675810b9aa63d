package org.mlplayground.io.lesson;

/**
 * A lesson file that is refused; the message is one sentence naming the file, the line and the
 * field at fault.
 */
public final class LessonFileException extends java.io.IOException {

    private final int line;
    private final String field;

    /**
     * @param line  the line of the fault, 1-based, or 0 when unknown
     * @param field the field at fault as a reader names it ({@code step 3, state.dataset}), or empty
     */
    public LessonFileException(String message, int line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** A file that cannot be read at all (missing, not text): no line, no field. */
    public LessonFileException(String message) {
        this(message, 0, "");
    }

    /** The line of the fault, 1-based, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The field at fault, e.g. {@code step 3, state.dataset}, or empty. */
    public String field() {
        return field;
    }
}
