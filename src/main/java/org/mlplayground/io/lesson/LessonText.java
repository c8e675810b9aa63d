package org.mlplayground.io.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small markup of a step's text and question. Paragraphs are separated by a blank line; a
 * line starting with {@code "- "} is a bullet. Inside a line: {@code *emphasis*}, {@code `code`}
 * for formulas and names ({@code `W[l]`}, {@code `Z[l] = W[l] A[l-1]`}), {@code ^} raises what
 * follows up to the next space or markup ({@code 10^-3}, {@code x1^2}) or a group in parentheses
 * ({@code e^(-z)} raises {@code -z}), and a placeholder such as
 * {@code {formula}} is filled in by the window with live values (see {@link #PLACEHOLDERS}).
 * A literal {@code *}, {@code `}, {@code ^} or brace is written with a backslash before it.
 */
public final class LessonText {

    /**
     * Live values the window fills in: {@code formula} (the output's z with the current weights,
     * e.g. {@code z = 0.31 + 1.20 x1 - 0.84 x2}, for a network without hidden layers), {@code epoch},
     * {@code trainLoss}, {@code testLoss}, {@code testAccuracy}, {@code weights} (the current W[l]).
     */
    public static final Set<String> PLACEHOLDERS = Set.of("formula", "epoch", "trainLoss", "testLoss", "testAccuracy", "weights");

    /** How a run of text is shown. */
    public enum Style { PLAIN, EMPHASIS, CODE, SUPERSCRIPT, CODE_SUPERSCRIPT, PLACEHOLDER }

    /** A run of text in one style; for a placeholder, the text is its name. */
    public record Span(Style style, String text) {
    }

    /** A paragraph or a bullet, as spans. */
    public record Block(boolean bullet, List<Span> spans) {
        public Block {
            spans = List.copyOf(spans);
        }
    }

    private LessonText() {
    }

    /**
     * The blocks of {@code text}; throws IllegalArgumentException with one sentence for an
     * unclosed {@code *} or {@code `}, or an unknown placeholder.
     */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r", "").split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("- ")) {
                flush(paragraph, blocks);
            }
            if (t.startsWith("- ")) {
                blocks.add(new Block(true, spans(t.substring(2).strip())));
            } else if (!t.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(t);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** The text without markup, as a screen reader or a plain label shows it. */
    public static String plain(String text) {
        StringBuilder s = new StringBuilder();
        for (Block b : parse(text)) {
            s.append(s.length() > 0 ? "\n" : "").append(b.bullet() ? "\u2022 " : "");
            for (Span span : b.spans()) {
                s.append(span.style() == Style.PLACEHOLDER ? "{" + span.text() + "}"
                        : span.style() == Style.SUPERSCRIPT || span.style() == Style.CODE_SUPERSCRIPT ? "^" + span.text()
                        : span.text());
            }
        }
        return s.toString();
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(false, spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean emphasis = false;
        boolean code = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                run.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`' || (c == '*' && !code)) {
                add(spans, run, emphasis, code);
                if (c == '`') {
                    code = !code;
                } else {
                    emphasis = !emphasis;
                }
            } else if (c == '^') {
                add(spans, run, emphasis, code);
                int close = line.indexOf(')', i);
                if (i + 1 < line.length() && line.charAt(i + 1) == '(' && close > i + 2) {
                    spans.add(new Span(code ? Style.CODE_SUPERSCRIPT : Style.SUPERSCRIPT, line.substring(i + 2, close)));
                    i = close + 1;
                    continue;
                }
                int end = i + 1;
                while (end < line.length() && " `*^{}\\,;:)".indexOf(line.charAt(end)) < 0
                        && !(line.charAt(end) == '.' && (end + 1 == line.length() || line.charAt(end + 1) == ' '))) {
                    end++;
                }
                if (end == i + 1) {
                    throw new IllegalArgumentException("the text has a ^ with nothing to raise in \"" + line + "\"");
                }
                spans.add(new Span(code ? Style.CODE_SUPERSCRIPT : Style.SUPERSCRIPT, line.substring(i + 1, end)));
                i = end;
                continue;
            } else if (c == '{') {
                int end = line.indexOf('}', i);
                String name = end < 0 ? "" : line.substring(i + 1, end);
                if (!PLACEHOLDERS.contains(name)) {
                    throw new IllegalArgumentException("the text has an unknown placeholder '"
                            + (end < 0 ? line.substring(i) : "{" + name + "}") + "': expected one of {"
                            + String.join("}, {", new java.util.TreeSet<>(PLACEHOLDERS)) + "}");
                }
                add(spans, run, emphasis, code);
                spans.add(new Span(Style.PLACEHOLDER, name));
                i = end + 1;
                continue;
            } else {
                run.append(c);
            }
            i++;
        }
        if (code || emphasis) {
            throw new IllegalArgumentException("the text opens a " + (code ? "`" : "*") + " it does not close in \"" + line + "\"");
        }
        add(spans, run, false, false);
        return spans;
    }

    private static void add(List<Span> spans, StringBuilder run, boolean emphasis, boolean code) {
        if (run.length() > 0) {
            spans.add(new Span(code ? Style.CODE : emphasis ? Style.EMPHASIS : Style.PLAIN, run.toString()));
            run.setLength(0);
        }
    }
}
