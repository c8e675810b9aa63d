package org.mlplayground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, checked on the sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/mlplayground");

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }

    private static List<String> offenders(String pkg, String forbiddenImport) throws IOException {
        List<String> bad = new java.util.ArrayList<>();
        for (Path p : sources(pkg)) {
            for (String line : Files.readAllLines(p)) {
                String t = line.trim();
                if ((t.startsWith("import " + forbiddenImport) || t.startsWith("import static " + forbiddenImport))) {
                    bad.add(MAIN.relativize(p) + ": " + t);
                }
            }
        }
        return bad;
    }

    @Test
    void onlyTheUiPackageImportsJavafx() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("nn")), "run from the project root");
        for (String pkg : new String[] {"nn", "data", "metrics", "baseline", "train", "io", "cli"}) {
            if (Files.isDirectory(MAIN.resolve(pkg))) {
                assertEquals(List.of(), offenders(pkg, "javafx"), pkg + " must not import javafx");
            }
        }
        try (Stream<Path> top = Files.list(MAIN)) {
            for (Path p : top.filter(Files::isRegularFile).collect(Collectors.toList())) {
                assertTrue(Files.readAllLines(p).stream().noneMatch(l -> l.trim().startsWith("import javafx")), p.toString());
            }
        }
    }

    @Test
    void theEngineDependsOnNothingAboveIt() throws IOException {
        for (String above : new String[] {"data", "metrics", "baseline", "train", "io", "cli", "ui"}) {
            assertEquals(List.of(), offenders("nn", "org.mlplayground." + above), "nn must not import " + above);
        }
    }

    @Test
    void theRuleCatchesAnOffender() throws IOException {
        // the scan itself works: ui does import javafx
        assertTrue(!offenders("ui", "javafx").isEmpty());
    }
}
