package org.mlplayground.io.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlplayground.io.lesson.LessonText.Block;
import org.mlplayground.io.lesson.LessonText.Span;
import org.mlplayground.io.lesson.LessonText.Style;

/** The markup of a step's text: emphasis, code, superscripts, placeholders, paragraphs and bullets. */
class LessonTextTest {

    @Test
    void spansParagraphsAndBullets() {
        List<Block> blocks = LessonText.parse("The *weights* `W[l]` with alpha 10^-3 and `e^(-z)`.\n\n- one `x1*x2`\n- {epoch}");
        assertEquals(List.of(new Span(Style.PLAIN, "The "), new Span(Style.EMPHASIS, "weights"), new Span(Style.PLAIN, " "),
                new Span(Style.CODE, "W[l]"), new Span(Style.PLAIN, " with alpha 10"), new Span(Style.SUPERSCRIPT, "-3"),
                new Span(Style.PLAIN, " and "), new Span(Style.CODE, "e"), new Span(Style.CODE_SUPERSCRIPT, "-z"),
                new Span(Style.PLAIN, ".")), blocks.get(0).spans());
        assertEquals(new Block(true, List.of(new Span(Style.PLAIN, "one "), new Span(Style.CODE, "x1*x2"))), blocks.get(1));
        assertEquals(new Block(true, List.of(new Span(Style.PLACEHOLDER, "epoch"))), blocks.get(2));
        assertEquals(3, blocks.size());
    }

    @Test
    void linesOfAParagraphJoinAndEscapesAreLiteral() {
        assertEquals(List.of(new Block(false, List.of(new Span(Style.PLAIN, "a b 2*3 {x}")))), LessonText.parse("a\nb 2\\*3 \\{x\\}"));
        assertEquals("The weights W[l]\n\u2022 10^-3", LessonText.plain("The *weights* `W[l]`\n- 10^-3"));
    }

    @Test
    void unclosedMarkupAndUnknownPlaceholdersAreRefused() {
        assertEquals("the text opens a ` it does not close in \"`W[l]\"",
                assertThrows(IllegalArgumentException.class, () -> LessonText.parse("`W[l]")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LessonText.parse("*a"));
        assertThrows(IllegalArgumentException.class, () -> LessonText.parse("{nope}"));
        assertThrows(IllegalArgumentException.class, () -> LessonText.parse("x^ y"));
    }
}
