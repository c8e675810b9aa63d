package org.mlplayground.ui.playground;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.mlplayground.ui.shared.Controls;

/** The toolbar's "Stopping" menu: whether and when training stops by itself, as scikit-learn's {@code fit} does. */
final class StopRulesMenu {

    private static final List<Double> TOLS = List.of(1e-2, 1e-3, 1e-4, 1e-5, 1e-6);
    /** The spinners' labels, as the menu shows them and its sentences name them. */
    static final String PATIENCE = "Epochs without improvement";
    static final String MAX_EPOCHS = "Max epochs";

    private StopRulesMenu() {
    }

    /**
     * The menu for {@code rules}; its title says whether training stops by itself. A number typed
     * outside a spinner's range is told through {@code say}, naming the spinner.
     */
    static MenuButton of(StopRules rules, java.util.function.Consumer<String> say) {
        CheckBox enabled = new CheckBox("Stop by itself");
        enabled.setId("stop-rules");
        enabled.selectedProperty().bindBidirectional(rules.enabledProperty());
        enabled.setTooltip(new Tooltip("Stop when the loss stops improving or after the most epochs, as scikit-learn's "
                + "fit does; Play then goes on from where it stopped"));
        CheckBox early = new CheckBox("Early stopping");
        early.setId("early-stopping");
        early.selectedProperty().bindBidirectional(rules.earlyStoppingProperty());
        early.setTooltip(new Tooltip("Hold out 10% of the training points; stop when their accuracy (R\u00b2) stalls "
                + "and go back to the best epoch's weights (early_stopping)"));
        ComboBox<Double> tol = Controls.combo(TOLS, rules.tolProperty().get(),
                "The least improvement that counts, for n_iter_no_change epochs in a row (tol)");
        tol.setId("tol");
        tol.setConverter(Controls.named(Controls::number));
        tol.valueProperty().addListener((o, was, now) -> rules.tolProperty().set(now));
        Spinner<Integer> patience = new Spinner<>(1, 1000, rules.nIterNoChangeProperty().get());
        patience.setId("n-iter-no-change");
        Controls.wholeNumbers(patience, PATIENCE, say);
        patience.setPrefWidth(90);
        patience.setTooltip(new Tooltip("Epochs without an improvement of tol before stopping (n_iter_no_change)"));
        patience.valueProperty().addListener((o, was, now) -> rules.nIterNoChangeProperty().set(now));
        Spinner<Integer> maxEpochs = new Spinner<>(1, 1_000_000, rules.maxEpochsProperty().get(), 100);
        maxEpochs.setId("max-epochs");
        Controls.wholeNumbers(maxEpochs, MAX_EPOCHS, say);
        maxEpochs.setPrefWidth(110);
        maxEpochs.setTooltip(new Tooltip("The most epochs one run trains (max_iter)"));
        maxEpochs.valueProperty().addListener((o, was, now) -> rules.maxEpochsProperty().set(now));
        for (var c : List.of(early, tol, patience, maxEpochs)) {
            c.disableProperty().bind(rules.enabledProperty().not());
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        grid.addRow(0, enabled);
        grid.addRow(1, early);
        grid.addRow(2, new Label("tol"), tol);
        grid.addRow(3, new Label(PATIENCE), patience);
        grid.addRow(4, new Label(MAX_EPOCHS), maxEpochs);
        CustomMenuItem item = new CustomMenuItem(grid, false);
        MenuButton menu = new MenuButton();
        menu.setId("stopping-menu");
        menu.textProperty().bind(javafx.beans.binding.Bindings.when(rules.enabledProperty())
                .then("Stops by itself").otherwise("Runs until paused"));
        menu.setTooltip(new Tooltip("When training stops by itself"));
        menu.getItems().add(item);
        return menu;
    }
}
