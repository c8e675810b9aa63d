package org.mlplayground.nn;

/**
 * A hyperparameter value that is not allowed. The message is one sentence that starts with the name
 * the user saw ({@code --learning-rate must be a finite number > 0, got Infinity}); {@link #named}
 * gives the same fault under another name (a window control's label, a file's field).
 */
public final class HyperparameterException extends IllegalArgumentException {

    private final transient Hyperparameter<?> parameter;
    private final String shownName;
    private final String reason;

    /**
     * @param parameter the hyperparameter at fault
     * @param shownName how the user knows it (CLI option, control label, sklearn name)
     * @param reason    the rest of the sentence, e.g. "must be a finite number > 0, got Infinity"
     */
    public HyperparameterException(Hyperparameter<?> parameter, String shownName, String reason) {
        super(shownName + " " + reason);
        this.parameter = parameter;
        this.shownName = shownName;
        this.reason = reason;
    }

    /** The hyperparameter at fault. */
    public Hyperparameter<?> parameter() {
        return parameter;
    }

    /** The name the message starts with. */
    public String shownName() {
        return shownName;
    }

    /** The message without the name: "must be ..., got ...". */
    public String reason() {
        return reason;
    }

    /** The same fault, named {@code name} (e.g. the control's label "Learning rate"). */
    public HyperparameterException named(String name) {
        return new HyperparameterException(parameter, name, reason);
    }
}
