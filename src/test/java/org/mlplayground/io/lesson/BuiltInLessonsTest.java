package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every built-in lesson reads, has five to ten steps, and every step's state and action check out. */
class BuiltInLessonsTest {

    @Test
    void everyBuiltInLessonIsValidAndFollowsTheLecture() throws Exception {
        Map<String, Lesson> lessons = LessonFile.builtIns();
        assertEquals(9, lessons.size(), lessons.keySet().toString());
        for (var e : lessons.entrySet()) {
            Lesson l = e.getValue();
            assertTrue(l.steps().size() >= 5 && l.steps().size() <= 10, e.getKey() + " has " + l.steps().size() + " steps");
            for (LessonStep s : l.steps()) {
                String where = e.getKey() + " step " + s.number();
                assertFalse(LessonText.parse(s.text()).isEmpty(), where);
                // the state at this step: every key is known and its value passes the key's rule again
                for (var kv : l.stateAt(s.number()).entrySet()) {
                    StateKey key = StateKey.of(kv.getKey());
                    assertEquals(kv.getValue(), key.normalize(typed(key, kv.getValue())), where + " " + kv.getKey());
                }
                l.hiddenAt(s.number()).forEach(LessonControl::of);
                l.lockedAt(s.number()).keySet().forEach(LessonControl::of);
                s.actionIfAny().ifPresent(a -> assertTrue(!a.type().isEmpty(), where));
            }
            // the first step names the playground's whole starting point, so a lesson never depends on what was on screen
            if (l.steps().get(0).view() != LessonView.DIGITS) {
                for (String k : new String[] {"dataset", "hidden", "activation", "lr", "alpha", "seed", "features"}) {
                    assertTrue(l.steps().get(0).state().containsKey(k), e.getKey() + " step 1 sets " + k);
                }
            }
            // written and read back, the lesson is the same
            assertEquals(LessonFile.toText(l), LessonFile.toText(LessonFile.parse(LessonFile.toText(l), e.getKey())), e.getKey());
        }
    }

    /** A state text value back in its JSON form. */
    private static com.fasterxml.jackson.databind.JsonNode typed(StateKey key, String value) throws Exception {
        String lesson = LessonFile.toText(new Lesson("t", "", java.util.List.of(new LessonStep(1, "t", "t", "", LessonView.PLAYGROUND,
                Map.of(key.name(), value), null, null, null))));
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(lesson).at("/steps/0/state/" + key.name().replace("/", "~1"));
    }

    @Test
    void theLicenceAndTheThirdPartyNoticesAreInsideTheApplication() throws Exception {
        try (var licence = LessonFile.class.getResourceAsStream("/legal/LICENSE");
             var notices = LessonFile.class.getResourceAsStream("/legal/THIRD-PARTY-NOTICES")) {
            assertTrue(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).startsWith("MIT License"));
            String text = new String(notices.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String part : new String[] {"OpenJFX", "Classpath", "EJML", "LIBSVM", "AtlantaFX", "picocli", "Jackson",
                "progressbar", "JLine", "MNIST", "CC BY-SA 3.0", "Apache License"}) {
                assertTrue(text.contains(part), part);
            }
            // every library the jar ships (the pom's dependencies outside the test scope) has a notice
            String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
            String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dependency>(.*?)</dependency>", java.util.regex.Pattern.DOTALL)
                    .matcher(dependencies);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            int shipped = 0;
            while (m.find()) {
                String d = m.group(1);
                if (d.contains("<scope>test</scope>")) {
                    continue;
                }
                String group = d.replaceAll("(?s).*<groupId>(.*?)</groupId>.*", "$1").trim();
                String artifact = d.replaceAll("(?s).*<artifactId>(.*?)</artifactId>.*", "$1").trim();
                String stem = artifact.split("-")[0];
                assertTrue(lower.contains(artifact) || lower.contains(group) || lower.contains(stem),
                        group + ":" + artifact + " is shipped but has no notice");
                shipped++;
            }
            assertTrue(shipped >= 8, "dependencies read from pom.xml: " + shipped);
        }
    }
}
