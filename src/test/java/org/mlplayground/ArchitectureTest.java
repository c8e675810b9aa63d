package org.mlplayground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md and the README's developer section, checked on every source
 * file's references: imports and fully-qualified names alike (comments and strings excluded).
 * Layers, lowest first: matrix; nn, data, metrics; train, io, baseline; cli, ui. A package may use
 * only packages of lower layers (and itself); only ui touches JavaFX; in ui only the app shell
 * touches java.nio.file; the playground and digits screens share only ui.shared, and the views that
 * act on a screen (math, sweep, lessons) may use it, never the other way.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/mlplayground");
    private static final Map<String, Integer> LAYER = Map.ofEntries(Map.entry("matrix", 1), Map.entry("nn", 2),
            Map.entry("data", 2), Map.entry("metrics", 2), Map.entry("train", 3), Map.entry("io", 3),
            Map.entry("baseline", 3), Map.entry("cli", 4), Map.entry("ui", 4));
    /** The two screens: neither uses the other. */
    private static final Set<String> SCREENS = Set.of("playground", "digits");
    /** Views that act on a screen (its network, its controls): they may use it, never the other way. */
    private static final Set<String> COMPANIONS = Set.of("math", "sweep", "lessons");
    private static final Pattern PROJECT = Pattern.compile("\\borg\\.mlplayground\\.([a-z]+)(?:\\.([a-z]+))?");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.");
    private static final Pattern NIO_FILE = Pattern.compile("\\bjava\\.nio\\.file\\b");

    /** The source without comments, string and character literals. */
    static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(?:\\\\.|[^'\\\\])'", "' '");
    }

    /** Every rule broken by one file in top-level package {@code pkg} (sub-package {@code sub}, or null). */
    static List<String> violations(String pkg, String sub, String name, String source) {
        List<String> bad = new ArrayList<>();
        String code = code(source);
        Matcher m = PROJECT.matcher(code);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            String target = m.group(1);
            if (!LAYER.containsKey(target)) {
                continue;
            }
            used.add(target);
            if (pkg.equals("ui") && target.equals("ui") && m.group(2) != null && sub != null) {
                String to = m.group(2);
                boolean ok = to.equals(sub) || to.equals("shared") || sub.equals("app")
                        || COMPANIONS.contains(sub) && SCREENS.contains(to);
                if (!ok) {
                    bad.add(name + " (ui." + sub + ") uses ui." + to + ": the screens share only ui.shared, the "
                            + "companions (math, sweep, lessons) use the screens they act on, only the app uses a companion");
                }
            }
        }
        for (String target : used) {
            if (pkg.equals("root")) {
                continue;
            }
            if (!target.equals(pkg) && LAYER.get(target) >= LAYER.get(pkg)) {
                bad.add(name + " (" + pkg + ", layer " + LAYER.get(pkg) + ") uses " + target + " (layer " + LAYER.get(target) + ")");
            }
        }
        if (!pkg.equals("ui") && JAVAFX.matcher(code).find()) {
            bad.add(name + " (" + pkg + ") uses javafx: only ui may");
        }
        if (pkg.equals("ui") && !"app".equals(sub) && NIO_FILE.matcher(code).find()) {
            bad.add(name + " (ui." + sub + ") uses java.nio.file: files are io's, reached through Background");
        }
        return bad;
    }

    @Test
    void everyReferenceFollowsTheLayers() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("nn")), "run from the project root");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(p);
                String pkg = rel.getNameCount() == 1 ? "root" : rel.getName(0).toString();
                String sub = rel.getNameCount() > 2 ? rel.getName(1).toString() : null;
                assertTrue(pkg.equals("root") || LAYER.containsKey(pkg), "a package the rules do not know: " + pkg);
                bad.addAll(violations(pkg, sub, rel.toString(), Files.readString(p)));
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theRulesCatchFullyQualifiedNamesAndIgnoreCommentsAndStrings() {
        String fqn = "package org.mlplayground.data;\nclass A { Object x = new org.mlplayground.nn.Network(); }";
        assertEquals(1, violations("data", null, "A.java", fqn).size(), "a fully-qualified name upward");
        String imported = "package org.mlplayground.metrics;\nimport org.mlplayground.data.Split;\nclass B {}";
        assertEquals(1, violations("metrics", null, "B.java", imported).size(), "an import sideways");
        String quiet = "package org.mlplayground.nn;\n/** see org.mlplayground.ui.app */ class C { String s = \"javafx.scene\"; }";
        assertEquals(List.of(), violations("nn", null, "C.java", quiet), "comments and strings are not references");
        String fx = "package org.mlplayground.train;\nclass D { javafx.beans.property.SimpleIntegerProperty p; }";
        assertEquals(1, violations("train", null, "D.java", fx).size(), "javafx outside ui");
        String files = "package org.mlplayground.ui.digits;\nclass E { java.nio.file.Path p; }";
        assertEquals(1, violations("ui", "digits", "E.java", files).size(), "files in a screen");
        String screens = "package org.mlplayground.ui.digits;\nimport org.mlplayground.ui.playground.NetworkView;\nclass F {}";
        assertEquals(1, violations("ui", "digits", "F.java", screens).size(), "one screen using another");
        String companion = "package org.mlplayground.ui.playground;\nimport org.mlplayground.ui.math.MathView;\nclass H {}";
        assertEquals(1, violations("ui", "playground", "H.java", companion).size(), "a screen using a companion");
        String actsOn = "package org.mlplayground.ui.math;\nimport org.mlplayground.ui.playground.PlaygroundViewModel;\nclass I {}";
        assertEquals(List.of(), violations("ui", "math", "I.java", actsOn), "a companion acting on its screen");
        String down = "package org.mlplayground.cli;\nimport org.mlplayground.nn.Network;\nimport org.mlplayground.matrix.Features;\nclass G {}";
        assertEquals(List.of(), violations("cli", null, "G.java", down), "downward is fine");
    }
}
