package org.mlplayground.ui.digits;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.io.DrawnDigits;

/**
 * The drawings kept as a personal test set: each as the 28x28 the network sees, with its label
 * (choose another to relabel it) and a delete button. It only draws and forwards the commands.
 */
final class KeptDrawingsPanel {

    private final DigitsViewModel model;
    private final FlowPane cells = new FlowPane(8, 8);
    private final Label empty = new Label("No drawing kept yet: draw a digit and press its number under the pad.");

    KeptDrawingsPanel(DigitsViewModel model) {
        this.model = model;
        cells.setId("kept-drawings");
        cells.setPadding(new Insets(8));
        empty.setWrapText(true);
        model.personalDigits().addListener((ListChangeListener<DrawnDigits.Digit>) c -> fill());
        fill();
    }

    /** The panel, scrolling when there are many drawings. */
    Region node() {
        ScrollPane scroll = new ScrollPane(new VBox(8, empty, cells));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void fill() {
        List<DrawnDigits.Digit> kept = List.copyOf(model.personalDigits());
        empty.setVisible(kept.isEmpty());
        empty.setManaged(kept.isEmpty());
        cells.getChildren().clear();
        for (int i = 0; i < kept.size(); i++) {
            int index = i;
            GreyImage image = new GreyImage(56);
            image.show(kept.get(i).pixels(), 28, 28);
            ComboBox<Integer> label = new ComboBox<>();
            label.getItems().setAll(IntStream.range(0, 10).boxed().toList());
            label.setValue(kept.get(i).label());
            label.setId("kept-label-" + i);
            label.setTooltip(new Tooltip("The digit this drawing is; choose another to relabel it"));
            label.valueProperty().addListener((o, was, now) -> {
                if (now != null && !now.equals(was)) {
                    model.kept().relabel(index, now);
                }
            });
            Button delete = new Button("Delete");
            delete.setId("kept-delete-" + i);
            delete.setTooltip(new Tooltip("Remove this drawing from your test set (the file is rewritten)"));
            delete.setOnAction(e -> model.kept().delete(index));
            VBox cell = new VBox(4, image.node(), label, delete);
            cell.setStyle("-fx-border-color: #d0d7de; -fx-padding: 4;");
            cells.getChildren().add(cell);
        }
    }
}
