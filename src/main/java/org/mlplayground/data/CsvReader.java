package org.mlplayground.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a comma-separated table with a header row: every column but the target must hold finite
 * numbers; the target holds class labels (any text) or, for regression, numbers. Fields may be
 * quoted ({@code "a, b"}, {@code ""} for a quote). Blank lines are skipped. Any fault (an empty
 * file, a missing value, a non-number, a row of the wrong length) is refused whole, with one
 * message naming the file, the line and the column: nothing is half-loaded.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Reads {@code file}; {@code target} is a column name or its number counting from 1;
     * {@code classification} says whether the target holds class labels.
     */
    public static CsvTable read(Path file, String target, boolean classification) throws DataFileException {
        return parse(decode(file), file.toString(), target, classification);
    }

    private static String decode(Path file) throws DataFileException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return text;
    }

    /** Reads a table whose every column is a numeric input (no target), for predictions. */
    public static CsvTable readInputs(Path file) throws DataFileException {
        return parse(decode(file), file.toString(), null, false, false);
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static CsvTable parse(String text, String source, String target, boolean classification)
            throws DataFileException {
        return parse(text, source, target, classification, true);
    }

    private static CsvTable parse(String text, String source, String target, boolean classification, boolean withTarget)
            throws DataFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        splitRecords(text, source, rows, lineNumbers);
        if (rows.isEmpty()) {
            throw new DataFileException(source + " is empty: it needs a header row and at least one data row");
        }
        String[] header = rows.get(0);
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < header.length; c++) {
            if (header[c].isEmpty()) {
                throw new DataFileException(source + " line " + lineNumbers.get(0) + ": column " + (c + 1) + " has no name");
            }
            if (!seen.add(header[c])) {
                throw new DataFileException(source + " line " + lineNumbers.get(0) + ": the column name '" + header[c]
                        + "' appears twice");
            }
        }
        if (withTarget && header.length < 2) {
            throw new DataFileException(source + " has " + header.length + " column; it needs at least one feature and a target");
        }
        if (rows.size() == 1) {
            throw new DataFileException(source + " has a header but no data rows");
        }
        int targetColumn = withTarget ? targetColumn(header, target, source) : -1;
        int n = rows.size() - 1;
        int d = withTarget ? header.length - 1 : header.length;
        DMatrixRMaj features = new DMatrixRMaj(n, d);
        String[] featureNames = new String[d];
        for (int c = 0, f = 0; c < header.length; c++) {
            if (c != targetColumn) {
                featureNames[f++] = header[c];
            }
        }
        String[] rawTargets = new String[n];
        double[] targets = classification ? null : new double[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r + 1);
            int line = lineNumbers.get(r + 1);
            if (row.length != header.length) {
                throw new DataFileException(source + " line " + line + " has " + row.length + " values but the header has "
                        + header.length + " columns");
            }
            for (int c = 0, f = 0; c < row.length; c++) {
                if (c == targetColumn) {
                    if (row[c].isEmpty()) {
                        throw missing(source, line, header[c]);
                    }
                    rawTargets[r] = row[c];
                    if (!classification) {
                        targets[r] = number(row[c], source, line, header[c]);
                    }
                } else {
                    features.set(r, f++, number(row[c], source, line, header[c]));
                }
            }
        }
        if (!withTarget) {
            return new CsvTable(source, featureNames, features, null, null, null, null);
        }
        if (!classification) {
            return new CsvTable(source, featureNames, features, header[targetColumn], null, null, targets);
        }
        String[] classNames = classNames(rawTargets);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classNames.length; i++) {
            index.put(classNames[i], i);
        }
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            labels[r] = index.get(rawTargets[r]);
        }
        return new CsvTable(source, featureNames, features, header[targetColumn], labels, classNames, null);
    }

    private static int targetColumn(String[] header, String target, String source) throws DataFileException {
        if (target == null || target.isBlank()) {
            return header.length - 1;
        }
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(target.trim())) {
                return c;
            }
        }
        try {
            int number = Integer.parseInt(target.trim());
            if (number >= 1 && number <= header.length) {
                return number - 1;
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message
        }
        throw new DataFileException(source + " has no column '" + target + "' (columns: " + String.join(", ", header) + ")");
    }

    /** Class names: numeric labels in numeric order, otherwise text in alphabetical order. */
    private static String[] classNames(String[] raw) {
        String[] distinct = new LinkedHashSet<>(Arrays.asList(raw)).toArray(new String[0]);
        boolean numeric = true;
        for (String s : distinct) {
            numeric &= isFiniteNumber(s);
        }
        if (numeric) {
            Arrays.sort(distinct, (a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        } else {
            Arrays.sort(distinct);
        }
        return distinct;
    }

    private static boolean isFiniteNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String value, String source, int line, String column) throws DataFileException {
        if (value.isEmpty()) {
            throw missing(source, line, column);
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new DataFileException(source + " line " + line + ", column '" + column + "': '" + shorten(value)
                    + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new DataFileException(source + " line " + line + ", column '" + column + "': '" + shorten(value)
                    + "' is not a finite number");
        }
        return v;
    }

    private static DataFileException missing(String source, int line, String column) {
        return new DataFileException(source + " line " + line + ", column '" + column + "': the value is missing");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** Splits text into records of trimmed fields, honouring quotes; records its starting line numbers. */
    private static void splitRecords(String text, String source, List<String[]> rows, List<Integer> lines)
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
            } else if (ch == ',') {
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
