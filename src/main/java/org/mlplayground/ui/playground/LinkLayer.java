package org.mlplayground.ui.playground;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.mlplayground.nn.Network;
import org.mlplayground.ui.shared.Palette;

/**
 * The network graph's links and its neurons' pictures drawn on one canvas (the id
 * "link-canvas"): links coloured by the sign of their weight, as wide as {@link LinkScale} says. The graph is drawn scaled (and the window
 * zoomed): the canvas has as many pixels as the graph has on screen and stands on whole screen
 * pixels, so its lines are as sharp as line nodes at any size. One
 * canvas instead of a line node per link: a snapshot changes no node's bounds, so the scene does
 * not walk some 350 lines and 50 images per frame. The hover and click stay with transparent
 * nodes over it (made by {@link NetworkParts#link} and {@link NetworkParts#neuron}). It only draws.
 */
final class LinkLayer extends Canvas {

    /** The opacity of a link (overlapping links show through each other). */
    static final double OPACITY = 0.85;

    private int count;
    private int[] layer = new int[0];
    private int[] from = new int[0];
    private int[] to = new int[0];
    /** Start and end of each link, in the graph's natural coordinates. */
    private double[] ends = new double[0];
    private double[] widths = new double[0];
    /** The places of the neurons' pictures (drawn over the links, under the graph's frames): x, y, side. */
    private final java.util.List<double[]> places = new java.util.ArrayList<>();
    /**
     * The pictures side by side in one image, each cell a picture with a copy of its edge around
     * it (smooth scaling then reads no neighbour). A new image for every set of new pictures: the
     * renderer may still be reading the last one, which is never written again.
     */
    private final javafx.beans.property.ObjectProperty<javafx.scene.image.Image> atlas =
            new javafx.beans.property.SimpleObjectProperty<>();
    private int[] atlasPixels = new int[0];
    private int side;
    private int columns = 1;
    private double scale = 1;
    /** The window's zoom (the scene's pixels per pixel of the graph's pane) the canvas is sized for. */
    private double zoom = 1;
    private final javafx.scene.transform.Scale unzoom = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private double naturalWidth;
    private double naturalHeight;
    private Network last;

    LinkLayer() {
        setId("link-canvas");
        setMouseTransparent(true);
        getTransforms().add(unzoom);
    }

    /** Forgets every link (the graph is built again). */
    void clear() {
        count = 0;
        last = null;
        places.clear();
        atlas.set(null);
        side = 0;
    }

    /** Adds the place of a neuron's picture, {@code side} square at (x, y) in natural coordinates; returns its number. */
    int addPicture(double x, double y, double side) {
        places.add(new double[] {x, y, side});
        return places.size() - 1;
    }

    /** The image of every picture (null before the first ones), for a tooltip that shows one large. */
    javafx.beans.value.ObservableValue<javafx.scene.image.Image> atlas() {
        return atlas;
    }

    /** Where picture {@code n} lies in {@link #atlas}. */
    javafx.geometry.Rectangle2D cell(int n) {
        int s = side + 2;
        return new javafx.geometry.Rectangle2D(n % columns * s + 1, n / columns * s + 1, side, side);
    }

    /**
     * Sets picture {@code n} to {@code pixels}, {@code size} pixels square (ARGB); pictures of
     * another size forget the others (they come all anew). Shown from {@link #showPictures}.
     */
    void setPicture(int n, int[] pixels, int size) {
        if (size != side) {
            side = size;
            columns = Math.max(1, (int) Math.ceil(Math.sqrt(places.size())));
            int rows = (places.size() + columns - 1) / columns;
            atlasPixels = new int[columns * (side + 2) * Math.max(1, rows) * (side + 2)];
        }
        int width = columns * (side + 2);
        int x0 = n % columns * (side + 2);
        int y0 = n / columns * (side + 2);
        for (int r = -1; r <= side; r++) {
            int from = Math.max(0, Math.min(side - 1, r)) * side;
            int to = (y0 + 1 + r) * width + x0;
            atlasPixels[to] = pixels[from];
            System.arraycopy(pixels, from, atlasPixels, to + 1, side);
            atlasPixels[to + side + 1] = pixels[from + side - 1];
        }
    }

    /** Shows the pictures set since the last call, in a new image, with the next {@link #draw}. */
    void showPictures() {
        if (side == 0) {
            return;
        }
        int width = columns * (side + 2);
        int height = atlasPixels.length / width;
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(width, height);
        // the colours are opaque, so premultiplied is the same and skips a conversion per pixel
        image.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                atlasPixels, 0, width);
        atlas.set(image);
    }

    /** Adds the link of weight W[l][i][j], from (x0, y0) to (x1, y1) in the graph's natural coordinates. */
    void add(int l, int i, int j, double x0, double y0, double x1, double y1) {
        if (count == layer.length) {
            int n = Math.max(64, 2 * count);
            layer = java.util.Arrays.copyOf(layer, n);
            from = java.util.Arrays.copyOf(from, n);
            to = java.util.Arrays.copyOf(to, n);
            ends = java.util.Arrays.copyOf(ends, 4 * n);
            widths = java.util.Arrays.copyOf(widths, n);
        }
        layer[count] = l;
        from[count] = i;
        to[count] = j;
        ends[4 * count] = x0;
        ends[4 * count + 1] = y0;
        ends[4 * count + 2] = x1;
        ends[4 * count + 3] = y1;
        widths[count] = LinkScale.THINNEST;
        count++;
    }

    /**
     * Sizes the canvas to the graph's {@code width} x {@code height} drawn {@code k} times as large
     * (the caller places it where the graph is), and redraws.
     */
    void fit(double width, double height, double k) {
        double z = sceneZoom();
        if (width == naturalWidth && height == naturalHeight && k == scale && z == zoom) {
            return;
        }
        naturalWidth = width;
        naturalHeight = height;
        scale = k;
        zoom = z;
        size();
        if (last != null) {
            draw(last);
        }
    }

    /** The scene's pixels per pixel of the pane the canvas lies in (the window's zoom), 1 outside a scene. */
    private double sceneZoom() {
        double z = getParent() == null ? 1 : getParent().getLocalToSceneTransform().getMxx();
        return z > 0 ? z : 1;
    }

    private void size() {
        setWidth(Math.ceil(naturalWidth * scale * zoom) + 1);
        setHeight(Math.ceil(naturalHeight * scale * zoom) + 1);
        unzoom.setX(1 / zoom);
        unzoom.setY(1 / zoom);
    }

    /** Draws every link with its weight in {@code net}. */
    void draw(Network net) {
        last = net;
        // the canvas's pixels on the screen's: the graph may stand at a fraction of a pixel, and a
        // canvas drawn there would be resampled (blurred); it is moved back by that fraction instead
        double dx = 0;
        double dy = 0;
        if (getParent() != null && getScene() != null) {
            double z = sceneZoom();
            if (z != zoom) {
                zoom = z;
                size();
            }
            javafx.geometry.Point2D origin = getParent().localToScene(getLayoutX(), getLayoutY());
            dx = origin.getX() - Math.floor(origin.getX());
            dy = origin.getY() - Math.floor(origin.getY());
        }
        setTranslateX(-dx / zoom);
        setTranslateY(-dy / zoom);
        double k = scale * zoom;
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(new Affine());
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setGlobalAlpha(OPACITY);
        Color positive = Palette.CLASSES[1];
        Color negative = Palette.CLASSES[0];
        for (int n = 0; n < count; n++) {
            double w = net.weight(layer[n], from[n], to[n]);
            // in quarter pixels, as before on the line nodes
            widths[n] = Math.max(LinkScale.THINNEST, Math.round(LinkScale.width(w) * 4) / 4.0);
            double px = widths[n] * k;
            g.setStroke(w >= 0 ? positive : negative);
            g.setLineWidth(px);
            // in the screen's pixels, the ends' heights on the pixel grid: a level link is as sharp as a line node
            g.strokeLine(dx + ends[4 * n] * k, level(dy + ends[4 * n + 1] * k, px),
                    dx + ends[4 * n + 2] * k, level(dy + ends[4 * n + 3] * k, px));
        }
        g.setGlobalAlpha(1);
        // the pictures scaled smoothly, as an image view draws them (one canvas: no node's bounds change)
        g.setImageSmoothing(true);
        javafx.scene.image.Image pictures = atlas.get();
        for (int n = 0; pictures != null && n < places.size(); n++) {
            double[] at = places.get(n);
            javafx.geometry.Rectangle2D from = cell(n);
            g.drawImage(pictures, from.getMinX(), from.getMinY(), side, side, dx + at[0] * k, dy + at[1] * k,
                    at[2] * k, at[2] * k);
        }
    }

    /** {@code y} moved to the nearest height where a line {@code width} pixels wide covers whole pixels. */
    private static double level(double y, double width) {
        double half = Math.max(1, Math.round(width)) / 2.0;
        return Math.round(y - half) + half;
    }

    /** The width drawn of the link of W[l][i][j] (pixels at the graph's natural size), NaN if it is not drawn. */
    double width(int l, int i, int j) {
        for (int n = 0; n < count; n++) {
            if (layer[n] == l && from[n] == i && to[n] == j) {
                return widths[n];
            }
        }
        return Double.NaN;
    }
}
