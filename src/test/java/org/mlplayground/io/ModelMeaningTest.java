package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlplayground.data.DataFileException;
import org.mlplayground.nn.Features;

/**
 * Model files checked for meaning (string classes from sklearn, repeated or unsorted classes),
 * and saves that clean up after killed ones and create files readable like any document.
 */
class ModelMeaningTest {

    @TempDir
    Path dir;

    @Test
    void sklearnExportsWithStringClassesLoadAndPredictAsSklearn() throws Exception {
        SavedModel m = ModelFile.parse(resource("sklearn_string_classes.json"), "s.json");
        String[] lines = resource("sklearn_string_classes_expected.txt").split("\n");
        assertArrayEquals(lines[0].substring("classes ".length()).split(" "), m.classNames());
        assertArrayEquals(new int[] {0, 1, 2}, m.classes());
        String[] x = resource("sklearn_export_expected.txt").split("\n")[0].split(" ");
        double[] xs = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            xs[i - 1] = Double.parseDouble(x[i]);
        }
        DMatrixRMaj p = m.network().predict(Features.of(new DMatrixRMaj(5, 4, true, xs)));
        String[] want = lines[2].split(" ");
        for (int i = 1; i < want.length; i++) {
            assertEquals(Double.parseDouble(want[i]), p.data[i - 1], 1e-12);
        }
        int[] predicted = m.classifier().predict(Features.of(new DMatrixRMaj(5, 4, true, xs)));
        String[] names = lines[1].split(" ");
        for (int r = 0; r < 5; r++) {
            assertEquals(names[r + 1], m.classNames()[predicted[r]]);
        }
    }

    @Test
    void repeatedOrUnsortedClassesAreRefused() throws IOException {
        String good = resource("sklearn_classifier.json");
        assertRefused(good.replace("\"classes\": [0, 1, 2]", "\"classes\": [0, 0, 2]"), "\"classes\" repeats 0");
        assertRefused(good.replace("\"classes\": [0, 1, 2]", "\"classes\": [2, 0, 1]"), "not in ascending order");
        assertRefused(good.replace("\"classes\": [0, 1, 2]", "\"classes\": [\"a\", \"b\", \"a\"]"), "repeats 'a'");
        assertTrue(good.contains("\"classes\": [0, 1, 2]"), "the fixture spells its classes so");
    }

    @Test
    void savesCleanUpTemporaryFilesOfKilledSavesAndAreReadableByOthers() throws IOException {
        Path file = dir.resolve("m.json");
        Path stale = Files.writeString(dir.resolve(".m.json.12345.tmp"), "{half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(dir.resolve(".m.json.999.tmp"), "{a save under way");
        Path other = Files.writeString(dir.resolve(".other.json.1.tmp"), "{another file's");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        ModelFile.writeAtomically(file, "{}");
        assertFalse(Files.exists(stale), "a killed save's leftover is removed");
        assertTrue(Files.exists(fresh), "a save under way elsewhere is left alone");
        assertTrue(Files.exists(other), "another file's temporary files are not touched");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
            ModelFile.writeAtomically(file, "{}");
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "a replaced file keeps its permissions");
        }
    }

    private static void assertRefused(String text, String fault) {
        DataFileException e = assertThrows(DataFileException.class, () -> ModelFile.parse(text, "m.json"));
        assertTrue(e.getMessage().contains(fault), e.getMessage());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ModelMeaningTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
