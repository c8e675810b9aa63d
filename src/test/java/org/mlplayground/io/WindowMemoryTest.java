package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's memory round-trips, and a missing or broken file is ignored. */
class WindowMemoryTest {

    @TempDir
    Path home;

    @Test
    void roundTripsAndIgnoresNonsense() throws Exception {
        Path file = WindowMemory.defaultFile(home);
        assertEquals(Optional.empty(), WindowMemory.read(file));
        WindowMemory m = new WindowMemory(12, 34, 1440, 860, false, "dataset=spiral&points=400&seed=0");
        m.write(file);
        assertEquals(Optional.of(m), WindowMemory.read(file));
        Files.writeString(file, "x=1\ny=2\nwidth=-5\nheight=3\n");
        assertTrue(WindowMemory.read(file).isEmpty(), "a negative width");
        Files.writeString(file, "garbage");
        assertTrue(WindowMemory.read(file).isEmpty());
    }
}
