package org.mlplayground.ui.lessons;

import static org.mlplayground.ui.shared.Controls.button;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonStep;
import org.mlplayground.train.TrainingSnapshot;

/**
 * The lesson's side panel: the lesson's title, "step n of N" with a progress bar, the step's title,
 * its text and "what to notice" question (live values filled in from the newest snapshot), notes on
 * what this window cannot do, Back and Next, Leave, and the builder's buttons. Only draws and
 * forwards clicks to the {@link LessonViewModel}.
 */
final class LessonPanel {

    private final LessonViewModel model;
    private final ObservableValue<TrainingSnapshot> snapshots;
    private final Supplier<List<String>> features;
    private final VBox text = new VBox();
    private final VBox notice = new VBox(4);
    private final Label noticeHeading = new Label("What to notice");
    private final Label stepTitle = new Label();
    private final Label notes = new Label();
    /** Whether the step's texts have placeholders (then each new snapshot draws them again). */
    private boolean live;

    /**
     * The panel for {@code model}; placeholders take their values from {@code snapshots} and the
     * input features' names from {@code features}.
     */
    LessonPanel(LessonViewModel model, ObservableValue<TrainingSnapshot> snapshots, Supplier<List<String>> features) {
        this.model = model;
        this.snapshots = snapshots;
        this.features = features;
    }

    /**
     * The panel's node.
     *
     * @param edit asks for a step's new title, text and question (a dialog), then hands them to the view-model
     * @param save asks for a file and saves the lesson there
     */
    Region node(Runnable edit, Runnable save) {
        Label lessonTitle = new Label();
        lessonTitle.setId("lesson-title");
        lessonTitle.setWrapText(true);
        lessonTitle.getStyleClass().add("lesson-heading");
        lessonTitle.textProperty().bind(Bindings.createStringBinding(() -> model.lessonProperty().get() == null ? ""
                : model.lessonProperty().get().title(), model.lessonProperty()));
        Label counter = new Label();
        counter.setId("lesson-step");
        counter.textProperty().bind(Bindings.createStringBinding(() -> model.lessonProperty().get() == null ? ""
                : "Step " + model.stepProperty().get() + " of " + model.lessonProperty().get().steps().size(),
                model.lessonProperty(), model.stepProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("lesson-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> model.lessonProperty().get() == null ? 0
                : model.stepProperty().get() / (double) model.lessonProperty().get().steps().size(),
                model.lessonProperty(), model.stepProperty()));
        stepTitle.setId("lesson-step-title");
        stepTitle.setWrapText(true);
        stepTitle.getStyleClass().add("lesson-step-title");
        text.setId("lesson-text");
        notice.setId("lesson-notice");
        notice.getStyleClass().add("lesson-notice");
        noticeHeading.getStyleClass().add("lesson-notice-heading");
        notes.setId("lesson-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("lesson-notes");
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        Label message = new Label();
        message.setId("lesson-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Button back = button("\u2190 Back", "The step before (Page Up, Left)", model::back);
        back.setId("lesson-back");
        back.disableProperty().bind(model.stepProperty().lessThanOrEqualTo(1));
        Button next = button("Next \u2192", "The next step (Page Down, Right, space)", model::next);
        next.setId("lesson-next");
        next.setDefaultButton(false);
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.lessonProperty().get() == null
                || model.stepProperty().get() >= model.lessonProperty().get().steps().size(), model.lessonProperty(), model.stepProperty()));
        Button leave = button("Leave", "Leave the lesson with the window as it is (Escape)", model::leave);
        leave.setId("lesson-leave");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, next, gap, leave);

        VBox body = new VBox(10, lessonTitle, counter, progress, stepTitle, text, notice, notes, message);
        body.setPadding(new Insets(14, 16, 10, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        buttons.setPadding(new Insets(8, 16, 8, 16));
        VBox panel = new VBox(scroll, buttons, builder(edit, save));
        panel.setId("lesson-panel");
        panel.getStyleClass().add("lesson-panel");

        model.currentStepProperty().addListener(o -> show());
        model.lessonProperty().addListener(o -> show());
        model.notes().addListener((javafx.collections.ListChangeListener<String>) c -> notes.setText(String.join("\n", model.notes())));
        snapshots.addListener((o, was, now) -> {
            if (live) {
                show();
            }
        });
        show();
        return panel;
    }

    private TitledPane builder(Runnable edit, Runnable save) {
        Button add = button("Add the current state as a step", "The window's settings now become a new last step", model::addCurrentState);
        add.setId("lesson-add-step");
        Button editButton = button("Edit step\u2026", "Change this step's title, text and question", edit);
        editButton.setId("lesson-edit-step");
        Button up = button("\u2191", "Move this step up", () -> model.moveStep(-1));
        up.setId("lesson-step-up");
        Button down = button("\u2193", "Move this step down", () -> model.moveStep(+1));
        down.setId("lesson-step-down");
        Button remove = button("Remove", "Remove this step", model::removeStep);
        remove.setId("lesson-remove-step");
        Button saveButton = button("Save lesson\u2026", "Write the lesson to a file others can open", save);
        saveButton.setId("lesson-save");
        for (Button b : List.of(editButton, up, down, remove, saveButton)) {
            b.disableProperty().bind(model.lessonProperty().isNull());
        }
        FlowPane box = new FlowPane(6, 6, add, editButton, up, down, remove, saveButton);
        // wraps within the panel (its default wrap length is wider than the panel)
        box.setPrefWrapLength(280);
        TitledPane pane = new TitledPane("Build a lesson", box);
        pane.setId("lesson-builder");
        pane.setExpanded(false);
        return pane;
    }

    /** Draws the step shown. */
    private void show() {
        LessonStep s = model.currentStepProperty().get();
        Lesson l = model.lessonProperty().get();
        if (s == null || l == null) {
            stepTitle.setText("");
            text.getChildren().clear();
            notice.getChildren().clear();
            live = false;
            return;
        }
        live = s.text().contains("{") || s.notice().contains("{");
        stepTitle.setText(s.title());
        TrainingSnapshot snapshot = snapshots.getValue();
        List<String> names = features.get();
        TextFlow flow = LessonTextFlow.of(s.text(), name -> LessonPlaceholders.value(name, snapshot, names));
        text.getChildren().setAll(flow);
        if (s.notice().isBlank()) {
            notice.getChildren().clear();
        } else {
            notice.getChildren().setAll(noticeHeading,
                    LessonTextFlow.of(s.notice(), name -> LessonPlaceholders.value(name, snapshot, names)));
        }
    }
}
