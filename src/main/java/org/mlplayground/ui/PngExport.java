package org.mlplayground.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a node shows to a PNG file (through a temporary file, so a failure leaves no half image). */
final class PngExport {

    private PngExport() {
    }

    /** Snapshots {@code node} (on the FX thread) and writes it to {@code file}. */
    static void write(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
