package org.mlplayground.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlplayground.data.DataFileException;

/**
 * The file of drawn digits a user keeps ({@code ~/.mlp-playground/my-digits.csv}): read at start,
 * and an unreadable one moved aside, never overwritten, so that nothing the user drew is lost.
 */
public final class PersonalDigits {

    private final Path file;

    /** The digits kept in {@code file}. */
    public PersonalDigits(Path file) {
        this.file = file;
    }

    /** Where the digits are kept, for messages. */
    public String location() {
        return file.toString();
    }

    /**
     * What opening the file gave.
     *
     * @param digits the digits read (empty when there was no file or it was unreadable)
     * @param notice empty, or a sentence saying what was wrong and where the old file now is
     */
    public record Opened(List<DrawnDigits.Digit> digits, String notice) {
    }

    /** Reads the file; a missing file is an empty set, an unreadable one is moved aside with a notice. */
    public Opened open() {
        if (!Files.exists(file)) {
            return new Opened(List.of(), "");
        }
        try {
            return new Opened(DrawnDigits.load(file), "");
        } catch (DataFileException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.move(file, aside);
                return new Opened(List.of(), "Your drawn digits were not loaded (" + e.getMessage()
                        + "); the file is kept as " + aside + " and new drawings go to a new one.");
            } catch (IOException moved) {
                return new Opened(List.of(), "Your drawn digits were not loaded: " + e.getMessage());
            }
        }
    }

    /** Saves every digit kept, atomically. */
    public void save(List<DrawnDigits.Digit> digits) throws IOException {
        DrawnDigits.save(file, digits);
    }

    /** {@code digits} with drawing {@code index} (0-based) labelled {@code label}, saved first. */
    public List<DrawnDigits.Digit> relabel(List<DrawnDigits.Digit> digits, int index, int label) throws IOException {
        return DrawnDigits.relabel(file, digits, index, label);
    }

    /** {@code digits} without drawing {@code index} (0-based), saved first. */
    public List<DrawnDigits.Digit> delete(List<DrawnDigits.Digit> digits, int index) throws IOException {
        return DrawnDigits.delete(file, digits, index);
    }
}
