package org.mlplayground.nn;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The large dense products through native OpenBLAS ({@code dgemm} via dev.ludovic.netlib's JNI
 * binding) where the machine has {@code libopenblas.so.0} (Debian: {@code libopenblas0}, which
 * numpy pulls in), on flat row-major buffers:
 *
 * <pre>
 *   multiply:            Z (n x m) = A (n x k) W (k x m) + 1 b^T
 *   multiplyTransposed:  G (k x m) = A^T (k x n) D (n x m)
 * </pre>
 *
 * The default {@code libopenblas.so.0} (threaded, as numpy uses it) is loaded: on a quiet 2-core
 * machine its second thread made an epoch of standardized MNIST 784-128-10 0.47 s against 0.60 s
 * single-threaded. {@code -Dmlp.blas=openblas-serial} takes Debian's serial build
 * ({@code libopenblas0-serial}) where installed instead: each call runs on its caller and no
 * OpenBLAS thread spins with {@code sched_yield} between calls, which on a busy machine costs less
 * CPU time (0.45x scikit-learn's against 0.7x) and less wall time. The engine calls it from
 * one thread at a time (called side by side from two threads, the serial build gave different
 * bits from run to run). The threaded build splits a product over its own threads by blocks of
 * the output, each entry summed by one thread in one order, so the bits do not depend on the
 * number of threads either. Without the
 * library, or with {@code -Dmlp.blas=java}, {@link #available()} is false and the callers use
 * {@link DenseKernels}: {@code java -jar} runs anywhere. Only OpenBLAS is loaded (not whatever
 * {@code libblas.so.3} points to: the reference BLAS would be slower than the Java kernels),
 * unless {@code -Ddev.ludovic.netlib.blas.nativeLib} names another library.
 */
public final class NativeGemm {

    private static final Logger QUIET = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
    /** Debian's single-threaded OpenBLAS ({@code libopenblas0-serial}), where multiarch puts it. */
    private static final String SERIAL = "/usr/lib/" + multiarch() + "/openblas-serial/libopenblas.so.0";
    /** Whether the library loaded is the serial one (set by {@link #load}). */
    private static boolean serial;
    private static final BLAS BLAS_INSTANCE = load();
    /** Tests turn native products off to check the Java kernels on the same machine. */
    static volatile boolean enabled = true;

    private NativeGemm() {
    }

    /** Whether native OpenBLAS is loaded and allowed. */
    public static boolean available() {
        return BLAS_INSTANCE != null && enabled;
    }

    /**
     * Whether products of the calling thread may go native: {@link #available()} and not on a
     * thread of {@link WorkerPool#singleThreadedFactory} (a sweep, one fit per core). There the
     * threaded OpenBLAS would put its own threads on cores the other fits use (its threads spin
     * with {@code sched_yield}: on 2 cores, 2 fits of 784-100-100-10 side by side took 1.4-5 s
     * each against 0.7-1.1 s with the Java kernels), and calls side by side from several threads
     * are what gave different bits from run to run with the serial build.
     */
    static boolean usableHere() {
        return available() && !WorkerPool.callerRunsAlone();
    }

    /** A short name of the dense backend in use, for benchmarks. */
    public static String describe() {
        if (!available()) {
            return "Java kernels";
        }
        String path = System.getProperty("dev.ludovic.netlib.blas.nativeLibPath");
        return "OpenBLAS (native, " + (path != null ? path : System.getProperty("dev.ludovic.netlib.blas.nativeLib"))
                + (serial ? ", serial" : ", its own threads") + ")";
    }

    private static String multiarch() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64" -> "aarch64-linux-gnu";
            default -> arch + "-linux-gnu";
        };
    }

    private static BLAS load() {
        String choice = System.getProperty("mlp.blas", "");
        if ("java".equalsIgnoreCase(choice)) {
            return null;
        }
        if (System.getProperty("dev.ludovic.netlib.blas.nativeLib") == null
                && System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") == null) {
            // the default (threaded) build, or the serial one where asked for and installed
            if ("openblas-serial".equalsIgnoreCase(choice) && java.nio.file.Files.isReadable(java.nio.file.Path.of(SERIAL))) {
                System.setProperty("dev.ludovic.netlib.blas.nativeLibPath", SERIAL);
            } else {
                System.setProperty("dev.ludovic.netlib.blas.nativeLib", "libopenblas.so.0");
            }
        }
        String path = System.getProperty("dev.ludovic.netlib.blas.nativeLibPath");
        serial = path != null && path.contains("openblas-serial");
        Level before = QUIET.getLevel();
        QUIET.setLevel(Level.OFF);
        try {
            BLAS b = NativeBLAS.getInstance();
            if (b == null) {
                return null;
            }
            double[] one = {2.0};
            double[] out = {0.0};
            b.dgemm("N", "N", 1, 1, 1, 1.0, one, 1, one, 1, 0.0, out, 1);
            return out[0] == 4.0 ? b : null;
        } catch (Throwable t) {
            return null;
        } finally {
            QUIET.setLevel(before);
        }
    }

    /** z (n x m, row-major) = a (n x k) w (k x m) + bias on every row (bias may be null). */
    static void multiply(double[] a, int n, int k, double[] w, double[] bias, double[] z, int m) {
        double beta = 0.0;
        if (bias != null) {
            for (int r = 0; r < n; r++) {
                System.arraycopy(bias, 0, z, r * m, m);
            }
            beta = 1.0;
        }
        // row-major Z = A W is column-major Z^T = W^T A^T
        BLAS_INSTANCE.dgemm("N", "N", m, n, k, 1.0, w, m, a, k, beta, z, m);
    }

    /** out (n x k, row-major) = d w^T, with d (n x m) and w (k x m): a delta taken back through a layer. */
    static void multiplyByTransposed(double[] d, int n, int m, double[] w, int k, double[] out) {
        // row-major OUT = D W^T is column-major OUT^T = W D^T
        BLAS_INSTANCE.dgemm("T", "N", k, n, m, 1.0, w, m, d, m, 0.0, out, k);
    }

    /** g (k x m, row-major) = a^T d, with a (n x k) and d (n x m). */
    static void multiplyTransposed(double[] a, int n, int k, double[] d, double[] g, int m) {
        // row-major G = A^T D is column-major G^T = D^T A
        BLAS_INSTANCE.dgemm("N", "T", m, k, n, 1.0, d, m, a, k, 0.0, g, m);
    }
}
