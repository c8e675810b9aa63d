package org.mlplayground.nn;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dense products through native OpenBLAS ({@code dgemm} via dev.ludovic.netlib's JNI
 * binding) where the machine has {@code libopenblas.so.0} (Debian: {@code libopenblas0}, which
 * numpy pulls in), on flat row-major buffers:
 *
 * <pre>
 *   multiply:            Z (n x m) = A (n x k) W (k x m) + 1 b^T
 *   multiplyTransposed:  G (k x m) = A^T (k x n) D (n x m)
 * </pre>
 *
 * <p>Once loaded, OpenBLAS is told through JNA to run every call on its caller alone
 * ({@code openblas_set_num_threads(1)}): the engine's own {@link WorkerPool} is then the only
 * source of threads, a large batch goes forward and backward as two shards side by side, each
 * with its own calls, and a sweep runs one fit per core, each calling OpenBLAS. The threaded
 * build is safe to call from several threads at once (its buffers are taken under a lock; the
 * serial build's are not, which gave different bits from run to run); each product is computed
 * by one thread in one order, so the bits do not depend on the number of threads. On an idle
 * 2-core machine an epoch of standardized MNIST 784-128-10 took 0.44 s with OpenBLAS's own two
 * threads (they spin between calls, on the core the engine's other work needs;
 * {@code -Dmlp.blas.ownThreads=true}) and 0.33 s with the batch split over the engine's threads.
 * If the library is not the pthreads build or JNA cannot load, {@link #onCaller()} is false and
 * the old rule holds: products go native from one thread at a time, never from a sweep's threads.
 *
 * <p>Without the library, or with {@code -Dmlp.blas=java}, {@link #available()} is false and the
 * callers use {@link DenseKernels}: {@code java -jar} runs anywhere. Only OpenBLAS is loaded (not
 * whatever {@code libblas.so.3} points to: the reference BLAS would be slower than the Java
 * kernels), unless {@code -Ddev.ludovic.netlib.blas.nativeLib} names another library.
 */
public final class NativeGemm {

    private static final Logger QUIET = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
    private static final String LIBRARY = "libopenblas.so.0";
    /** Whether each call runs on its caller alone (set by {@link #load}). */
    private static boolean onCaller;
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
     * Whether each native call runs on its caller alone, so that several threads may call side by
     * side (a batch's shards, a sweep's fits).
     */
    static boolean onCaller() {
        return available() && onCaller;
    }

    /**
     * Whether products of the calling thread may go native: {@link #available()}, and, unless
     * {@link #onCaller()}, not on a thread of {@link WorkerPool#singleThreadedFactory} (a sweep, one
     * fit per core), where OpenBLAS's own threads would take the cores the other fits use (2 fits of
     * 784-100-100-10 side by side took 1.4-5 s each against 0.7-1.1 s with the Java kernels).
     */
    static boolean usableHere() {
        return available() && (onCaller || !WorkerPool.callerRunsAlone());
    }

    /** A short name of the dense backend in use, for benchmarks. */
    public static String describe() {
        if (!available()) {
            return "Java kernels";
        }
        String path = System.getProperty("dev.ludovic.netlib.blas.nativeLibPath");
        return "OpenBLAS (native, " + (path != null ? path : System.getProperty("dev.ludovic.netlib.blas.nativeLib"))
                + (onCaller ? ", one thread per call, batches split over the engine's threads)" : ", its own threads)");
    }

    /** The few OpenBLAS functions beyond BLAS that the engine calls, through JNA. */
    public interface OpenBlasThreads extends com.sun.jna.Library {
        /** Sets the number of threads OpenBLAS splits a call over. */
        void openblas_set_num_threads(int threads);

        /** The number of threads OpenBLAS splits a call over. */
        int openblas_get_num_threads();

        /** How the library was built: 0 serial, 1 pthreads, 2 OpenMP. */
        int openblas_get_parallel();
    }

    private static BLAS load() {
        if ("java".equalsIgnoreCase(System.getProperty("mlp.blas", ""))) {
            return null;
        }
        if (System.getProperty("dev.ludovic.netlib.blas.nativeLib") == null
                && System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") == null) {
            System.setProperty("dev.ludovic.netlib.blas.nativeLib", LIBRARY);
        }
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
            if (out[0] != 4.0) {
                return null;
            }
            onCaller = pinToCaller();
            return b;
        } catch (Throwable t) {
            return null;
        } finally {
            QUIET.setLevel(before);
        }
    }

    /** Tells the loaded OpenBLAS to use one thread per call; true if it took. */
    private static boolean pinToCaller() {
        String path = System.getProperty("dev.ludovic.netlib.blas.nativeLibPath");
        String name = path != null ? path : System.getProperty("dev.ludovic.netlib.blas.nativeLib");
        if (Boolean.getBoolean("mlp.blas.ownThreads") || name == null || !name.contains("openblas")) {
            return false;
        }
        try {
            OpenBlasThreads threads = com.sun.jna.Native.load(name, OpenBlasThreads.class);
            if (threads.openblas_get_parallel() != 1) {
                return false; // only the pthreads build takes its buffers under a lock
            }
            threads.openblas_set_num_threads(1);
            return threads.openblas_get_num_threads() == 1;
        } catch (Throwable t) {
            return false;
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
