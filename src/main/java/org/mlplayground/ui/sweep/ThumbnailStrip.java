package org.mlplayground.ui.sweep;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mlplayground.train.sweep.SweepCell;

/**
 * The lecture's visual comparison: one decision-boundary thumbnail per alpha (the network trained
 * on all training points), with the training and test points, the best alpha outlined. Clicking a
 * thumbnail hands its cell to {@code onPick}. Draws only.
 */
final class ThumbnailStrip extends HBox {

    /** Style class of one thumbnail, and of the best one. */
    static final String ITEM = "sweep-thumbnail";
    static final String BEST = "sweep-best";

    private static final double SIDE = 124;

    /** Presentation mode's text scale: the pictures grow with it. */
    private double scale = 1;

    /** Sets the pictures' scale for the next {@link #show}. */
    void setScale(double k) {
        scale = k;
    }

    ThumbnailStrip() {
        super(8);
        getStyleClass().add("sweep-thumbnails");
        getChildren().add(new Label("Decision boundaries per alpha: run an alpha sweep."));
    }

    /** Shows one thumbnail per alpha of {@code outcome} (nothing when null). */
    void show(SweepOutcome outcome, Consumer<SweepCell> onPick) {
        getChildren().clear();
        if (outcome == null || outcome.boundaries().isEmpty()) {
            return;
        }
        SweepCell best = outcome.best();
        var cells = outcome.result().row(0);
        for (int i = 0; i < cells.size(); i++) {
            SweepCell cell = cells.get(i);
            BoundaryThumbnail picture = new BoundaryThumbnail(SIDE * scale, outcome.boundaries().get(i), outcome.train(),
                    outcome.test());
            Label alpha = new Label("alpha " + SweepInputs.label(cell.alpha()));
            alpha.setStyle("-fx-font-weight: bold;");
            Label score = new Label(String.format(Locale.ROOT, "validation %.3f", cell.meanValidation()));
            VBox item = new VBox(2, picture, alpha, score);
            item.getStyleClass().add(ITEM);
            boolean isBest = cell.col() == best.col() && cell.row() == best.row();
            item.setStyle("-fx-padding: 3; -fx-border-width: 3; -fx-border-color: "
                    + (isBest ? "black" : "transparent") + ";");
            if (isBest) {
                item.getStyleClass().add(BEST);
                // on a line of its own: the frame stays as wide as the picture
                Label mark = new Label("best");
                mark.setStyle("-fx-font-weight: bold;");
                item.getChildren().add(mark);
            }
            item.setCursor(Cursor.HAND);
            Tooltip.install(item, new Tooltip("Click to load alpha " + SweepInputs.label(cell.alpha())
                    + " and this trained network into the playground"));
            item.setOnMouseClicked(e -> onPick.accept(cell));
            getChildren().add(item);
        }
    }
}
