package org.mlplayground.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window remembers between runs: its position and size in screen pixels, whether it was
 * maximized, and the playground's state text (see {@link PlaygroundState}), in a small properties
 * file (by default {@code ~/.mlp-playground/window.properties}).
 *
 * @param x          the window's left edge, screen pixels
 * @param y          the window's top edge, screen pixels
 * @param width      the window's width, at least 1
 * @param height     the window's height, at least 1
 * @param maximized  whether the window was maximized
 * @param state      the playground's state text, or "" for none
 */
public record WindowMemory(double x, double y, double width, double height, boolean maximized, String state) {

    /** The file the application uses under {@code home}. */
    public static Path defaultFile(Path home) {
        return home.resolve(".mlp-playground").resolve("window.properties");
    }

    /** The remembered window, or empty if there is no file or it cannot be read or makes no sense (it is then ignored). */
    public static Optional<WindowMemory> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            WindowMemory m = new WindowMemory(Double.parseDouble(p.getProperty("x")), Double.parseDouble(p.getProperty("y")),
                    Double.parseDouble(p.getProperty("width")), Double.parseDouble(p.getProperty("height")),
                    Boolean.parseBoolean(p.getProperty("maximized")), p.getProperty("state", ""));
            boolean sane = Double.isFinite(m.x) && Double.isFinite(m.y) && m.width >= 1 && m.height >= 1
                    && m.width < 100_000 && m.height < 100_000;
            return sane ? Optional.of(m) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes this to {@code file} (its folder is made if needed), replacing it at once so a crash leaves the old one. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("state", state == null ? "" : state);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "MLP Playground: the window and the playground's state at the last exit");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
