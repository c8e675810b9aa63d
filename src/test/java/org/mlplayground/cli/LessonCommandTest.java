package org.mlplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** lesson --list, --check (good and broken files: one line, exit 1) and --export. */
class LessonCommandTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void listShowsEveryBuiltInLessonWithItsStepCount() {
        assertEquals(0, run("lesson", "--list"), err.toString());
        String[] lines = out.toString().stripTrailing().split("\n");
        assertEquals(9, lines.length, out.toString());
        assertTrue(lines[0].matches(" 1 +01-perceptron +The perceptron is logistic regression +6 steps"), lines[0]);
        assertTrue(lines[1].matches(" 2 +02-xor +XOR needs a hidden layer +7 steps"), lines[1]);
        assertTrue(lines[8].contains("MNIST"), lines[8]);
    }

    @Test
    void anExportedLessonChecksAndBrokenCopiesFailWithOneLine() throws Exception {
        Path good = dir.resolve("xor.json");
        assertEquals(0, run("lesson", "--export", "02-xor", good.toString()), err.toString());
        assertEquals(0, run("lesson", "--check", good.toString()), err.toString());
        assertEquals(good + ": a valid lesson, \"XOR needs a hidden layer\", 7 steps", out.toString().strip());
        String text = Files.readString(good);

        Path wrongField = write("wrong-field.json", text.replaceFirst("\"notice\"", "\"question\""));
        assertEquals(1, run("lesson", "--check", wrongField.toString()));
        assertOneLine(wrongField + ", line 11, step 1, question: unknown field 'question': expected one of");

        Path unknownDataset = write("unknown-dataset.json", text.replace("\"dataset\": \"xor\"", "\"dataset\": \"xoxo\""));
        assertEquals(1, run("lesson", "--check", unknownDataset.toString()));
        assertOneLine(unknownDataset + ", line 14, step 1, state.dataset: unknown dataset 'xoxo': expected one of circle");

        Path outOfOrder = write("out-of-order.json", text.replace("\"step\": 4,", "\"step\": 5,"));
        assertEquals(1, run("lesson", "--check", outOfOrder.toString()));
        assertOneLine(outOfOrder + ", line ");
        assertTrue(err.toString().contains(", step 4, step: step numbers must run 1, 2, 3, ... in order: step 5 stands where step 4 belongs"),
                err.toString());

        Path notJson = write("cut.json", text.substring(0, text.length() / 2));
        assertEquals(1, run("lesson", "--check", notJson.toString()));
        assertOneLine(notJson + ", line ");
    }

    @Test
    void showPrintsALessonAsAHandout() throws Exception {
        assertEquals(0, run("lesson", "--show", "02-xor"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("XOR needs a hidden layer\n"), text);
        assertTrue(text.contains("Step 7 of 7: The feature that does it  [playground]\n"), text);
        assertTrue(text.contains("Sets: hidden=1\nRuns: train 200 epochs\n"), text);
        assertTrue(text.contains("A hidden layer m[1] = 1: A[1] = tanh(W[1] [1; x])"), "markup is taken out: " + text);
        Path file = dir.resolve("xor.json");
        assertEquals(0, run("lesson", "--export", "02-xor", file.toString()), err.toString());
        assertEquals(0, run("lesson", "--show", file.toString()), err.toString());
        assertTrue(out.toString().startsWith("XOR needs a hidden layer\n"));
    }

    @Test
    void badRequestsAreOneSentence() {
        assertEquals(1, run("lesson", "--check", dir.resolve("missing.json").toString()));
        assertOneLine("There is no lesson file ");
        assertEquals(1, run("lesson", "--export", "99-nothing", dir.resolve("x.json").toString()));
        assertOneLine("There is no built-in lesson '99-nothing': expected one of 01-perceptron, 02-xor");
        assertEquals(2, run("lesson"));
        assertTrue(err.toString().contains("--list"), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private void assertOneLine(String start) {
        String e = err.toString().strip();
        assertTrue(e.startsWith("error: " + start), e);
        assertEquals(1, e.lines().count(), e);
        assertEquals("", out.toString());
    }
}
