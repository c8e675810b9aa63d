package org.mlplayground.ui.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlplayground.nn.Hyperparameter;

/** The Digits tab's settings: a value out of range is refused in a sentence that names the control as the tab shows it. */
class DigitsSettingsTest {

    @Test
    void aControlWhoseTextCannotBeReadStopsTrainingWithItsSentence() {
        DigitsSettings s = new DigitsSettings();
        s.setUnreadable("Epochs", "Epochs must be a whole number of at least 1, got 'abc'");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.config(s.hiddenSizes()));
        assertEquals("Epochs must be a whole number of at least 1, got 'abc'", e.getMessage());
        s.setUnreadable("Epochs", null);
        assertEquals(10, s.config(s.hiddenSizes()).maxIter(), "readable again: the value in use trains");
    }

    @Test
    void errorsNameTheControl() {
        DigitsSettings s = new DigitsSettings();
        s.hiddenProperty().set("8,-5");
        IllegalArgumentException hidden = assertThrows(IllegalArgumentException.class, s::hiddenSizes);
        assertTrue(hidden.getMessage().startsWith("Hidden layers must be"), hidden.getMessage());
        s.hiddenProperty().set("128");
        s.alphaProperty().set(-1);
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class, () -> s.config(s.hiddenSizes()));
        assertEquals(Hyperparameter.ALPHA.label() + " must be a finite number >= 0, got -1", alpha.getMessage()
                .replace("-1.0", "-1"));
        s.alphaProperty().set(1e-4);
        s.epochsProperty().set(0);
        IllegalArgumentException epochs = assertThrows(IllegalArgumentException.class, () -> s.config(s.hiddenSizes()));
        assertTrue(epochs.getMessage().startsWith("Epochs must be"), epochs.getMessage());
        s.epochsProperty().set(3);
        assertEquals(3, s.config(new int[] {4}).maxIter());
    }
}
