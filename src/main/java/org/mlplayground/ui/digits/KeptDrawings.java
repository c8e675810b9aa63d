package org.mlplayground.ui.digits;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlplayground.io.DrawnDigits;
import org.mlplayground.io.PersonalDigits;
import org.mlplayground.ui.shared.Background;

/**
 * The drawings a user keeps as a personal test set, and the commands on them: keep, relabel,
 * delete. Every change is written to {@code ~/.mlp-playground/my-digits.csv} first, off the FX
 * thread; what happened is said through {@code say}, and {@code changed} hears every change.
 */
public final class KeptDrawings {

    private final ObservableList<DrawnDigits.Digit> digits = FXCollections.observableArrayList();
    private final PersonalDigits file;
    private final Background background;
    private final Consumer<String> say;
    private final Runnable changed;

    KeptDrawings(PersonalDigits file, Background background, Consumer<String> say, Runnable changed) {
        this.file = file;
        this.background = background;
        this.say = say;
        this.changed = changed;
    }

    /** Keeps {@code digit} (refusing a second copy of a kept one); saved at once. */
    void keep(DrawnDigits.Digit digit) {
        int copy = DrawnDigits.indexOfCopy(digits, digit);
        if (copy >= 0) {
            say.accept("This drawing is already kept, as a " + digits.get(copy).label() + ": draw a new one.");
            return;
        }
        digits.add(digit);
        List<DrawnDigits.Digit> all = List.copyOf(digits);
        int n = all.size();
        int label = digit.label();
        background.run(() -> {
            file.save(all);
            return n;
        }, k -> say.accept("Kept your " + label + " (" + k + (k == 1 ? " drawn digit" : " drawn digits") + ", saved in "
                + file.location() + ")."), e -> say.accept("Kept your " + label + ", but could not save "
                + file.location() + ": " + Background.sentence(e)));
        changed.run();
    }

    /** Gives kept drawing {@code index} (0-based) another label. */
    public void relabel(int index, int label) {
        List<DrawnDigits.Digit> now = List.copyOf(digits);
        background.run(() -> file.relabel(now, index, label), done -> {
            digits.setAll(done);
            say.accept("Drawing " + (index + 1) + " is now a " + label + ".");
            changed.run();
        }, e -> say.accept("Not changed: " + Background.sentence(e)));
    }

    /** Deletes kept drawing {@code index} (0-based). */
    public void delete(int index) {
        List<DrawnDigits.Digit> now = List.copyOf(digits);
        background.run(() -> file.delete(now, index), done -> {
            digits.setAll(done);
            say.accept("Deleted drawing " + (index + 1) + " (" + done.size() + " kept).");
            changed.run();
        }, e -> say.accept("Not deleted: " + Background.sentence(e)));
    }

    /** The kept drawings, oldest first. */
    public ObservableList<DrawnDigits.Digit> digits() {
        return digits;
    }
}
