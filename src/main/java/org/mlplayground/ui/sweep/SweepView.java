package org.mlplayground.ui.sweep;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LongStringConverter;
import org.mlplayground.ui.shared.Controls;

/**
 * The Sweep tab: the lists to sweep and the cross-validation, progress and Cancel, then the alpha
 * sweep (validation curve, weight norms, one decision boundary per alpha) and the architecture x
 * alpha grid. Binds to a {@link SweepViewModel} and only draws.
 */
public final class SweepView {

    /** Style class of a sweep's message line: two lines tall at least (playground.css). */
    static final String MESSAGE = "sweep-message";
    /** What a sweep's bar measures (it ran ahead of the count of fits beside it, to a tester's surprise). */
    static final String BAR_SAYS = "The share of the work done, by the networks' sizes and epochs: the biggest networks "
            + "train first, so the bar runs ahead of the count of fits beside it";

    private final SweepViewModel model;
    private final ValidationCurveView curve = new ValidationCurveView(580, 260);
    private final WeightNormChart norms = new WeightNormChart(400, 260);
    private final ThumbnailStrip thumbnails = new ThumbnailStrip();
    private final GridHeatmap grid = new GridHeatmap(false,
            "Click to load this architecture, alpha and network (trained again on all the training points: %s) into the Playground tab");

    public SweepView(SweepViewModel model) {
        this.model = model;
    }

    /** Builds the tab's content. */
    public Node createView() {
        BorderPane root = new BorderPane();
        root.setTop(controls());
        Label alphaHeading = Controls.heading("");
        alphaHeading.textProperty().bind(model.alphaHeadingProperty());
        alphaHeading.setId("sweep-alpha-heading");
        Label gridHeading = Controls.heading("");
        gridHeading.textProperty().bind(model.gridHeadingProperty());
        gridHeading.setId("sweep-grid-heading");
        Label fitsNote = new Label();
        fitsNote.textProperty().bind(model.fitsNoteProperty());
        fitsNote.setWrapText(true);
        fitsNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox results = new VBox(10,
                new VBox(2, alphaHeading, fitsNote),
                new HBox(12, curve, norms),
                SidewaysScroll.of(thumbnails),
                gridHeading,
                grid,
                grid.footer());
        results.setPadding(new Insets(10));
        ScrollPane page = Controls.scrolling(results);
        page.setId("sweep-results");
        root.setCenter(page);
        // the charts and pictures grow with the text (presentation mode)
        javafx.beans.value.ObservableDoubleValue k = org.mlplayground.ui.shared.TextScale.of(results);
        k.addListener(o -> {
            curve.rescale(k.get());
            norms.rescale(k.get());
            thumbnails.setScale(k.get());
            var now = model.alphaOutcomeProperty().get();
            if (now != null) {
                thumbnails.show(now, cell -> model.load(cell, now));
            }
        });
        model.alphaOutcomeProperty().addListener((o, was, now) -> {
            curve.draw(now == null ? null : now.result());
            norms.draw(now == null ? null : now.result());
            thumbnails.show(now, cell -> model.load(cell, now));
        });
        model.gridOutcomeProperty().addListener((o, was, now) -> {
            grid.show(now == null ? null : now.result(), cell -> model.load(cell, now));
            // a finished grid is shown from its heading: it was drawn below the alpha sweep's
            // charts, out of sight, and pressing Run grid seemed to do nothing
            revealGrid = now != null;
            javafx.application.Platform.runLater(() -> scrollTo(page, results, gridHeading));
        });
        // the grid's rows take their height over a pulse or two: the page follows until the user scrolls
        results.heightProperty().addListener(o -> scrollTo(page, results, gridHeading));
        page.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> revealGrid = false);
        page.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> revealGrid = false);
        return root;
    }

    /** Whether a grid just finished and the page is to show it, from its heading, until the user scrolls or clicks. */
    private boolean revealGrid;

    /** Scrolls {@code page} so that {@code node}, a child of its {@code content}, stands at the top (as far as it can). */
    private void scrollTo(ScrollPane page, Region content, Node node) {
        if (!revealGrid) {
            return;
        }
        double room = content.getHeight() - page.getViewportBounds().getHeight();
        if (room > 0) {
            page.setVvalue(Math.min(1, node.getBoundsInParent().getMinY() / room));
        }
    }

    private Node controls() {
        var running = Bindings.equal(SweepViewModel.State.RUNNING, model.stateProperty());
        TextField alphas = new TextField();
        alphas.textProperty().bindBidirectional(model.alphasProperty());
        alphas.setPrefColumnCount(26);
        alphas.setTooltip(new Tooltip("The alphas to try, separated by commas (up to " + SweepInputs.MAX_ITEMS
                + ", each from 0 to 10)"));
        alphas.setId("sweep-alphas");
        Spinner<Integer> folds = new Spinner<>(2, 20, model.foldsProperty().get());
        Controls.wholeNumbers(folds, "Folds k", model::note);
        folds.setStyle("-fx-pref-width: 5.7em;");
        folds.valueProperty().addListener((o, was, now) -> model.foldsProperty().set(now));
        folds.setTooltip(new Tooltip("k of k-fold stratified cross-validation (sklearn's StratifiedKFold)"));
        CheckBox shuffle = new CheckBox("shuffle folds");
        shuffle.selectedProperty().bindBidirectional(model.shuffleProperty());
        TextField seed = new TextField();
        // a whole number only (letters were taken, then read as 0 without a word)
        TextFormatter<Long> seedFormat = new TextFormatter<>(new LongStringConverter(), model.shuffleSeedProperty().get(),
                change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null);
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().addListener((o, was, now) -> model.shuffleSeedProperty().set(now == null ? 0 : now));
        seed.setPrefColumnCount(5);
        seed.disableProperty().bind(shuffle.selectedProperty().not());
        seed.setTooltip(new Tooltip("The seed that shuffles the rows before they are cut into folds"));
        Button alpha = Controls.button("Sweep alpha", "Train the playground's network for every alpha, k-fold",
                model::runAlphaSweep);
        alpha.setId("sweep-alpha");
        TextField archs = new TextField();
        archs.textProperty().bindBidirectional(model.architecturesProperty());
        archs.setPrefColumnCount(24);
        archs.setTooltip(new Tooltip("Hidden layer sizes of each row, separated by ';' (e.g. 3,3; 2+3+2; 10; none)"));
        archs.setId("sweep-architectures");
        Button gridButton = Controls.button("Run grid", "Train every architecture with every alpha, k-fold",
                model::runGrid);
        gridButton.setId("sweep-grid");
        Button cancel = Controls.button("Cancel", "Stop the sweep now", model::cancel);
        cancel.setId("sweep-cancel");
        alpha.disableProperty().bind(running);
        gridButton.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        RunFocus.install(running, cancel, gridButton, alpha);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setTooltip(new Tooltip(SweepView.BAR_SAYS));
        // its width whatever the text beside it (it narrowed as the text grew)
        bar.setStyle("-fx-pref-width: 18.5em;");
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.textProperty().bind(model.progressTextProperty());
        // whole: the message beside it wraps instead ("42 of 42 cells (252 of 252 ..." at 1280)
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("sweep-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        // two lines kept whatever the text, so that the page below does not jump as it changes
        message.getStyleClass().add(SweepView.MESSAGE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox first = row(Controls.labelled("Alphas", alphas), Controls.labelled("Folds k", folds), shuffle,
                Controls.labelled("Shuffle seed", seed), alpha);
        HBox second = row(Controls.labelled("Architectures (grid rows)", archs), gridButton, cancel);
        HBox third = row(bar, progress, message);
        third.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, first, second, third);
        box.setPadding(new Insets(10));
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(12, nodes);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }
}
