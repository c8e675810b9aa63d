package org.mlplayground.ui.digits;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlplayground.data.DigitPreprocessor;

/**
 * The preprocessing MNIST's digits went through, one picture per step (crop, stroke width, fit
 * 20x20, place 28x28, centre of mass), each captioned below its picture; a skipped step says so,
 * and the step's sentence is its tooltip. It only draws.
 */
final class PreprocessingStrip {

    private static final int STEPS = 5;
    private final HBox row = new HBox(6);
    private final GreyImage[] images = new GreyImage[STEPS];
    private final Label[] captions = new Label[STEPS];
    private final Tooltip[] details = new Tooltip[STEPS];

    PreprocessingStrip(ObservableValue<DigitPreprocessor.Steps> steps) {
        for (int i = 0; i < STEPS; i++) {
            images[i] = new GreyImage(50);
            captions[i] = new Label();
            captions[i].setId("step-caption-" + i);
            captions[i].setStyle("-fx-font-size: 0.75em;");
            captions[i].setWrapText(true);
            captions[i].setMaxWidth(50);
            captions[i].setMinHeight(Region.USE_PREF_SIZE);
            details[i] = new Tooltip();
            details[i].setWrapText(true);
            details[i].setMaxWidth(320);
            Tooltip.install(images[i].node(), details[i]);
            captions[i].setTooltip(details[i]);
            row.getChildren().add(new VBox(2, images[i].node(), captions[i]));
        }
        steps.addListener((o, was, s) -> show(s));
        show(steps.getValue());
    }

    /** The strip, to place in a layout. */
    Region node() {
        return row;
    }

    private void show(DigitPreprocessor.Steps s) {
        if (s == null) {
            return;
        }
        var list = s.list();
        for (int i = 0; i < STEPS; i++) {
            if (i >= list.size()) {
                captions[i].setText("");
                continue;
            }
            DigitPreprocessor.Step step = list.get(i);
            images[i].show(step.image());
            images[i].node().setOpacity(step.skipped() ? 0.35 : 1);
            captions[i].setText(step.name() + (step.skipped() ? " (skipped)" : ""));
            details[i].setText(step.detail());
        }
    }
}
