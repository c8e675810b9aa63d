package org.mlplayground.ui.playground;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.nn.Initialization;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Controls;

/**
 * The toolbar's "Engine" menu: the initialization, an L1 penalty and an activation per hidden
 * layer, each marked "not in sklearn" where sklearn cannot do it (the sklearn export then says
 * so). The menu's title shows "not in sklearn" while any is in force. Bad input is refused with
 * one sentence on the playground's status line, through its notice.
 */
public final class EngineOptionsMenu {

    private static final List<Double> L1S = List.of(0.0, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1);

    private EngineOptionsMenu() {
    }

    /** The menu for {@code playground}'s options, with the symmetry and identity notes wired to its snapshots. */
    public static Region of(PlaygroundViewModel playground) {
        EngineOptions options = playground.options();
        ComboBox<Initialization> init = Controls.combo(List.of(Initialization.values()), options.initProperty().get(),
                "How the weights start; the lecture: don't initialize W with zeroes");
        init.setId("init");
        init.setConverter(Controls.named(i -> i.displayName() + (i.inSklearn() ? " (sklearn's)" : " (not in sklearn)")));
        init.valueProperty().bindBidirectional(options.initProperty());
        ComboBox<Double> l1 = Controls.combo(L1S, options.l1Property().get(),
                "An L1 penalty beside alpha's L2: it drives weights to exactly 0 (links die)");
        l1.setId("l1");
        l1.setConverter(Controls.named(Controls::number));
        l1.valueProperty().addListener((o, was, now) -> options.l1Property().set(now));
        options.l1Property().addListener((o, was, now) -> l1.setValue(now.doubleValue()));
        TextField per = new TextField(EngineOptions.format(options.layerActivationsProperty().get()));
        per.setId("layer-activations");
        per.setPromptText("e.g. relu, tanh (blank: all the same)");
        per.setPrefColumnCount(16);
        per.setTooltip(new Tooltip("One activation per hidden layer, first to last (identity, logistic, tanh, relu); "
                + "press Enter"));
        per.setOnAction(e -> {
            try {
                options.layerActivationsProperty().set(EngineOptions.parseActivations(per.getText()));
            } catch (IllegalArgumentException bad) {
                playground.noticeProperty().set(bad.getMessage());
                per.setText(EngineOptions.format(options.layerActivationsProperty().get()));
            }
        });
        options.layerActivationsProperty().addListener((o, was, now) -> per.setText(EngineOptions.format(now)));
        Label note = new Label();
        note.setId("engine-note");
        note.setWrapText(true);
        note.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        grid.addRow(0, new Label("Initialization"), init);
        grid.addRow(1, new Label("L1 penalty (not in sklearn)"), l1);
        grid.addRow(2, new Label("Activation per layer (not in sklearn)"), per);
        MenuButton menu = new MenuButton();
        menu.setId("engine-menu");
        menu.getItems().add(new CustomMenuItem(new VBox(6, grid, note), false));
        menu.setTooltip(new Tooltip("Initialization, L1 and per-layer activations: the lecture's classic mistakes"));
        Runnable title = () -> menu.setText(summary(options));
        options.controls().forEach(c -> c.addListener(o -> title.run()));
        title.run();
        new MathNotes(playground, note);
        return Controls.labelled("Initialization, L1", menu);
    }

    /** "Engine: as sklearn", or what is in force, e.g. "Engine: zeros, L1 (not in sklearn)". */
    public static String summary(EngineOptions options) {
        java.util.List<String> on = new java.util.ArrayList<>();
        if (!options.initProperty().get().inSklearn()) {
            on.add(options.initProperty().get().displayName());
        }
        if (options.l1Property().get() > 0) {
            on.add("L1");
        }
        if (!options.layerActivationsProperty().get().isEmpty()) {
            on.add("g per layer");
        }
        return on.isEmpty() ? "Engine: as sklearn" : "Engine: " + String.join(", ", on) + " (not in sklearn)";
    }
}
