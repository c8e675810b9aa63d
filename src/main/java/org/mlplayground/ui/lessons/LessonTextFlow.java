package org.mlplayground.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.mlplayground.io.lesson.LessonText;

/**
 * A lesson text drawn as a {@link TextFlow}: paragraphs and bullets, emphasis in italics, code and
 * formulas in a monospaced font, raised text as superscripts, placeholders as their live values.
 * Only draws: the markup is parsed by {@link LessonText}.
 */
final class LessonTextFlow {

    private LessonTextFlow() {
    }

    /** A flow showing {@code markup}, each placeholder as {@code values} gives it; a text that does not parse is shown plain. */
    static TextFlow of(String markup, UnaryOperator<String> values) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("lesson-text");
        flow.getChildren().setAll(nodes(markup, values));
        return flow;
    }

    /** The text nodes of {@code markup}. */
    static List<Node> nodes(String markup, UnaryOperator<String> values) {
        List<Node> out = new ArrayList<>();
        List<LessonText.Block> blocks;
        try {
            blocks = LessonText.parse(markup);
        } catch (IllegalArgumentException e) {
            out.add(new Text(markup));
            return out;
        }
        for (int b = 0; b < blocks.size(); b++) {
            LessonText.Block block = blocks.get(b);
            if (b > 0) {
                out.add(new Text(block.bullet() && blocks.get(b - 1).bullet() ? "\n" : "\n\n"));
            }
            if (block.bullet()) {
                out.add(new Text("\u2022  "));
            }
            for (LessonText.Span span : block.spans()) {
                out.add(text(span, values));
            }
        }
        return out;
    }

    private static Text text(LessonText.Span span, UnaryOperator<String> values) {
        Text t = new Text(span.style() == LessonText.Style.PLACEHOLDER ? values.apply(span.text()) : span.text());
        switch (span.style()) {
            case EMPHASIS -> t.setStyle("-fx-font-style: italic;");
            case CODE -> t.setStyle("-fx-font-family: monospace;");
            case PLACEHOLDER -> {
                t.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
                t.getStyleClass().add("lesson-live");
            }
            case SUPERSCRIPT, CODE_SUPERSCRIPT -> {
                t.setStyle((span.style() == LessonText.Style.CODE_SUPERSCRIPT ? "-fx-font-family: monospace; " : "")
                        + "-fx-font-size: 0.72em;");
                t.getStyleClass().add("lesson-superscript");
                // raised by about half the size of the text around it, whatever presentation mode makes that
                t.fontProperty().addListener((o, was, f) -> t.setTranslateY(-0.55 * f.getSize()));
            }
            default -> {
            }
        }
        return t;
    }
}
