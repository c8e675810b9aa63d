package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: what is refused (line, field, one sentence), what is kept across steps, the round trip. */
class LessonFileTest {

    @TempDir
    Path dir;

    /** A small valid lesson; line 6 is step 1's state, line 8 step 2's number. */
    private static final String GOOD = String.join("\n",
            "{\"format\": \"mlp-playground-lesson\", \"version\": 1,",
            " \"title\": \"XOR\", \"description\": \"*Two* lines\",",
            " \"steps\": [",
            "  {\"step\": 1, \"title\": \"No hidden layer\", \"text\": \"`W[1]` is 1 x 3, lr `10^-3`\",",
            "   \"notice\": \"Why?\",",
            "   \"state\": {\"dataset\": \"xor\", \"hidden\": [], \"lr\": 0.001, \"features\": [\"x1\", \"x2\"]},",
            "   \"hide\": [\"batch\"], \"lock\": {\"dataset\": \"This lesson is about XOR.\"}, \"action\": {\"type\": \"train\", \"epochs\": 10}},",
            "  {\"step\": 2, \"title\": \"Four units\", \"text\": \"Now {formula}\",",
            "   \"state\": {\"hidden\": [4, 4], \"init\": \"zeros\"}, \"lock\": {}},",
            "  {\"step\": 3, \"title\": \"Sweep\", \"text\": \"t\", \"view\": \"sweep\", \"action\": {\"type\": \"sweep\"}}",
            " ]}");

    private static LessonFileException refused(String text) {
        return assertThrows(LessonFileException.class, () -> LessonFile.parse(text, "my.json"));
    }

    @Test
    void aGoodLessonIsReadWithItsStateNormalized() throws Exception {
        Lesson l = LessonFile.parse(GOOD, "my.json");
        assertEquals("XOR", l.title());
        assertEquals(3, l.steps().size());
        LessonStep first = l.steps().get(0);
        assertEquals(Map.of("dataset", "xor", "hidden", "", "lr", "0.001", "features", "x1,x2"), first.state());
        assertEquals(new LessonAction.Train(10), first.action());
        assertEquals(LessonView.SWEEP, l.steps().get(2).view());
        assertEquals(LessonAction.Sweep.LECTURE_ALPHAS, ((LessonAction.Sweep) l.steps().get(2).action()).alphas());
        // state accumulates; hide and lock carry over until a step names them again
        assertEquals("dataset=xor&hidden=4,4&lr=0.001&features=x1,x2&init=zeros", l.stateTextAt(3));
        assertEquals(List.of("batch"), l.hiddenAt(3));
        assertEquals(Map.of("dataset", "This lesson is about XOR."), l.lockedAt(1));
        assertEquals(Map.of(), l.lockedAt(2));
    }

    @Test
    void aWrongFieldIsRefusedWithItsLineAndName() {
        LessonFileException e = refused(GOOD.replace("\"notice\": \"Why?\"", "\"notise\": \"Why?\""));
        assertEquals(5, e.line());
        assertEquals("step 1, notise", e.field());
        assertTrue(e.getMessage().startsWith("my.json, line 5, step 1, notise: unknown field 'notise'"), e.getMessage());
    }

    @Test
    void anUnknownDatasetIsRefusedInOneSentence() {
        LessonFileException e = refused(GOOD.replace("\"xor\"", "\"xorr\""));
        assertEquals(6, e.line());
        assertEquals("step 1, state.dataset", e.field());
        assertTrue(e.getMessage().contains("unknown dataset 'xorr': expected one of circle, xor"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        LessonFileException e = refused(GOOD.replace("{\"step\": 2,", "{\"step\": 3,"));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("step numbers must run 1, 2, 3, ... in order: step 3 stands where step 2 belongs"),
                e.getMessage());
    }

    @Test
    void unknownKeysControlsValuesAndViewsAreRefusedWithTheirField() {
        assertTrue(refused(GOOD.replace("\"init\"", "\"initt\"")).getMessage()
                .contains("line 9, step 2, state.initt: unknown state key 'initt'"));
        assertTrue(refused(GOOD.replace("\"batch\"]", "\"batchsize\"]")).getMessage()
                .contains("line 7, step 1, hide[1]: unknown control 'batchsize'"));
        assertTrue(refused(GOOD.replace("\"zeros\"", "\"zero\"")).getMessage()
                .contains("step 2, state.init: must be one of zeros, constant, small-random, glorot, he, got \"zero\""));
        assertTrue(refused(GOOD.replace("[4, 4]", "[4, 0]")).getMessage()
                .contains("step 2, state.hidden: must be at most 100 layer widths from 1 to 10000 separated by commas (e.g. 128,64), got 4,0"));
        assertTrue(refused(GOOD.replace("0.001", "-1")).getMessage().contains("state.lr: must be a finite number > 0, got -1"));
        assertTrue(refused(GOOD.replace("\"view\": \"sweep\"", "\"view\": \"math\"")).getMessage()
                .contains("line 10, step 3, action.type: the action 'sweep' runs on the sweep view, and this step shows math"));
        assertTrue(refused(GOOD.replace("\"epochs\": 10", "\"epochs\": 0")).getMessage()
                .contains("step 1, action.epochs: expected \"epochs\": a whole number from 1 to 100000, got 0"));
        assertTrue(refused(GOOD.replace("\"view\": \"sweep\"", "\"view\": \"tab\"")).getMessage()
                .contains("step 3, view: unknown view 'tab': expected one of playground, digits, math, sweep"));
    }

    @Test
    void brokenJsonMarkupAndVersionsAreRefused() {
        LessonFileException syntax = refused(GOOD.replace("\"Why?\",", "\"Why?\""));
        assertEquals(6, syntax.line());
        assertTrue(syntax.getMessage().startsWith("my.json, line 6, column "), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("not valid JSON"), syntax.getMessage());
        assertTrue(refused(GOOD.replace("\"title\": \"Four units\", ", "\"title\": \"Four units\", \"title\": \"x\", "))
                .getMessage().contains("Duplicate field 'title'"));
        assertTrue(refused(GOOD.replace("*Two* lines", "*Two lines")).getMessage()
                .contains("line 2, description: the text opens a * it does not close"));
        assertTrue(refused(GOOD.replace("{formula}", "{formulae}")).getMessage()
                .contains("step 2, text: the text has an unknown placeholder '{formulae}'"));
        assertTrue(refused(GOOD.replace("\"version\": 1", "\"version\": 2")).getMessage()
                .contains("line 1, version: written for a newer MLP Playground (lesson format version 2; this one reads up to 1)"));
        assertTrue(refused("[]").getMessage().contains("a lesson file holds one JSON object"));
        assertTrue(refused("").getMessage().contains("not valid JSON"));
        assertTrue(refused(GOOD.replace("mlp-playground-lesson", "model")).getMessage().contains("not a lesson file"));
    }

    @Test
    void aMissingFileIsOneSentence() {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(dir.resolve("none.json")));
        assertEquals("There is no lesson file " + dir.resolve("none.json"), e.getMessage());
    }

    @Test
    void aLessonBuiltInTheWindowIsWrittenAndReadBackTheSame() throws Exception {
        Lesson built = new Lesson("Mine", "", List.of(
                new LessonStep(1, "Start", "Press *Play*", "", LessonView.PLAYGROUND,
                        Map.of("table", "1.5,-2,0;3,4,1", "alpha", "0.0001", "noise", "0.5"), List.of("seed"),
                        Map.of("alpha", "Fixed."), new LessonAction.Reset()),
                new LessonStep(2, "Math", "`dW[l]`", "Equal?", LessonView.MATH, Map.of(), null, null,
                        new LessonAction.MathStep(LessonAction.Direction.BACKWARD, 2, 5)),
                new LessonStep(3, "Draw", "A one", "", LessonView.DIGITS, Map.of("digits.hidden", "64,32"), null, null,
                        new LessonAction.DrawDigit(1, List.of(List.of(new double[] {0.5, 0.1}, new double[] {0.5, 0.9})))),
                new LessonStep(4, "SVM", "t", "", LessonView.DIGITS, Map.of(), null, null, new LessonAction.Compare("svm", 500))));
        Path file = dir.resolve("sub").resolve("mine.json");
        LessonFile.write(built, file);
        Lesson back = LessonFile.read(file);
        assertEquals(LessonFile.toText(built), Files.readString(file));
        assertEquals(built.steps().get(0), back.steps().get(0));
        assertEquals(built.steps().get(1), back.steps().get(1));
        assertEquals(built.steps().get(3), back.steps().get(3));
        assertEquals(LessonFile.toText(built), LessonFile.toText(back));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aCutFileSaysSoAndAByteOrderMarkIsRead() throws Exception {
        String text = new String(LessonFile.class.getResourceAsStream("/lessons/02-xor.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        LessonFileException cut = org.junit.jupiter.api.Assertions.assertThrows(LessonFileException.class,
                () -> LessonFile.parse(text.substring(0, text.length() / 2), "cut.json"));
        org.junit.jupiter.api.Assertions.assertTrue(cut.getMessage().endsWith("the JSON ends too early (the file may be cut short)")
                && !cut.getMessage().contains("Source"), cut.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(LessonFile.parse(text, "a").title(),
                LessonFile.parse("\uFEFF" + text, "b").title(), "a Windows editor's byte-order mark");
    }
}
