package org.mlplayground.ui.shared;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The small pieces both tabs build their panels from: headings, labelled controls, buttons, choices. */
public final class Controls {

    private Controls() {
    }

    /** A bold section heading. */
    public static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        return l;
    }

    /**
     * Whether a key goes where the user types: a text field or area, an editable spinner or combo
     * box (their editor gets the key through the control, which is the event's target), or a node
     * inside one. Window-wide keys (Space plays, a digit keeps a drawing...) leave those alone.
     */
    public static boolean typing(javafx.scene.input.KeyEvent e) {
        Object target = e.getTarget();
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TextInputControl
                    || (n instanceof javafx.scene.control.Spinner<?> s && s.isEditable())
                    || (n instanceof javafx.scene.control.ComboBoxBase<?> c && c.isEditable())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes Home and End move {@code slider} only: the slider takes them but lets them go on to a
     * scroll pane around it, which jumped to its top or bottom and left the slider from under the
     * mouse (the Playground's data panel).
     */
    public static void keysStayOn(javafx.scene.control.Slider slider) {
        slider.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.HOME || e.getCode() == javafx.scene.input.KeyCode.END) {
                e.consume();
            }
        });
    }

    /** A control with a small label above it, never squeezed below its preferred width. */
    public static VBox labelled(String text, Region control) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 0.85em;");
        VBox box = new VBox(2, l, control);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("labelled");
        return box;
    }

    /** A button with a one-sentence tooltip. */
    public static Button button(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A choice among {@code items} showing {@code value} (the first item if it is not one of them). */
    public static <T> ComboBox<T> combo(List<T> items, T value, String help) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setValue(items.contains(value) ? value : items.get(0));
        c.setTooltip(new Tooltip(help));
        return c;
    }

    /** Shows values by {@code name}; nothing is typed in, so nothing is parsed. */
    public static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A number as typed: no exponent, no trailing zeros ("0.0001", "10"). */
    public static String number(double v) {
        return v == 0 ? "0" : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * A short label of an alpha (or any small rate): "0", "1e-5", "0.001", "10": below 0.001 in
     * the lecture's 1e-k notation ("0.00001" did not fit the playground's Alpha box).
     */
    public static String alpha(double a) {
        if (a == 0 || (a >= 1e-3 && a < 1e4)) {
            return number(a);
        }
        String s = String.format(java.util.Locale.ROOT, "%.0e", a).replace("e-0", "e-").replace("e+0", "e");
        return Double.parseDouble(s) == a ? s : Double.toString(a);
    }

    /** A choice starting at its first item, never squeezed. */
    public static <T> ComboBox<T> choice(List<T> items, String help) {
        ComboBox<T> c = combo(items, items.get(0), help);
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    /** Content that scrolls up and down and fits its place's width. */
    public static javafx.scene.control.ScrollPane scrolling(Region content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * Gives a tab's root the project's stylesheet and the {@code mlp-view} class its colours hang
     * on, and the {@code presentation} class (larger text, thicker lines) while {@code presentation} is on.
     */
    public static void styleView(Region root, javafx.beans.value.ObservableValue<Boolean> presentation) {
        root.getStylesheets().add(Controls.class.getResource("/css/playground.css").toExternalForm());
        root.getStyleClass().add("mlp-view");
        if (Boolean.TRUE.equals(presentation.getValue())) {
            root.getStyleClass().add("presentation");
        }
        presentation.addListener((o, was, on) -> {
            if (on) {
                root.getStyleClass().add("presentation");
            } else {
                root.getStyleClass().remove("presentation");
            }
        });
    }

    /**
     * Makes {@code spinner} editable for whole numbers only: its text takes digits alone (so
     * "abc" cannot stand in the box while another value is used), and when it loses the focus an
     * empty or out-of-range text is put back to the value in use.
     */
    public static void wholeNumbers(javafx.scene.control.Spinner<Integer> spinner) {
        wholeNumbers(spinner, null, null);
    }

    /**
     * As {@link #wholeNumbers(javafx.scene.control.Spinner)}, and a number typed outside the
     * spinner's range is told in one sentence naming the control ({@code name}, as the window
     * labels it) through {@code say}: "Folds k: from 2 to 20, got 50; 20 is used."
     */
    public static void wholeNumbers(javafx.scene.control.Spinner<Integer> spinner, String name,
                                    java.util.function.Consumer<String> say) {
        spinner.setEditable(true);
        if (say != null && spinner.getValueFactory() instanceof javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory range) {
            // the spinner reads a typed text through its converter, then clamps it: say so there
            StringConverter<Integer> reads = range.getConverter();
            range.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer value) {
                    return reads.toString(value);
                }

                @Override
                public Integer fromString(String text) {
                    Integer v = reads.fromString(text);
                    if (v != null && (v < range.getMin() || v > range.getMax())) {
                        say.accept(name + ": from " + range.getMin() + " to " + range.getMax() + ", got " + v + "; "
                                + (v < range.getMin() ? range.getMin() : range.getMax()) + " is used.");
                    }
                    return v;
                }
            });
        }
        javafx.scene.control.TextField editor = spinner.getEditor();
        editor.setTextFormatter(new javafx.scene.control.TextFormatter<>(change ->
                change.getControlNewText().matches("[0-9]{0,9}") ? change : null));
        // the spinner commits an empty box as no value: keep the one in use
        spinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                spinner.getValueFactory().setValue(was);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                String typed = editor.getText();
                // after the spinner's own commit, which leaves an empty box as it is
                javafx.application.Platform.runLater(() -> {
                    if (!typed.isEmpty()) {
                        spinner.getValueFactory().setValue(Integer.valueOf(typed));
                    }
                    editor.setText(String.valueOf(spinner.getValue()));
                });
            }
        });
    }
}
