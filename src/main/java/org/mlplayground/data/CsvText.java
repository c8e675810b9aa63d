package org.mlplayground.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The text level of CSV: the field delimiter and decimal mark (given or detected), records split
 * into fields honouring quotes, and input echoed in messages cut to a readable length.
 */
public final class CsvText {

    /** Longest piece of input a message quotes; longer ones are cut and their length said. */
    public static final int MAX_QUOTE = 40;
    /** Delimiters tried when none is given, in order of preference when several fit. */
    private static final char[] CANDIDATES = {'\t', ';', '|', ','};
    /** Lines looked at to detect the delimiter. */
    private static final int SAMPLE_LINES = 50;

    private CsvText() {
    }

    /** {@code s} if short, else its start, "..." and how long it is. */
    public static String cut(String s) {
        if (s.length() <= MAX_QUOTE) {
            return s;
        }
        return s.substring(0, MAX_QUOTE - 3) + "... (" + s.length() + " characters)";
    }

    /**
     * The delimiter of {@code text}: among tab, semicolon, | and comma, the one that occurs the
     * same number of times (at least once) on every one of the first lines, preferring tab,
     * semicolon and | over comma (a comma in a semicolon file is a decimal mark); comma when none fits.
     */
    public static char detectDelimiter(String text) {
        List<String> lines = sample(text);
        for (char c : CANDIDATES) {
            int expected = -1;
            boolean fits = !lines.isEmpty();
            for (String line : lines) {
                int n = countOutsideQuotes(line, c);
                if (n == 0 || (expected >= 0 && n != expected)) {
                    fits = false;
                    break;
                }
                expected = n;
            }
            if (fits) {
                return c;
            }
        }
        return ',';
    }

    /** ',' when the delimiter is not a comma and a field of the first lines looks like 1,5; else '.'. */
    public static char detectDecimal(String text, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        for (String line : sample(text)) {
            for (String field : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
                if (field.trim().matches("[-+]?[0-9]*,[0-9]+([eE][-+]?[0-9]+)?")) {
                    return ',';
                }
            }
        }
        return '.';
    }

    /**
     * For a file read as one column: the character that probably separates its fields (the most
     * frequent of ; tab | space on its first line), or 0 when none occurs.
     */
    public static char likelyDelimiter(String firstLine) {
        char best = 0;
        int most = 0;
        for (char c : new char[] {';', '\t', '|', ' ', ','}) {
            int n = countOutsideQuotes(firstLine.trim(), c);
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** A delimiter as a user types it on the command line. */
    public static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : delimiter == ' ' ? "space" : "'" + delimiter + "'";
    }

    private static List<String> sample(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < SAMPLE_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).replace("\r", "");
            if (!line.isBlank()) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    private static int countOutsideQuotes(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** Splits text into records of trimmed fields, honouring quotes; records their starting line numbers. */
    static void splitRecords(String text, char delimiter, String source, List<String[]> rows, List<Integer> lines)
            throws DataFileException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted) {
                if (end) {
                    throw new DataFileException(source + " line " + quoteLine + ": a quote is never closed");
                }
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (ch == delimiter) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
                boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
                if (!blank) {
                    rows.add(fields.toArray(new String[0]));
                    lines.add(recordLine);
                }
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
    }
}
