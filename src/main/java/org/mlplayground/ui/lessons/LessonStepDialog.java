package org.mlplayground.ui.lessons;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlplayground.io.lesson.LessonStep;

/** Asks for a step's title, text and "what to notice" question, in the lesson markup. */
final class LessonStepDialog {

    private LessonStepDialog() {
    }

    /** Shows the dialog over {@code owner} for {@code step}; OK hands the lesson's title and the step's three texts to the view-model. */
    static void edit(Window owner, LessonStep step, LessonViewModel model) {
        TextField lessonTitle = new TextField(model.lessonProperty().get().title());
        lessonTitle.setId("lesson-edit-lesson-title");
        TextField title = new TextField(step.title());
        title.setId("lesson-edit-title");
        TextArea text = new TextArea(step.text());
        text.setId("lesson-edit-text");
        text.setWrapText(true);
        text.setPrefRowCount(7);
        TextArea notice = new TextArea(step.notice());
        notice.setId("lesson-edit-notice");
        notice.setWrapText(true);
        notice.setPrefRowCount(3);
        Label help = new Label("Markup: *emphasis*, `code`, 10^-3, a line starting \"- \" is a bullet; "
                + "{epoch}, {testAccuracy}, {formula}, {weights} show live values.");
        help.setWrapText(true);
        help.setStyle("-fx-font-size: 0.85em;");
        VBox box = new VBox(6, new Label("Lesson title"), lessonTitle, new Label("Step title"), title, new Label("Text"), text, new Label("What to notice"), notice, help);
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Step " + step.number());
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> {
                    model.renameLesson(lessonTitle.getText());
                    model.editStep(title.getText(), text.getText(), notice.getText());
                });
    }
}
