package org.mlplayground.ui.sweep;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.mlplayground.train.sweep.FoldScore;
import org.mlplayground.train.sweep.SweepCell;
import org.mlplayground.train.sweep.SweepResult;
import org.mlplayground.ui.shared.Palette;

/**
 * The architecture x alpha grid: rows architectures (their names stay in place while the cells
 * scroll sideways, when the room is short), columns alphas, each cell the mean
 * validation score as a heatmap colour with its value and the fit time, the best cell outlined;
 * hover for the standard deviation, training score and time, click hands the cell to
 * {@code onPick}; a colour key under it ({@link #footer}) spans the lowest to the highest score. Draws only.
 */
final class GridHeatmap extends VBox {

    /** Style class of one cell, and of the best one. */
    static final String CELL = "sweep-cell";
    static final String BEST = "sweep-best";
    /** Style class of the colour key under the grid. */
    static final String KEY = "sweep-key";
    /** Style class of the sentence shown while there is no grid. */
    static final String PLACEHOLDER = "sweep-grid-placeholder";
    /** Style class of a cell's small lines (F1, fit time): larger in presentation mode. */
    static final String DETAIL = "sweep-cell-detail";

    private static final Color HIGH = Palette.classColor(2);
    /** A cell's width when there is room, in em (84 pixels at 13 px); it shrinks down to its text's width. */
    private static final double PREF_CELL_EM = 6.5;

    /** The alphas' headings and the cells; they scroll sideways when the room is short. */
    private final GridPane table = new GridPane();
    /** The corner and the architectures' names: they stay in place while the cells scroll. */
    private final GridPane names = new GridPane();
    private final HBox body = new HBox(4);
    /** The colour key and the note under the grid: outside the grid's sideways scrolling, wrapped to the view's width. */
    private final VBox footer = new VBox(6);
    private final boolean withF1;
    private final String clickLoads;

    /**
     * A grid; {@code withF1} adds each cell's macro F1 on the held-out rows (the Digits tab);
     * {@code clickLoads} ends the cells' tooltips: where a click puts the cell's network, with one
     * {@code %s} for the epochs that network was trained for ("40 epochs").
     */
    GridHeatmap(boolean withF1, String clickLoads) {
        super(6);
        this.withF1 = withF1;
        this.clickLoads = clickLoads;
        table.setHgap(2);
        table.setVgap(3);
        names.setVgap(3);
        names.setPadding(new javafx.geometry.Insets(0, 4, 0, 0));
        names.setMinWidth(Region.USE_PREF_SIZE);
        // the cells as wide as the room allows, narrowing to their least width, then scrolling
        javafx.scene.control.ScrollPane cells = SidewaysScroll.fitting(table);
        cells.setMinWidth(0);
        HBox.setHgrow(cells, javafx.scene.layout.Priority.ALWAYS);
        body.getChildren().addAll(names, cells);
        getStyleClass().add("sweep-grid");
        getChildren().add(placeholder());
    }

    /** What stands where the grid will be: before the first grid, and after a cancelled or failed one. */
    private static Label placeholder() {
        Label empty = new Label("No grid to show: press Run grid to train every architecture with every alpha; "
                + "the grid appears here when all its cells are trained.");
        empty.getStyleClass().add(PLACEHOLDER);
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        return empty;
    }


    /** The colour key and the note of the grid shown, for the view to place under the grid; empty while there is none. */
    Region footer() {
        return footer;
    }

    /** Shows every cell of {@code result} (the placeholder when null). */
    void show(SweepResult result, Consumer<SweepCell> onPick) {
        getChildren().clear();
        table.getChildren().clear();
        names.getChildren().clear();
        footer.getChildren().clear();
        if (result == null) {
            getChildren().add(placeholder());
            return;
        }
        double lo = result.cells().stream().mapToDouble(SweepCell::meanValidation).min().orElse(0);
        double hi = result.cells().stream().mapToDouble(SweepCell::meanValidation).max().orElse(1);
        SweepCell best = result.best();
        // on two lines: the column of names is no wider than its widest name
        Label corner = new Label("hidden \\\nalpha");
        corner.setStyle("-fx-font-weight: bold;");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        names.add(corner, 0, 0);
        for (int c = 0; c < result.spec().cols(); c++) {
            Label h = new Label(SweepInputs.label(result.spec().alpha(c)));
            h.setStyle("-fx-font-weight: bold;");
            h.setMaxWidth(Double.MAX_VALUE);
            h.setAlignment(Pos.BOTTOM_CENTER);
            // the headings' row as tall as the corner's, so that the two grids' rows line up
            h.minHeightProperty().bind(corner.heightProperty());
            table.add(h, c, 0);
        }
        for (int r = 0; r < result.spec().rows(); r++) {
            double rowSeconds = 0;
            Region first = null;
            for (int c = 0; c < result.spec().cols(); c++) {
                SweepCell cell = result.cell(r, c);
                rowSeconds += cellSeconds(cell);
                Region box = cell(cell, lo, hi, cell.row() == best.row() && cell.col() == best.col(), onPick);
                first = first == null ? box : first;
                table.add(box, c, r + 1);
            }
            Label name = new Label(SweepInputs.braced(result.spec().architecture(r)) + "\n"
                    + SweepViewModel.seconds(rowSeconds));
            name.setStyle("-fx-font-weight: bold;");
            name.setMinWidth(Region.USE_PREF_SIZE);
            // as tall as the row's cells, beside them
            name.minHeightProperty().bind(first.heightProperty());
            names.add(name, 0, r + 1);
        }
        boolean folds = result.cells().get(0).folds().size() > 1;
        Label note = new Label("Cell: " + (folds ? "mean " : "") + "validation " + result.scoreName() + " over "
                + result.spec().validation().describe() + (withF1 ? ", its macro F1 (the F1 line)" : "") + ", and the "
                + (folds ? "mean " : "") + "training time per fit; under each architecture, the times of all its fits added up, final fits "
                + "included (fits run side by side on every core, so the rows add up to more than the grid's time). "
                + "Best outlined; hover for details, click to load.");
        note.setWrapText(true);
        note.setMinWidth(0);
        // all its lines: a wrapped label given less than its height ends in "..."
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(body);
        footer.getChildren().addAll(key(lo, hi, (folds ? "mean " : "") + "validation " + result.scoreName()), note);
    }

    /** The colour key: the lightest cell's score, the colour ramp, the darkest cell's score. */
    private static HBox key(double lo, double hi, String score) {
        Region ramp = new Region();
        ramp.setMinSize(160, 14);
        ramp.setMaxSize(160, 14);
        ramp.setStyle("-fx-background-color: linear-gradient(to right, " + web(shade(0)) + ", " + web(shade(1))
                + "); -fx-border-color: #888888; -fx-border-width: 1;");
        Label caption = new Label(score + ":");
        HBox key = hi - lo > 1e-12 ? new HBox(6, caption, new Label(String.format(Locale.ROOT, "%.3f", lo)), ramp,
                new Label(String.format(Locale.ROOT, "%.3f", hi)))
                // one score everywhere: no ramp from 0.955 to 0.955
                : new HBox(6, caption, new Label(String.format(Locale.ROOT, "%.3f in every cell", hi)));
        key.setAlignment(Pos.CENTER_LEFT);
        key.getStyleClass().add(KEY);
        return key;
    }

    /** The fill of a cell at {@code t} in [0, 1] between the lowest and the highest score. */
    private static Color shade(double t) {
        return Color.WHITE.interpolate(HIGH, 0.1 + 0.8 * (Double.isNaN(t) ? 0 : t));
    }

    /** Wall time of every fit of a cell (folds and the final fit), seconds. */
    private static double cellSeconds(SweepCell cell) {
        double s = cell.folds().stream().mapToDouble(FoldScore::fitSeconds).sum();
        return s + (cell.finalFit() != null ? cell.finalFit().fitSeconds() : 0);
    }

    private VBox cell(SweepCell cell, double lo, double hi, boolean isBest, Consumer<SweepCell> onPick) {
        Color fill = shade(hi > lo ? (cell.meanValidation() - lo) / (hi - lo) : 1);
        Label value = new Label(String.format(Locale.ROOT, "%.3f", cell.meanValidation()));
        value.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        Label time = new Label(SweepViewModel.seconds(cell.meanFitSeconds()));
        time.getStyleClass().add(DETAIL);
        VBox box = new VBox(1, value, time);
        if (withF1) {
            Label f1 = new Label(String.format(Locale.ROOT, "F1 %.3f", cell.meanMacroF1()));
            f1.getStyleClass().add(DETAIL);
            box.getChildren().add(1, f1);
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(CELL);
        // as wide as the grid's room allows, from 6.5 times the text's size down to the text itself
        // (seven alphas fit the Digits tab's panel at 1280 x 800); never narrower, so no value is
        // cut: the cells scroll sideways instead (presentation mode on a small screen)
        for (Node line : box.getChildren()) {
            ((Label) line).setMinWidth(Region.USE_PREF_SIZE);
        }
        // a 2-pixel outline and 1 pixel inside it: the best cell's outline does not touch its text
        box.setStyle("-fx-background-color: " + web(fill) + "; -fx-border-width: 2; -fx-padding: 0 1; -fx-border-color: "
                + (isBest ? "black" : "transparent") + "; -fx-pref-width: " + PREF_CELL_EM + "em; -fx-min-height: 3.5em;");
        if (isBest) {
            box.getStyleClass().add(BEST);
        }
        Tooltip.install(box, new Tooltip(tooltip(cell, withF1) + "\n" + String.format(Locale.ROOT, clickLoads,
                cell.finalFit() != null ? cell.finalFit().epochs() + " epochs" : "the cell's settings")));
        box.setCursor(Cursor.HAND);
        box.setOnMouseClicked(e -> onPick.accept(cell));
        return box;
    }

    /** A cell's details: mean ± std over the folds, or the one held-out score when there is one fit. */
    static String tooltip(SweepCell cell, boolean withF1) {
        int fits = cell.folds().size();
        double epochs = cell.folds().stream().mapToInt(FoldScore::epochs).average().orElse(0);
        String validation = fits > 1 ? String.format(Locale.ROOT, "%.3f ± %.3f over %d folds", cell.meanValidation(),
                cell.stdValidation(), fits) : String.format(Locale.ROOT, "%.3f on the held-out digits", cell.meanValidation());
        String training = fits > 1 ? String.format(Locale.ROOT, "%.3f ± %.3f", cell.meanTrain(), cell.stdTrain())
                : String.format(Locale.ROOT, "%.3f", cell.meanTrain());
        return String.format(Locale.ROOT, "%s%nvalidation %s%s%ntraining %s%nfit %s and %.0f epochs%s; %s %s",
                SweepInputs.cell(cell.hidden(), cell.alpha()), validation,
                withF1 ? String.format(Locale.ROOT, " (macro F1 %.3f)", cell.meanMacroF1()) : "", training,
                SweepViewModel.seconds(cell.meanFitSeconds()), epochs, fits > 1 ? " per fold (mean)" : "",
                SweepViewModel.seconds(cellSeconds(cell)), cell.finalFit() != null ? "for all its fits, the final one included"
                        : "for all its fits");
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
