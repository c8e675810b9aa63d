package org.mlplayground.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.mlplayground.data.CsvTable;
import org.mlplayground.data.CsvText;
import org.mlplayground.data.DataFileException;

/**
 * Matches a CSV file's input columns to a saved model's inputs by header name: a permutation is
 * put in the model's order; names the model lacks or the file lacks are refused together, in one
 * message listing them. A file without a header (or a model without names) is matched by position
 * and only the count is checked.
 */
final class ColumnMatch {

    private ColumnMatch() {
    }

    /** {@code table} with its feature columns in the order of {@code modelNames} (null: by position). */
    static CsvTable reorder(CsvTable table, String[] modelNames, boolean header) throws DataFileException {
        String[] fileNames = table.featureNames();
        if (!header || modelNames == null) {
            int expected = modelNames != null ? modelNames.length : fileNames.length;
            if (fileNames.length != expected) {
                throw new DataFileException(table.source() + " has " + fileNames.length + " input columns; the model takes "
                        + expected + " (" + list(modelNames) + ")");
            }
            return table;
        }
        List<String> missing = new ArrayList<>();
        for (String m : modelNames) {
            if (!Arrays.asList(fileNames).contains(m)) {
                missing.add(m);
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String f : fileNames) {
            if (!Arrays.asList(modelNames).contains(f)) {
                unknown.add(f);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            char likely = fileNames.length == 1 ? CsvText.likelyDelimiter(fileNames[0]) : 0;
            String hint = likely != 0 ? ". It was read as one column: it is probably separated by " + CsvText.shown(likely)
                    + " (see --delimiter)"
                    : fileNames.length == modelNames.length && missing.size() == modelNames.length
                    ? ". If the file has no header row, say so with --no-header" : "";
            throw new DataFileException(table.source() + " does not have the model's input columns:"
                    + (missing.isEmpty() ? "" : " missing " + list(missing.toArray(new String[0])))
                    + (missing.isEmpty() || unknown.isEmpty() ? "" : ";")
                    + (unknown.isEmpty() ? "" : " unknown " + list(unknown.toArray(new String[0])))
                    + " (the model takes " + list(modelNames) + ")" + hint);
        }
        int[] order = new int[modelNames.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = Arrays.asList(fileNames).indexOf(modelNames[i]);
        }
        DMatrixRMaj x = table.features();
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, order.length);
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < order.length; c++) {
                out.set(r, c, x.get(r, order[c]));
            }
        }
        return new CsvTable(table.source(), modelNames.clone(), out, table.targetNames(), table.labels(),
                table.classNames(), table.targetMatrix());
    }

    private static String list(String[] names) {
        if (names == null) {
            return "no names";
        }
        StringBuilder s = new StringBuilder();
        int shown = 0;
        while (shown < names.length && s.length() < 200) {
            s.append(shown == 0 ? "" : ", ").append(CsvText.cut(names[shown++]));
        }
        return shown < names.length ? s + ", ... (" + names.length + " in all)" : s.toString();
    }
}
