package org.mlplayground.ui.lessons;

import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonView;
import org.mlplayground.ui.digits.DigitsView;
import org.mlplayground.ui.digits.DigitsViewModel;
import org.mlplayground.ui.playground.PlaygroundViewModel;
import org.mlplayground.ui.shared.Background;
import org.mlplayground.ui.shared.Controls;

/**
 * Lesson mode around the window's tabs: a "Lessons" menu at the right of the tab bar (the built-in
 * lessons with their step counts, a lesson file, the builder), the lesson's side panel at the
 * right while a lesson runs, and the keys presentation clickers send: Page Down, Right and space
 * go to the next step, Page Up and Left back, Escape leaves the lesson with the window as it is.
 * {@code -Dplayground.lesson=02-xor} (and {@code -Dplayground.lesson.step=3}) starts in a built-in lesson.
 */
public final class LessonMode {

    private final LessonViewModel model;
    private final BorderPane root = new BorderPane();
    /** The built-in lessons, read once. */
    private Map<String, Lesson> builtIns;

    private LessonMode(TabPane tabs, PlaygroundViewModel playground, DigitsViewModel digits, DigitsView digitsView,
                       Background background, BooleanProperty presentation, LessonActions actions) {
        model = new LessonViewModel(playground, digits, background, new TabWindow(tabs, digitsView, actions));
        MenuButton menu = menu();
        StackPane.setAlignment(menu, Pos.TOP_RIGHT);
        StackPane.setMargin(menu, new Insets(3, 8, 0, 0));
        StackPane center = new StackPane(tabs, menu);
        root.setCenter(center);
        LessonPanel panel = new LessonPanel(model, playground.snapshotProperty(), () -> playground.data().featureLabels());
        Region side = panel.node(() -> {
            if (model.currentStepProperty().get() != null) {
                LessonStepDialog.edit(root.getScene().getWindow(), model.currentStepProperty().get(), model);
            }
        }, this::save);
        // 460 px in presentation mode (420 without), but at most 30% of a small window: the screens keep room
        side.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(presentation.get() ? 460 : 420, 0.3 * Math.max(1, root.getWidth())),
                presentation, root.widthProperty()));
        side.setMinWidth(Region.USE_PREF_SIZE);
        Controls.styleView(side, presentation);
        side.getStylesheets().add(LessonMode.class.getResource("/css/lessons.css").toExternalForm());
        root.getStylesheets().add(LessonMode.class.getResource("/css/lessons.css").toExternalForm());
        model.activeProperty().addListener((o, was, on) -> root.setRight(on ? side : null));
        new LessonControlsView(root, model);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /**
     * The window's content with lesson mode around {@code tabs}: the playground's and (if not null)
     * the Digits tab's view-models and view; files are read on a worker of its own.
     */
    public static Parent around(TabPane tabs, PlaygroundViewModel playground, DigitsViewModel digits, DigitsView digitsView,
                                BooleanProperty presentation) {
        return around(tabs, playground, digits, digitsView, presentation, LessonActions.NONE);
    }

    /** The same, with the sweep and math actions the window wires. */
    public static Parent around(TabPane tabs, PlaygroundViewModel playground, DigitsViewModel digits, DigitsView digitsView,
                                BooleanProperty presentation, LessonActions actions) {
        LessonMode mode = new LessonMode(tabs, playground, digits, digitsView, Background.worker("lesson-worker"), presentation,
                actions);
        mode.openAtStart(System.getProperty("playground.lesson"), System.getProperty("playground.lesson.step", "1"));
        return mode.root;
    }

    /** The same, with {@code background} for files (tests), giving the view-model. */
    static LessonViewModel install(BorderPane into, TabPane tabs, PlaygroundViewModel playground, DigitsViewModel digits,
                                   DigitsView digitsView, Background background, BooleanProperty presentation) {
        LessonMode mode = new LessonMode(tabs, playground, digits, digitsView, background, presentation, LessonActions.NONE);
        into.setCenter(mode.root);
        return mode.model;
    }

    /** Opens built-in lesson {@code name} ({@code 02-xor}) at step {@code step}, if a name is given and known. */
    private void openAtStart(String name, String step) {
        if (name == null) {
            return;
        }
        Lesson l = model.builtIns().get(name.endsWith(".json") ? name : name + ".json");
        if (l == null) {
            model.messageProperty().set("There is no built-in lesson " + name + ".");
            return;
        }
        model.open(l);
        try {
            model.go(Math.max(1, Math.min(l.steps().size(), Integer.parseInt(step.trim()))));
        } catch (NumberFormatException e) {
            model.messageProperty().set("The lesson's step must be a number, got '" + step + "'.");
        }
    }

    private void key(KeyEvent e) {
        if (!model.activeProperty().get() || Controls.typing(e)) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PAGE_DOWN || k == KeyCode.RIGHT || k == KeyCode.SPACE) {
            model.next();
        } else if (k == KeyCode.PAGE_UP || k == KeyCode.LEFT) {
            model.back();
        } else if (k == KeyCode.ESCAPE) {
            model.leave();
        } else {
            return;
        }
        e.consume();
    }

    private MenuButton menu() {
        MenuButton menu = new MenuButton("Lessons");
        menu.setId("lessons-menu");
        menu.setTooltip(new Tooltip("Run a lesson step by step (Page Down / Page Up, Escape leaves), or build your own"));
        menu.setOnShowing(e -> fill(menu, true));
        fill(menu, false); // the built-in lessons are read when the menu first opens (a faster start)
        return menu;
    }

    private void fill(MenuButton menu, boolean withBuiltIns) {
        menu.getItems().clear();
        int i = 1;
        if (withBuiltIns && (builtIns == null || builtIns.isEmpty())) {
            builtIns = model.builtIns();
        }
        for (Map.Entry<String, Lesson> e : (builtIns == null ? Map.<String, Lesson>of() : builtIns).entrySet()) {
            Lesson l = e.getValue();
            MenuItem item = new MenuItem(i + ".  " + l.title() + "  (" + l.steps().size() + " steps)");
            item.setId("lesson-" + e.getKey().replace(".json", ""));
            item.setOnAction(a -> model.open(l));
            menu.getItems().add(item);
            i++;
        }
        MenuItem open = new MenuItem("Open lesson file\u2026");
        open.setId("lesson-open-file");
        open.setOnAction(a -> {
            FileChooser chooser = chooser();
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.openFile(file);
            }
        });
        MenuItem add = new MenuItem("Add the current state as a step");
        add.setOnAction(a -> model.addCurrentState());
        MenuItem leave = new MenuItem("Leave the lesson (Escape)");
        leave.setOnAction(a -> model.leave());
        leave.setDisable(!model.activeProperty().get());
        menu.getItems().addAll(new SeparatorMenuItem(), open, add, leave);
    }

    private void save() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("my-lesson.json");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.save(file);
        }
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lesson (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** The lesson's window: the app's tabs by their names, and the Digits pad. */
    private static final class TabWindow implements LessonWindow {
        private final TabPane tabs;
        private final DigitsView digits;
        private final LessonActions actions;

        TabWindow(TabPane tabs, DigitsView digits, LessonActions actions) {
            this.tabs = tabs;
            this.digits = digits;
            this.actions = actions;
        }

        @Override
        public LessonActions actions() {
            return actions;
        }

        @Override
        public boolean show(LessonView view) {
            String name = view.fileName();
            for (Tab t : tabs.getTabs()) {
                if (t.getText().equalsIgnoreCase(name)) {
                    tabs.getSelectionModel().select(t);
                    return true;
                }
            }
            return false;
        }

        @Override
        public LessonView shown() {
            Tab t = tabs.getSelectionModel().getSelectedItem();
            try {
                return t == null ? LessonView.PLAYGROUND : LessonView.fromName(t.getText());
            } catch (IllegalArgumentException e) {
                return LessonView.PLAYGROUND;
            }
        }

        @Override
        public boolean drawDigit(List<List<double[]>> strokes) {
            if (digits == null) {
                return false;
            }
            digits.drawStrokes(strokes);
            return true;
        }
    }
}
