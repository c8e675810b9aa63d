package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Seeded mutants of valid files through every reader: each is loaded or refused with the
 * documented {@code DataFileException}, nothing else ({@code bench --fuzz N} runs the long version).
 */
class ReaderFuzzTest {

    @TempDir
    Path scratch;

    @Test
    void everyReaderLoadsOrRefusesEveryMutantWithTheDocumentedException() throws Exception {
        for (ReaderFuzz.Target target : ReaderFuzz.Target.values()) {
            int mutants = target == ReaderFuzz.Target.IMAGE ? 200 : 2000;
            ReaderFuzz.Counts c = ReaderFuzz.run(target, mutants, 42, scratch);
            assertEquals(0, c.unexpected(), target + ": " + c.examples());
            assertEquals(mutants, c.loaded() + c.refused());
            assertTrue(c.loaded() > 0 && c.refused() > 0, target + " mutants both load and fail: " + c);
        }
    }

    @Test
    void theSameSeedGivesTheSameCounts() throws Exception {
        assertEquals(ReaderFuzz.run(ReaderFuzz.Target.CSV, 300, 7, scratch),
                ReaderFuzz.run(ReaderFuzz.Target.CSV, 300, 7, scratch));
    }
}
