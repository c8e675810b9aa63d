package org.mlplayground.ui.playground;

import static org.mlplayground.ui.shared.Controls.button;
import static org.mlplayground.ui.shared.Controls.combo;
import static org.mlplayground.ui.shared.Controls.heading;
import static org.mlplayground.ui.shared.Controls.named;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.Generators;


/**
 * The playground's data panel: the datasets as pictures (those of the chosen problem kind), a
 * loaded table's name, noise, test share and points, the input features and their scaling.
 */
final class DataPanel {

    private final PlaygroundViewModel model;
    private final ComboBox<String> problem;
    private final List<String> problems;

    /** The panel for {@code model}; {@code problem} chooses among {@code problems} (classification, regression). */
    DataPanel(PlaygroundViewModel model, ComboBox<String> problem, List<String> problems) {
        this.model = model;
        this.problem = problem;
        this.problems = problems;
    }

    /** The panel: dataset tiles, noise, test share, points, inputs, scaling. */
    Region node() {
        ToggleGroup group = new ToggleGroup();
        javafx.scene.layout.TilePane datasets = new javafx.scene.layout.TilePane(6, 6);
        datasets.setPrefColumns(3);
        java.util.Map<Generators, ToggleButton> byDataset = new java.util.EnumMap<>(Generators.class);
        for (Generators g : Generators.values()) {
            ToggleButton b = new ToggleButton(g.displayName(), DatasetThumbnail.of(g, 50));
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.getStyleClass().add("dataset-tile");
            byDataset.put(g, b);
            b.setId("dataset-" + g.displayName());
            b.setToggleGroup(group);
            b.setSelected(g == model.data().datasetProperty().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                model.chooseDataset(g);
            });
            b.setTooltip(new Tooltip(g.isClassification() ? g.displayName() + ": " + g.classes() + " classes"
                    : g.displayName() + ": regression, predict a number"));
            // only the datasets of the chosen problem kind are shown
            b.visibleProperty().bind(problem.valueProperty().isEqualTo(problems.get(g.isClassification() ? 0 : 1)));
            b.managedProperty().bind(b.visibleProperty());
            datasets.getChildren().add(b);
        }
        // a loaded table replaces the generator: no tile is chosen, and the generator's sliders rest
        Label table = new Label();
        table.setId("table-name");
        table.setWrapText(true);
        table.textProperty().bind(javafx.beans.binding.Bindings.when(model.data().tableNameProperty().isEmpty()).then("")
                .otherwise(javafx.beans.binding.Bindings.concat("Points from ", model.data().tableNameProperty(),
                        " (choose a dataset to go back)")));
        table.visibleProperty().bind(model.data().tableNameProperty().isNotEmpty());
        table.managedProperty().bind(table.visibleProperty());
        Runnable showDataset = () -> {
            if (model.data().tableNameProperty().get().isEmpty()) {
                byDataset.get(model.data().datasetProperty().get()).setSelected(true);
                problem.setValue(problems.get(model.data().datasetProperty().get().isClassification() ? 0 : 1));
            } else {
                group.selectToggle(null);
                problem.setValue(problems.get(0));
            }
        };
        model.data().datasetProperty().addListener(o -> showDataset.run());
        model.data().tableNameProperty().addListener(o -> showDataset.run());
        showDataset.run();
        problem.valueProperty().addListener((o, was, now) -> {
            boolean classification = now.equals(problems.get(0));
            if (model.data().datasetProperty().get().isClassification() != classification) {
                model.data().datasetProperty().set(java.util.Arrays.stream(Generators.values())
                        .filter(g -> g.isClassification() == classification).findFirst().orElseThrow());
            }
        });
        Slider noise = slider(0, 50, model.data().noiseProperty().get() * 100, "Noise: how far points stray from their pattern");
        noise.setId("noise");
        whenSettled(noise, v -> model.data().noiseProperty().set(v / 100), () -> model.data().noiseProperty().get() * 100);
        model.data().noiseProperty().addListener((o, was, now) -> noise.setValue(now.doubleValue() * 100));
        Slider share = slider(10, 90, model.data().testFractionProperty().get() * 100, "Share of the points held out for testing");
        share.setId("test-share");
        whenSettled(share, v -> model.data().testFractionProperty().set(v / 100),
                () -> model.data().testFractionProperty().get() * 100);
        model.data().testFractionProperty().addListener((o, was, now) -> share.setValue(now.doubleValue() * 100));
        Slider points = slider(50, 1000, model.data().pointsProperty().get(), "Number of points");
        points.setId("points");
        whenSettled(points, v -> model.data().pointsProperty().set((int) v), () -> model.data().pointsProperty().get());
        model.data().pointsProperty().addListener((o, was, now) -> points.setValue(now.intValue()));
        noise.disableProperty().bind(model.data().tableNameProperty().isNotEmpty());
        points.disableProperty().bind(model.data().tableNameProperty().isNotEmpty());
        ComboBox<org.mlplayground.data.Scaler> scaler = combo(List.of(org.mlplayground.data.Scaler.values()),
                model.data().scalerProperty().get(), "How the input features are scaled before the network sees them, "
                        + "fitted on the training points: standardize gives each feature mean 0 and variance 1");
        scaler.setId("scaler");
        scaler.setConverter(named(DataPanel::scalerName));
        scaler.valueProperty().bindBidirectional(model.data().scalerProperty());
        scaler.setMaxWidth(Double.MAX_VALUE);
        Button regenerate = button("Regenerate", "New points from a new seed", () ->
                model.data().dataSeedProperty().set(model.data().dataSeedProperty().get() + 1));
        regenerate.setId("regenerate");
        Button clear = button("Clear my points", "Remove the points you clicked into the plane", model::clearAddedPoints);
        clear.setId("clear-points");
        VBox features = new VBox(4);
        for (Feature2D f : Feature2D.values()) {
            CheckBox c = new CheckBox(f.label());
            c.setId("feature-" + f.name().toLowerCase(Locale.ROOT));
            c.setSelected(model.data().features().contains(f));
            c.setOnAction(e -> {
                if (c.isSelected()) {
                    model.data().features().add(f);
                } else if (model.data().features().size() > 1) {
                    model.data().features().remove(f);
                } else {
                    c.setSelected(true);
                }
            });
            features.getChildren().add(c);
            model.data().features().addListener((javafx.collections.SetChangeListener<Feature2D>) change ->
                    c.setSelected(model.data().features().contains(f)));
        }
        VBox panel = new VBox(8, heading("Data"), datasets, table, valued("Noise", noise, 1, "%"), noise,
                valued("Test share", share, 1, "%"), share, valued("Points", points, 25, ""), points, new javafx.scene.layout.FlowPane(6, 6, regenerate, clear),
                heading("Inputs"), features, new Label("Scaling"), scaler);
        panel.setPadding(new Insets(10, 12, 10, 12));
        panel.setPrefWidth(262);
        return panel;
    }

    private static String scalerName(org.mlplayground.data.Scaler s) {
        switch (s) {
            case STANDARDIZE:
                return "standardize (z-score)";
            case MIN_MAX:
                return "min-max to [0, 1]";
            case MINUS_ONE_TO_ONE:
                return "to [-1, 1]";
            default:
                return "none";
        }
    }

    private static Slider slider(double min, double max, double value, String help) {
        Slider s = new Slider(min, max, value);
        org.mlplayground.ui.shared.Controls.keysStayOn(s);
        s.setTooltip(new Tooltip(help));
        s.setShowTickLabels(true);
        s.setMajorTickUnit((max - min) / 2);
        return s;
    }

    /**
     * The slider's name with its value beside it ("Noise: 50%"), and the slider made to land on
     * whole multiples of {@code step} (noise lands on 50%, not 49.65%).
     */
    static Label valued(String name, Slider slider, double step, String unit) {
        slider.setMinorTickCount((int) Math.round(slider.getMajorTickUnit() / step) - 1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(false);
        slider.setBlockIncrement(step);
        Label label = new Label();
        label.setId("value-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> name + ": "
                + String.format(Locale.ROOT, "%,.0f", Math.round(slider.getValue() / step) * step) + unit, slider.valueProperty()));
        return label;
    }

    /**
     * Applies a slider's value once it settles: at the end of a drag, and at once for a click on
     * the track or a key (arrows, Home, End; these applied nothing before: the label read
     * "Points: 50" while the data kept 400). {@code current} is the value in use, in the slider's
     * units, so that putting the model's own value back applies nothing.
     */
    private static void whenSettled(Slider slider, java.util.function.DoubleConsumer apply,
                                    java.util.function.DoubleSupplier current) {
        Runnable settle = () -> {
            if (Math.abs(slider.getValue() - current.getAsDouble()) > 1e-9) {
                apply.accept(slider.getValue());
            }
        };
        slider.valueProperty().addListener(o -> {
            if (!slider.isValueChanging()) {
                settle.run();
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                settle.run();
            }
        });
    }
}
