package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Help menu names every shortcut the window answers to and every term on its controls. */
class HelpMenuTest {

    @Test
    void shortcutsGlossaryAndAboutSayWhatAClassNeeds() {
        for (String key : List.of("Space", "S", "R", "P", "F11")) {
            assertTrue(HelpMenu.shortcuts().containsKey(key), key);
        }
        for (String term : List.of("epoch", "batch", "learning rate", "alpha", "activation", "solver", "loss", "test share")) {
            assertTrue(HelpMenu.glossary().containsKey(term), term);
        }
        String about = HelpMenu.about();
        assertTrue(about.contains("Java " + System.getProperty("java.version")), about);
        assertTrue(about.contains("EJML: Apache License 2.0"), about);
        assertTrue(about.contains("MNIST"), about);
    }
}
