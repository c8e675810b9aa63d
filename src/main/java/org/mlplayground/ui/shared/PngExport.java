package org.mlplayground.ui.shared;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;

/** What a node shows, as an image that {@code io} can write off the FX thread. */
public final class PngExport {

    private PngExport() {
    }

    /** Snapshots {@code node}; call on the FX thread. */
    public static BufferedImage picture(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }
}
