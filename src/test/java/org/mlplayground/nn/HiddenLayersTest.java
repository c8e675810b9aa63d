package org.mlplayground.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hidden layer sizes as the lecture and students write them. */
class HiddenLayersTest {

    @Test
    void everyCommonNotationGivesTheSizes() {
        assertArrayEquals(new int[] {128}, HiddenLayers.parse("128"));
        assertArrayEquals(new int[] {256, 128}, HiddenLayers.parse("256-128"));
        assertArrayEquals(new int[] {256, 128}, HiddenLayers.parse(" 256, 128 "));
        assertArrayEquals(new int[] {2, 3, 2}, HiddenLayers.parse("2+3+2"));
        assertArrayEquals(new int[] {3, 3}, HiddenLayers.parse("{3,3}"));
        assertArrayEquals(new int[0], HiddenLayers.parse(""));
        assertArrayEquals(new int[0], HiddenLayers.parse("none"));
    }

    @Test
    void whatIsNotASizeIsQuoted() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HiddenLayers.parse("128,lots")).getMessage()
                .startsWith("'lots' is not a layer size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HiddenLayers.parse("0,4")).getMessage()
                .contains("at least one unit, got 0"));
    }
}
