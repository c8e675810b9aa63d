package org.mlplayground.data;

import java.io.IOException;

/** A data file that cannot be read; the message names the file and what is wrong with it. */
public final class DataFileException extends IOException {

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
