package org.mlplayground.io.lesson;

/** The JSON form of a state key's value. */
public enum StateKind {
    STRING("text"), INTEGER("whole number"), NUMBER("number"), BOOLEAN("true or false"),
    INTEGER_LIST("list of whole numbers"), STRING_LIST("list of texts"), POINTS("list of [x1, x2, class]");

    private final String shown;

    StateKind(String shown) {
        this.shown = shown;
    }

    /** How the README's key table names the form ("whole number"). */
    public String shown() {
        return shown;
    }
}
