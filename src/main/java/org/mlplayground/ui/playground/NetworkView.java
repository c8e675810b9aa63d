package org.mlplayground.ui.playground;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.mlplayground.nn.Network;
import org.mlplayground.train.PlaneOutputs;
import org.mlplayground.train.TrainingSnapshot;


/**
 * The network as columns: input features, each hidden layer, the output. Every neuron shows a
 * small heatmap of its value over the plane (enlarged in its tooltip, with the formula it
 * computes); every link is coloured by the sign of its weight (orange positive, blue negative)
 * and as thick as the weight is large on one fixed scale ({@link LinkScale}, with its legend). Layers wider than {@link #SHOWN} show their first
 * neurons and "+k more". Buttons add and remove layers and neurons. It only draws: the node tree
 * is rebuilt when the architecture changes, and each snapshot only recolours images and redraws
 * the links' canvas ({@link LinkLayer}).
 */
public final class NetworkView {

    /** Rows of neurons the graph is designed for: its scale fits them to the pane; a taller pane shows more. */
    static final int SHOWN = 8;
    /** The graph is drawn between this many and this many times its natural size, to fit its pane. */
    static final double MIN_SCALE = 0.6;
    static final double MAX_SCALE = 3;
    private static final double THUMB = 40;
    private static final double COLUMN = 120;
    private static final double ROW = 52;
    private static final double TOP = 50;
    /** Room under the neurons for the two legends, and the "+k more" line above them when a layer has it (the legend moves down by it). */
    private static final double LEGENDS = 70;
    private static final double MORE = 20;

    private final PlaygroundViewModel model;
    /** The graph at its natural size (the id "network"), drawn scaled into {@link #outer}. */
    private final Pane pane = new Pane();
    private final javafx.scene.transform.Scale zoom = new javafx.scene.transform.Scale(1, 1, 0, 0);
    /** "- layer" and "+ layer", at the pane's top left whatever the network: a second click never misses. */
    private final HBox layerButtons;
    private final Pane outer;
    /** Neurons drawn per layer at most: as many as fit the pane at the current scale. */
    private int shown = SHOWN;
    /** The rows the graph's scale is fitted to: fewer make it larger (presentation mode). */
    private final javafx.beans.property.IntegerProperty designRows = new javafx.beans.property.SimpleIntegerProperty(SHOWN);
    private TrainingSnapshot lastSnapshot;
    private final List<List<ImageView>> thumbnails = new ArrayList<>();
    /** The links, drawn on one canvas under transparent lines that take the mouse. */
    private final LinkLayer linkLayer = new LinkLayer();
    private final NeuronPictures pictures = new NeuronPictures();
    private final javafx.beans.property.StringProperty weightError = new javafx.beans.property.SimpleStringProperty("");
    private int[] builtFor;
    /** The legends under the graph: the graph is scaled so that they fit its pane too. */
    private HBox legend;
    private HBox activations;
    /** The pictures the thumbnails show (redrawn only when a snapshot brings new ones). */
    private PlaneOutputs painted;

    public NetworkView(PlaygroundViewModel model) {
        this.model = model;
        pane.setId("network");
        pane.getTransforms().add(zoom);
        Button addLayer = NetworkParts.smallButton("+ layer", "Add a hidden layer before the output", model.network()::addLayer);
        addLayer.setId("add-layer");
        Button removeLayer = NetworkParts.smallButton("\u2212 layer", "Remove the last hidden layer", model.network()::removeLayer);
        removeLayer.setId("remove-layer");
        layerButtons = new HBox(4, removeLayer, addLayer);
        layerButtons.setAlignment(Pos.CENTER_LEFT);
        outer = new Pane(linkLayer, pane, layerButtons) {
            @Override
            protected void layoutChildren() {
                placeGraph(this);
            }

            @Override
            protected double computePrefWidth(double height) {
                return 480;
            }

            @Override
            protected double computePrefHeight(double width) {
                return 400;
            }
        };
        outer.setId("network-pane");
        outer.setMinSize(300, 300);
        outer.heightProperty().addListener(o -> javafx.application.Platform.runLater(this::fitRows));
        designRows.addListener(o -> {
            outer.requestLayout();
            javafx.application.Platform.runLater(this::fitRows);
        });
        outer.widthProperty().addListener(o -> javafx.application.Platform.runLater(this::fitRows));
        ObservableValue<TrainingSnapshot> snapshots = model.snapshotProperty();
        snapshots.addListener((o, old, s) -> update(s));
        update(snapshots.getValue());
    }

    /** The node to place in a layout: it scales the graph to its own size. */
    public Pane node() {
        return outer;
    }

    /**
     * The rows of neurons the graph's scale is fitted to ({@link #SHOWN} by default; presentation
     * mode asks for fewer, so that its taller toolbar does not make the graph smaller).
     */
    public javafx.beans.property.IntegerProperty designRowsProperty() {
        return designRows;
    }

    /** The graph's scale: its natural size (8 rows of neurons) fitted to the pane, in [{@link #MIN_SCALE}, {@link #MAX_SCALE}]. */
    double scale() {
        return zoom.getX();
    }

    private double top() {
        return layerButtons.prefHeight(-1) + 8;
    }

    /** Scales the graph to fit the pane: depends on the pane's size and the number of layers, not on their widths. */
    private void placeGraph(Pane into) {
        layerButtons.autosize();
        layerButtons.relocate(4, 4);
        double natW = builtFor == null ? COLUMN * 4 : x(builtFor.length - 1) + THUMB + 40;
        for (HBox l : new HBox[] {legend, activations}) {
            if (l != null) {
                natW = Math.max(natW, l.getLayoutX() + l.prefWidth(-1) + 4);
            }
        }
        double natH = TOP + ROW * designRows.get() + legendRoom(designRows.get());
        double k = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(into.getWidth() / natW, (into.getHeight() - top()) / natH)));
        zoom.setX(k);
        zoom.setY(k);
        // the snapshots' thumbnails at the size they are drawn, every hidden layer (each has its column)
        model.drawThumbnails(PlaneDetail.cellsFor(THUMB * k), null);
        pane.resizeRelocate(0, top(), natW, TOP + ROW * shown + legendRoom(shown));
        linkLayer.relocate(0, top());
        linkLayer.fit(natW, TOP + ROW * shown + legendRoom(shown), k);
    }

    /**
     * Room for the legends under {@code rows} rows of neurons, at natural size: more when a layer
     * is wider and says "+k more" above them (its second line fell under the status line at
     * 1920 x 1080 in presentation mode).
     */
    private double legendRoom(int rows) {
        int tallest = builtFor == null ? 0 : java.util.Arrays.stream(builtFor).max().orElse(0);
        return tallest > rows ? LEGENDS + MORE : LEGENDS;
    }

    /** Shows as many neurons per layer as fit the pane at the current scale (at least {@link #SHOWN}). */
    private void fitRows() {
        outer.layout();
        double room = (outer.getHeight() - top()) / Math.max(MIN_SCALE, scale()) - TOP;
        int rows = (int) Math.floor((room - LEGENDS) / ROW);
        if (legendRoom(rows) > LEGENDS) {
            rows = (int) Math.floor((room - LEGENDS - MORE) / ROW);
        }
        rows = Math.max(designRows.get(), Math.min(32, rows));
        if (rows != shown) {
            shown = rows;
            if (builtFor != null && lastSnapshot != null) {
                build(lastSnapshot.weights());
                recolour(lastSnapshot);
            }
        }
    }

    private void update(TrainingSnapshot s) {
        if (s == null || s.weights() == null) {
            return;
        }
        lastSnapshot = s;
        Network net = s.weights();
        int[] sizes = net.layerSizes();
        if (builtFor == null || !java.util.Arrays.equals(builtFor, sizes)) {
            build(net);
        }
        recolour(s);
    }

    /**
     * Columns stand {@link #COLUMN} apart, so a layer's buttons stay put however many neurons it
     * has; beyond six gaps they come closer so that 720 pixels hold them all (down to 60 apart).
     */
    private double x(int layer) {
        double spacing = Math.max(60, Math.min(COLUMN, 720.0 / Math.max(1, builtFor.length - 1)));
        return 64 + layer * spacing;
    }

    private static double y(int unit) {
        return TOP + unit * ROW;
    }

    private void build(Network net) {
        builtFor = net.layerSizes();
        painted = null;
        pane.getChildren().clear();
        thumbnails.clear();
        linkLayer.clear();
        List<Node> lines = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<String> inputs = model.data().featureLabels();
        for (int l = 0; l + 1 < builtFor.length; l++) {
            for (int i = 0; i < Math.min(shown, builtFor[l]); i++) {
                for (int j = 0; j < Math.min(shown, builtFor[l + 1]); j++) {
                    Line line = NetworkParts.link(model, l, i, j, name(l, i), name(l + 1, j), weightError);
                    line.setStartX(x(l) + THUMB);
                    line.setStartY(y(i) + THUMB / 2);
                    line.setEndX(x(l + 1));
                    line.setEndY(y(j) + THUMB / 2);
                    linkLayer.add(l, i, j, line.getStartX(), line.getStartY(), line.getEndX(), line.getEndY());
                    lines.add(line);
                }
            }
        }
        for (int l = 0; l < builtFor.length; l++) {
            List<ImageView> layerViews = new ArrayList<>();
            int count = Math.min(shown, builtFor[l]);
            for (int j = 0; j < count; j++) {
                String name = name(l, j);
                int layer = l;
                int unit = j;
                // its weights and bias, and z and a at the point under the mouse
                int picture = linkLayer.addPicture(x(l), y(j), THUMB);
                ImageView view = NetworkParts.neuron(THUMB, describe(l, j, name), (u, v) -> describe(layer, unit, name)
                        + NetworkParts.neuronValues(lastSnapshot, layer, unit, u, v), linkLayer.atlas(), () -> linkLayer.cell(picture));
                layerViews.add(view);
                view.setLayoutX(x(l));
                view.setLayoutY(y(j));
                Rectangle frame = new Rectangle(x(l) - 1, y(j) - 1, THUMB + 2, THUMB + 2);
                frame.setFill(Color.TRANSPARENT);
                frame.setStroke(Color.gray(0.45));
                nodes.add(frame);
                nodes.add(view);
                if (l == builtFor.length - 1) {
                    // the output says which class (or the predicted value) it is
                    Label label = new Label(name);
                    label.setId("output-label-" + j);
                    label.setLayoutX(x(l) + THUMB + 4);
                    label.setLayoutY(y(j) + THUMB / 2 - 8);
                    label.setStyle("-fx-font-size: 0.92em;");
                    nodes.add(label);
                }
                if (l == 0) {
                    Label label = new Label(name);
                    label.setLayoutX(4);
                    label.setLayoutY(y(j) + THUMB / 2 - 8);
                    label.setStyle("-fx-font-size: 0.92em;");
                    nodes.add(label);
                }
            }
            if (builtFor[l] > shown) {
                Label more = new Label("+" + (builtFor[l] - shown) + " more");
                more.setLayoutX(x(l));
                more.setLayoutY(y(shown) + 2);
                nodes.add(more);
            }
            thumbnails.add(layerViews);
            if (l > 0 && l < builtFor.length - 1) {
                int layer = l - 1;
                Button minus = NetworkParts.smallButton("\u2212", "One neuron fewer in this layer", () -> model.network().resizeLayer(layer, -1));
                Button plus = NetworkParts.smallButton("+", "One neuron more in this layer", () -> model.network().resizeLayer(layer, +1));
                HBox buttons = new HBox(2, minus, plus);
                buttons.setLayoutX(x(l) - 6);
                buttons.setLayoutY(6);
                Label width = new Label();
                width.setLayoutX(x(l) - 6);
                width.setLayoutY(TOP - 20);
                width.setStyle("-fx-font-size: 0.85em;");
                NetworkParts.fit(width, builtFor[l] + (builtFor[l] == 1 ? " neuron" : " neurons"), Integer.toString(builtFor[l]), x(l + 1) - x(l) - 4);
                nodes.add(buttons);
                nodes.add(width);
            }
        }
        Label in = new Label("inputs");
        in.setLayoutX(x(0));
        in.setLayoutY(TOP - 20);
        in.setStyle("-fx-font-size: 0.85em;");
        Label out = new Label("output");
        out.setLayoutX(x(builtFor.length - 1));
        out.setLayoutY(TOP - 20);
        out.setStyle("-fx-font-size: 0.85em;");
        pane.getChildren().add(new javafx.scene.Group(lines));
        pane.getChildren().addAll(nodes);
        legend = LinkScale.legend();
        legend.setLayoutX(4);
        int tallest = java.util.Arrays.stream(builtFor).max().orElse(1);
        legend.setLayoutY(y(Math.min(shown, tallest)) + 4 + (tallest > shown ? MORE : 0));
        activations = LinkScale.activationLegend();
        activations.setLayoutX(4);
        activations.setLayoutY(legend.getLayoutY() + 22);
        pane.getChildren().addAll(in, out, legend, activations);
        outer.requestLayout();
    }

    /** The width drawn of the link of W[l][i][j] (pixels at the graph's natural size), NaN if not drawn. */
    double linkWidth(int l, int i, int j) {
        return linkLayer.width(l, i, j);
    }

    /** The last refused weight edit, for the status line. */
    javafx.beans.property.StringProperty weightErrorProperty() {
        return weightError;
    }

    /** The graph's name of neuron {@code unit} of layer {@code layer}: x1, h1.2, or the output's p(1), p(k) or y. */
    private String name(int layer, int unit) {
        if (layer == 0) {
            List<String> inputs = model.data().featureLabels();
            return unit < inputs.size() ? inputs.get(unit) : "x" + (unit + 1);
        }
        if (layer < builtFor.length - 1) {
            return "h" + layer + "." + (unit + 1);
        }
        boolean classes = model.trainDataProperty().get() == null || model.trainDataProperty().get().isClassification();
        return !classes ? "y\u0302" : builtFor[layer] == 1 ? "p(1)" : "p(" + unit + ")";
    }

    private String describe(int layer, int unit, String name) {
        if (layer == 0) {
            return name + ": an input feature, its value over the plane";
        }
        String g = layer == builtFor.length - 1 ? "the output function" : model.network().activationProperty().get().sklearnName();
        return name + ": z = w \u00b7 a + b over the " + builtFor[layer - 1] + " values a of the layer before, then a = "
                + g + "(z)";
    }

    /** Puts the snapshot's values into the thumbnails and its weights into the links. */
    private void recolour(TrainingSnapshot s) {
        Network net = s.weights();
        PlaneOutputs plane = s.plane() == null ? null : s.plane().pictures();
        if (plane != null && plane != painted) {
            // the inputs' pictures change only with the grid
            int first = painted != null && painted.grid() == plane.grid() ? 1 : 0;
            painted = plane;
            int res = plane.grid().resolution();
            float[][] inputs = first == 0 ? NeuronPictures.inputGrids(plane, builtFor[0]) : null;
            int n = first == 0 ? 0 : thumbnails.get(0).size(); // the pictures are numbered layer by layer
            for (int l = first; l < builtFor.length; l++) {
                // a hidden layer whose pictures were not computed (not on screen) is drawn blank
                float[][] layer = l == 0 ? inputs : l == builtFor.length - 1 ? plane.output() : plane.hidden()[l - 1];
                for (int j = 0; j < thumbnails.get(l).size(); j++, n++) {
                    linkLayer.setPicture(n, pictures.paint(layer == null ? null : layer[j], res, l == builtFor.length - 1),
                            NeuronPictures.side(res));
                }
            }
            linkLayer.showPictures();
        }
        linkLayer.draw(net);
    }
}
