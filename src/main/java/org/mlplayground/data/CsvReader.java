package org.mlplayground.data;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a delimited table (comma, semicolon, tab or |, detected or given; decimal point or comma)
 * with a header row (or without, when told): every input column must hold finite numbers; the
 * target holds class labels (any text; numbers compared as numbers, so 1 and 1.0 are one class;
 * true/false in pandas' spellings as booleans) or, for regression, numbers. Fields may be quoted
 * ({@code "a, b"}, {@code ""} for a quote). Blank lines are skipped. Any fault (a missing file, an
 * empty file, a missing value, a non-number, a row of the wrong length, a first row of numbers
 * taken for a header) is refused whole, with one message naming the file, the line and the
 * column: nothing is half-loaded. Files are limited to {@link #MAX_BYTES}.
 */
public final class CsvReader {

    /**
     * The largest file read (256 MiB; MNIST's 60,000 training images as CSV take 110 MB): larger
     * ones are refused before reading, as their text and fields take several times that in memory.
     */
    public static final long MAX_BYTES = 256L << 20;
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private CsvReader() {
    }

    /**
     * Reads {@code file}; {@code target} is a column name or its number counting from 1;
     * {@code classification} says whether the target holds class labels.
     */
    public static CsvTable read(Path file, String target, boolean classification) throws DataFileException {
        return read(file, CsvOptions.of(target, classification));
    }

    /** Reads {@code file} as {@code options} say. */
    public static CsvTable read(Path file, CsvOptions options) throws DataFileException {
        return parse(decode(file), file.toString(), options);
    }

    /** Reads a table whose every column is a numeric input (no target), for predictions. */
    public static CsvTable readInputs(Path file) throws DataFileException {
        return read(file, CsvOptions.inputs());
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static CsvTable parse(String text, String source, String target, boolean classification)
            throws DataFileException {
        return parse(text, source, CsvOptions.of(target, classification));
    }

    private static String decode(Path file) throws DataFileException {
        byte[] bytes = UserFiles.readAll(file, MAX_BYTES);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(file + " is not UTF-8 text");
        }
    }

    /** Parses CSV text as {@code o} says; {@code source} names it in messages. */
    public static CsvTable parse(String text, String source, CsvOptions o) throws DataFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = o.delimiter() != null ? o.delimiter() : CsvText.detectDelimiter(text);
        if (o.delimiter() == null && o.decimal() != null && o.decimal() == ',' && delimiter == ',') {
            delimiter = ';'; // a decimal comma given: the fields are not separated by commas
        }
        char decimal = o.decimal() != null ? o.decimal() : CsvText.detectDecimal(text, delimiter);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        CsvText.splitRecords(text, delimiter, source, rows, lineNumbers);
        if (rows.isEmpty()) {
            throw new DataFileException(source + " is empty: it needs " + (o.header() ? "a header row and " : "")
                    + "at least one data row");
        }
        String[] header = o.header() ? rows.get(0) : CsvColumns.numbered(rows.get(0).length);
        int first = o.header() ? 1 : 0;
        if (o.header()) {
            CsvColumns.checkHeader(header, source, lineNumbers.get(0), delimiter, decimal);
        }
        if (o.withTarget() && header.length < 2) {
            char likely = CsvText.likelyDelimiter(o.header() ? header[0] : rows.get(0)[0]);
            throw new DataFileException(source + " has 1 column (read with the delimiter " + CsvText.shown(delimiter)
                    + "); it needs at least one feature and a target" + (likely == 0 || likely == delimiter ? ""
                    : ". Its first line has " + CsvText.shown(likely) + " in it: it is probably separated by "
                    + CsvText.shown(likely) + " (--delimiter " + (likely == '\t' ? "tab" : likely == ' ' ? "space" : likely + "") + ")"));
        }
        if (rows.size() == first) {
            throw new DataFileException(source + " has a header but no data rows");
        }
        int[] targetColumns = o.withTarget() ? CsvColumns.columns(header, o.targets(), source, true) : new int[0];
        if (o.classification() && targetColumns.length > 1) {
            throw new DataFileException("--target names " + targetColumns.length + " columns; classification takes one"
                    + " (several targets are for --regression)");
        }
        int[] featureColumns = CsvColumns.featureColumns(header, targetColumns, o.features(), source);
        int n = rows.size() - first;
        int d = featureColumns.length;
        DMatrixRMaj features = new DMatrixRMaj(n, d);
        DMatrixRMaj targets = o.withTarget() && !o.classification() ? new DMatrixRMaj(n, targetColumns.length) : null;
        String[] rawLabels = new String[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r + first);
            int line = lineNumbers.get(r + first);
            if (row.length != header.length) {
                throw new DataFileException(source + " line " + line + " has " + row.length + " values but "
                        + (o.header() ? "the header has " : "line " + lineNumbers.get(0) + " has ") + header.length
                        + (o.header() ? " columns" : " values") + hint(row.length, header.length, delimiter));
            }
            for (int f = 0; f < d; f++) {
                int c = featureColumns[f];
                features.set(r, f, number(row[c], decimal, source, line, header[c]));
            }
            for (int t = 0; t < targetColumns.length; t++) {
                int c = targetColumns[t];
                if (targets != null) {
                    targets.set(r, t, number(row[c], decimal, source, line, header[c]));
                } else if (row[c].isEmpty()) {
                    throw missing(source, line, header[c]);
                } else {
                    rawLabels[r] = row[c];
                }
            }
        }
        String[] featureNames = new String[d];
        for (int f = 0; f < d; f++) {
            featureNames[f] = header[featureColumns[f]];
        }
        String[] targetNames = new String[targetColumns.length];
        for (int t = 0; t < targetNames.length; t++) {
            targetNames[t] = header[targetColumns[t]];
        }
        if (!o.withTarget() || !o.classification()) {
            return new CsvTable(source, featureNames, features, targetNames, null, null, targets);
        }
        CsvLabels labels = CsvLabels.of(rawLabels, decimal);
        return new CsvTable(source, featureNames, features, targetNames, labels.index(), labels.names(), null);
    }

    private static String hint(int got, int expected, char delimiter) {
        return got == 1 && expected > 1 ? " (is this line separated by something other than " + CsvText.shown(delimiter)
                + "? see --delimiter)" : "";
    }

    static boolean isNumber(String s, char decimal) {
        return plainNumber(decimal == ',' ? s.replace(',', '.') : s);
    }

    /** Whether {@code s} is a number as a spreadsheet writes it (digits, sign, point, exponent; not 1d, 0x1, NaN). */
    static boolean plainNumber(String s) {
        return !Double.isNaN(parsePlain(s));
    }

    /** {@code s} as a number if it is one as a spreadsheet writes it, else NaN (one pass, one parse). */
    private static double parsePlain(String s) {
        int n = s.length();
        if (n == 0) {
            return Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        char last = s.charAt(n - 1);
        if (!(last >= '0' && last <= '9' || last == '.')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double number(String value, char decimal, String source, int line, String column)
            throws DataFileException {
        if (value.isEmpty()) {
            throw missing(source, line, column);
        }
        String v = decimal == ',' ? value.replace(',', '.') : value;
        double x = parsePlain(v);
        if (Double.isNaN(x)) {
            if (NON_FINITE.matcher(v).matches()) {
                throw new DataFileException(where(source, line, column) + "'" + CsvText.cut(value)
                        + "' is not a finite number");
            }
            char likely = CsvText.likelyDelimiter(value);
            throw new DataFileException(where(source, line, column) + "'" + CsvText.cut(value) + "' is not a number"
                    + (decimal == '.' && value.matches("[-+]?[0-9]*,[0-9]+") ? " (a decimal comma? see --decimal)"
                    : likely != 0 && likely != ',' && likely != ' ' ? " (is the file separated by " + CsvText.shown(likely)
                    + "? see --delimiter)" : ""));
        }
        if (!Double.isFinite(x)) {
            throw new DataFileException(where(source, line, column) + "'" + CsvText.cut(value) + "' is not a finite number");
        }
        return x;
    }

    private static String where(String source, int line, String column) {
        return source + " line " + line + ", column '" + CsvText.cut(column) + "': ";
    }

    private static DataFileException missing(String source, int line, String column) {
        return new DataFileException(where(source, line, column) + "the value is missing");
    }
}
