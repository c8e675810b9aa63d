package org.mlplayground.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Hides and locks the window's controls as the lesson says. A hidden control (with its caption)
 * is not visible and takes no room; a locked one is greyed, takes no clicks or keys, and its
 * tooltip says why. Everything is undone before the next step's controls are applied, and applied
 * again when the network graph draws its buttons anew. Only touches nodes: the rules are the view-model's.
 */
final class LessonControlsView {

    /** The style class of a locked control. */
    static final String LOCKED = "lesson-locked";

    /** The input a locked control does not take (hovering still shows its tooltip). */
    private static final List<EventType<? extends InputEvent>> SWALLOWED = List.of(MouseEvent.ANY, KeyEvent.ANY, ScrollEvent.ANY);

    private final Parent root;
    private final LessonViewModel model;
    private final List<Runnable> undo = new ArrayList<>();
    private boolean applying;
    /** The network graph, once found. */
    private Node network;

    /** Applies {@code model}'s hidden and locked controls to the nodes under {@code root}, from now on. */
    LessonControlsView(Parent root, LessonViewModel model) {
        this.root = root;
        this.model = model;
        model.hiddenProperty().addListener(o -> apply());
        model.lockedProperty().addListener(o -> apply());
    }

    /** Watches {@code pane} (the network graph), whose children are made anew when the network changes. */
    private void watch(Parent pane) {
        if (pane instanceof javafx.scene.layout.Pane p) {
            p.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
                if (!applying) {
                    javafx.application.Platform.runLater(this::apply);
                }
            });
        }
    }

    /** Undoes what was applied, then hides and locks the controls the lesson names now. */
    void apply() {
        applying = true;
        try {
            undo.forEach(Runnable::run);
            undo.clear();
            List<Node> all = new ArrayList<>();
            collect(root, all);
            if (network == null) {
                all.stream().filter(n -> "network".equals(n.getId()) && n instanceof Parent).findFirst()
                        .ifPresent(n -> watch((Parent) (network = n)));
            }
            for (String name : model.hiddenProperty().get()) {
                all.stream().filter(n -> LessonControlMap.matches(name, n)).forEach(this::hide);
                items(name, all).forEach(i -> flip(i.visibleProperty(), false));
            }
            model.lockedProperty().get().forEach((name, reason) -> {
                all.stream().filter(n -> LessonControlMap.matches(name, n)).forEach(n -> lock(n, reason));
                items(name, all).forEach(i -> flip(i.disableProperty(), true));
            });
        } finally {
            applying = false;
        }
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
        if (n instanceof javafx.scene.control.TabPane t && t.getChildrenUnmodifiable().isEmpty()) {
            t.getTabs().stream().filter(tab -> tab.getContent() != null).forEach(tab -> collect(tab.getContent(), out));
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null && s.getChildrenUnmodifiable().isEmpty()) {
            collect(s.getContent(), out);
        }
    }

    private static List<MenuItem> items(String name, List<Node> all) {
        List<String> ids = LessonControlMap.menuItems(name);
        List<MenuItem> out = new ArrayList<>();
        for (Node n : all) {
            if (n instanceof MenuButton m) {
                m.getItems().stream().filter(i -> i.getId() != null && ids.contains(i.getId())).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Hides the node with its caption: the labelled box around it (or around the row it is in),
     * or, for a control whose visibility is bound (the dataset tiles), the parent it fills alone.
     */
    private void hide(Node n) {
        String name = model.hiddenProperty().get().stream().filter(c -> LessonControlMap.matches(c, n)).findFirst().orElse("");
        Node target = n;
        Parent parent = n.getParent();
        if (parent != null && parent.getStyleClass().contains("labelled")) {
            target = parent;
        } else if (parent instanceof javafx.scene.layout.HBox && parent.getParent() != null
                && parent.getParent().getStyleClass().contains("labelled")) {
            target = parent.getParent();
        } else if (n.visibleProperty().isBound()) {
            if (parent == null || !parent.getChildrenUnmodifiable().stream().allMatch(c -> LessonControlMap.matches(name, c))) {
                return;
            }
            target = parent;
        }
        if (target.visibleProperty().isBound() || !target.isVisible()) {
            return;
        }
        flip(target.visibleProperty(), false);
        if (!target.managedProperty().isBound()) {
            flip(target.managedProperty(), false);
        }
        Node caption = caption(target);
        if (caption != null) {
            flip(caption.visibleProperty(), false);
            flip(caption.managedProperty(), false);
        }
    }

    /** A plain label just before {@code n} in its parent (the data panel's "Noise (%)" above its slider). */
    private static Node caption(Node n) {
        if (n.getParent() == null) {
            return null;
        }
        List<Node> siblings = n.getParent().getChildrenUnmodifiable();
        int i = siblings.indexOf(n);
        Node before = i > 0 ? siblings.get(i - 1) : null;
        return before != null && before.getClass() == Label.class && before.getStyle().isEmpty()
                && !before.visibleProperty().isBound() ? before : null;
    }

    private void lock(Node n, String reason) {
        n.getStyleClass().add(LOCKED);
        undo.add(() -> n.getStyleClass().remove(LOCKED));
        EventHandler<Event> swallow = e -> {
            if (e.getEventType() != MouseEvent.MOUSE_MOVED && e.getEventType() != MouseEvent.MOUSE_ENTERED
                    && e.getEventType() != MouseEvent.MOUSE_EXITED && e.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET
                    && e.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
                e.consume();
            }
        };
        for (EventType<? extends InputEvent> type : SWALLOWED) {
            n.addEventFilter(type, swallow);
        }
        boolean traversable = n.isFocusTraversable();
        n.setFocusTraversable(false);
        Tooltip tip = new Tooltip("Locked by the lesson: " + reason);
        tip.getStyleClass().add("lesson-lock-tip");
        if (n instanceof Control c) {
            Tooltip before = c.getTooltip();
            c.setTooltip(tip);
            undo.add(() -> c.setTooltip(before));
        } else {
            Tooltip.install(n, tip);
            undo.add(() -> Tooltip.uninstall(n, tip));
        }
        undo.add(() -> {
            for (EventType<? extends InputEvent> type : SWALLOWED) {
                n.removeEventFilter(type, swallow);
            }
            n.setFocusTraversable(traversable);
        });
    }

    private void flip(javafx.beans.property.BooleanProperty p, boolean value) {
        boolean before = p.get();
        p.set(value);
        undo.add(() -> p.set(before));
    }
}
