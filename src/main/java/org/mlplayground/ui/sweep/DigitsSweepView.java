package org.mlplayground.ui.sweep;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.ui.shared.Controls;

/**
 * The Digits tab's Sweep panel: subset size, validation share, alphas and architectures, Run and
 * Cancel with progress, and the grid of accuracy, macro F1 and fit time (click a cell to use its
 * network). Binds to a {@link DigitsSweepViewModel} and only draws.
 */
public final class DigitsSweepView {

    private final DigitsSweepViewModel model;

    public DigitsSweepView(DigitsSweepViewModel model) {
        this.model = model;
    }

    /** The bar and its line of progress beside it, both centred on the line's (two lines') height. */
    private static HBox barRow(ProgressBar bar, Label progress) {
        HBox row = new HBox(8, bar, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The panel. */
    public Region node() {
        var running = Bindings.equal(SweepViewModel.State.RUNNING, model.stateProperty());
        Spinner<Integer> rows = new Spinner<>(100, 60_000, model.trainSizeProperty().get(), 1000);
        Controls.wholeNumbers(rows, "Grid digits", model::note);
        rows.setId("digits-sweep-rows");
        rows.setStyle("-fx-pref-width: 7.8em;");
        rows.valueProperty().addListener((o, was, now) -> model.trainSizeProperty().set(now));
        rows.setTooltip(new Tooltip("How many of the first MNIST training digits the grid trains and validates on (the toolbar's Training digits are for Train)"));
        Spinner<Integer> share = new Spinner<>(5, 50, (int) Math.round(100 * model.validationFractionProperty().get()), 5);
        Controls.wholeNumbers(share, "Validation %", model::note);
        share.setStyle("-fx-pref-width: 5.7em;");
        share.valueProperty().addListener((o, was, now) -> model.validationFractionProperty().set(now / 100.0));
        share.setTooltip(new Tooltip("The share of those digits held out to score each cell (stratified)"));
        TextField alphas = new TextField();
        alphas.textProperty().bindBidirectional(model.alphasProperty());
        alphas.setPrefColumnCount(20);
        alphas.setTooltip(new Tooltip("The alphas to try, separated by commas"));
        TextField archs = new TextField();
        archs.textProperty().bindBidirectional(model.architecturesProperty());
        archs.setPrefColumnCount(20);
        archs.setTooltip(new Tooltip("Hidden layer sizes of each row, separated by ';' (e.g. 3,3; 2+3+2; 10; none)"));
        Button run = Controls.button("Run grid", "Train every architecture with every alpha (the Training tab's other settings)",
                model::run);
        run.setId("digits-sweep-run");
        Button cancel = Controls.button("Cancel", "Stop the sweep now", model::cancel);
        cancel.setId("digits-sweep-cancel");
        run.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        RunFocus.install(running, cancel, run);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setTooltip(new Tooltip(SweepView.BAR_SAYS));
        // its width whatever the text beside it (it narrowed as the text grew)
        bar.setStyle("-fx-pref-width: 14em;");
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label progress = new Label();
        progress.textProperty().bind(model.progressTextProperty());
        // on two lines in a narrow panel rather than cut ("7 of 7 cells (42 of 4..." at 1280), and
        // two lines tall whatever the text, so that the grid does not jump as it wraps and unwraps
        progress.setId("digits-sweep-progress");
        progress.setWrapText(true);
        progress.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setStyle("-fx-min-height: 2.8em;");
        Label message = new Label();
        message.setId("digits-sweep-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        // three lines kept whatever the text (the panel is narrow: a corrected field and the grid's
        // summary take three), so that the grid below does not jump as it changes
        message.setStyle("-fx-min-height: 4.2em;");
        message.setAlignment(Pos.TOP_LEFT);
        FlowPane settings = new FlowPane(10, 6, Controls.labelled("Grid digits", rows),
                Controls.labelled("Validation %", share), Controls.labelled("Alphas", alphas),
                Controls.labelled("Architectures (rows)", archs), run, cancel);
        settings.setAlignment(Pos.BOTTOM_LEFT);
        GridHeatmap grid = new GridHeatmap(true, "Click to make this network (trained again on all the grid's digits, validation part too: %s) the Digits tab's model");
        model.outcomeProperty().addListener((o, was, now) -> grid.show(now == null ? null : now.result(),
                cell -> model.use(cell, now)));
        Label heading = Controls.heading("");
        heading.textProperty().bind(model.headingProperty());
        heading.setId("digits-sweep-heading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.managedProperty().bind(heading.textProperty().isNotEmpty());
        VBox box = new VBox(8, settings, barRow(bar, progress), message, heading, grid, grid.footer());
        box.setPadding(new Insets(8));
        // up and down as the Digits tab's other panels (the grid's key and note fell below the window at 1280 x 800)
        return Controls.scrolling(box);
    }
}
