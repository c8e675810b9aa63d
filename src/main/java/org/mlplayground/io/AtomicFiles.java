package org.mlplayground.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written whole or not at all: a temporary file beside the target, forced to disk, then
 * renamed over it, so a crash or a kill mid-save leaves the previous file whole.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** How old a temporary file must be to count as left behind by a killed save, not one under way. */
    private static final long LEFTOVER_MILLIS = 60_000;

    private static void removeLeftovers(Path dir, String prefix) {
        long now = System.currentTimeMillis();
        try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path p : found) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && now - Files.getLastModifiedTime(p).toMillis() > LEFTOVER_MILLIS) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning up is a courtesy: the save itself goes on
        }
    }

    private static void setPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /**
     * Writes bytes to a temporary file beside {@code file}, then renames it over {@code file}. The
     * file gets the permissions of the one it replaces, or rw-r--r-- (0644) when new, like any
     * document (a temporary file alone would be 0600). Temporary files that an earlier, killed
     * save left behind ({@code .name.*.tmp}, untouched for a minute) are removed first.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String prefix = "." + target.getFileName() + ".";
        removeLeftovers(dir, prefix);
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            Files.write(temp, bytes);
            setPermissions(temp, target);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
