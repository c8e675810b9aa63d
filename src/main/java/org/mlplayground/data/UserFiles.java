package org.mlplayground.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a user names, checked before they are read so the message says which fault it is: the
 * file does not exist, is not a file (a folder), cannot be read (permissions), or is larger than
 * the reader's documented limit.
 */
public final class UserFiles {

    private UserFiles() {
    }

    /** Checks that {@code file} exists, is a regular file and is readable. */
    public static void requireReadable(Path file) throws DataFileException {
        if (!Files.exists(file)) {
            throw new DataFileException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file + " is not a file" + (Files.isDirectory(file) ? " (it is a folder)" : ""));
        }
        if (!Files.isReadable(file)) {
            throw new DataFileException(file + " cannot be read: permission denied");
        }
    }

    /** The bytes of {@code file}, refused (before reading) when larger than {@code maxBytes}. */
    public static byte[] readAll(Path file, long maxBytes) throws DataFileException {
        requireReadable(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DataFileException(file + " is " + mib(size) + "; the limit is " + mib(maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String mib(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
