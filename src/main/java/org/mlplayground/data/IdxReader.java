package org.mlplayground.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A strict reader of IDX files (the MNIST format), raw or gzip-compressed: two zero bytes, a
 * type byte (0x08 ubyte, 0x09 byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double), the number of
 * dimensions, each dimension as a big-endian int, then exactly that many values, big-endian.
 * Anything else is refused with a {@link DataFileException} naming the file and the fault.
 */
public final class IdxReader {

    /** The most data bytes a file may declare (512 MiB; MNIST's training images are 47 MB). */
    public static final long MAX_BYTES = 512L << 20;

    private IdxReader() {
    }

    /** Reads an IDX file, gunzipping it if it starts with the gzip magic bytes. */
    public static IdxArray read(Path file) throws DataFileException {
        UserFiles.requireReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads an IDX stream; {@code name} is used in error messages. */
    public static IdxArray read(InputStream raw, String name) throws DataFileException {
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            buffered.mark(2);
            int b0 = buffered.read();
            int b1 = buffered.read();
            buffered.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b
                    ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
            return parse(new DataInputStream(in), name);
        } catch (ZipException e) {
            throw new DataFileException(name + " is not a valid gzip file: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new DataFileException(name + " is truncated: it ends before the data its header announces", e);
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DataFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static IdxArray parse(DataInputStream in, String name) throws IOException {
        int zero0 = in.read();
        int zero1 = in.read();
        if (zero0 < 0 || zero1 < 0) {
            throw new DataFileException(name + " is empty or too short to be an IDX file");
        }
        if (zero0 != 0 || zero1 != 0) {
            throw new DataFileException(String.format("%s is not an IDX file: it starts with bytes 0x%02x 0x%02x, not 0x00 0x00",
                    name, zero0, zero1));
        }
        int type = in.readUnsignedByte();
        int width = typeWidth(type);
        if (width == 0) {
            throw new DataFileException(String.format("%s has unknown IDX type byte 0x%02x (expected 08, 09, 0B, 0C, 0D or 0E)",
                    name, type));
        }
        int rank = in.readUnsignedByte();
        if (rank == 0) {
            throw new DataFileException(name + " declares 0 dimensions");
        }
        int[] shape = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++) {
            shape[d] = in.readInt();
            if (shape[d] < 0) {
                throw new DataFileException(name + " declares a negative size " + shape[d] + " for dimension " + d);
            }
            count *= shape[d];
            if (count * width > MAX_BYTES) {
                throw new DataFileException(name + " declares more than " + (MAX_BYTES >> 20) + " MiB of data (dimension "
                        + d + " is " + shape[d] + "), the limit");
            }
        }
        // readNBytes grows with the data actually present, so a corrupt header announcing
        // gigabytes costs nothing before the truncation is noticed
        byte[] data = in.readNBytes((int) (count * width));
        if (data.length < count * width) {
            throw new DataFileException(name + " is truncated: its header announces " + count * width
                    + " bytes of data but only " + data.length + " follow");
        }
        if (in.read() != -1) {
            throw new DataFileException(name + " has extra bytes after the " + count + " values its header announces");
        }
        if (type == IdxArray.UNSIGNED_BYTE) {
            return new IdxArray(shape, type, data, null);
        }
        return new IdxArray(shape, type, null, decode(data, type, (int) count));
    }

    private static int typeWidth(int type) {
        switch (type) {
            case 0x08:
            case 0x09:
                return 1;
            case 0x0B:
                return 2;
            case 0x0C:
            case 0x0D:
                return 4;
            case 0x0E:
                return 8;
            default:
                return 0;
        }
    }

    private static double[] decode(byte[] data, int type, int count) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            switch (type) {
                case 0x09:
                    out[i] = buf.get();
                    break;
                case 0x0B:
                    out[i] = buf.getShort();
                    break;
                case 0x0C:
                    out[i] = buf.getInt();
                    break;
                case 0x0D:
                    out[i] = buf.getFloat();
                    break;
                default:
                    out[i] = buf.getDouble();
                    break;
            }
        }
        return out;
    }
}
