package org.mlplayground.ui.shared;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where view-models send slow work (files, datasets, evaluations) so that the FX thread never
 * waits: {@link #worker(String)} runs it on one background thread, in the order given, and hands
 * the result (or the failure) back on the FX thread; {@link #immediate()} runs it at once on the
 * caller's thread, for tests.
 */
public interface Background {

    /**
     * Runs {@code work} and then {@code onSuccess} with its result, or {@code onFailure} with what
     * it threw (exceptions and errors such as {@link OutOfMemoryError}); both callbacks on the FX thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Starts nothing more; work already running may finish, its callbacks are dropped. */
    void shutdown();

    /** One daemon thread named {@code name}; callbacks through {@link Platform#runLater}. */
    static Background worker(String name) {
        return new Background() {
            private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });

            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                if (thread.isShutdown()) {
                    return;
                }
                thread.submit(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> {
                            if (!thread.isShutdown()) {
                                onSuccess.accept(result);
                            }
                        });
                    } catch (Exception | OutOfMemoryError e) {
                        Platform.runLater(() -> {
                            if (!thread.isShutdown()) {
                                onFailure.accept(e);
                            }
                        });
                    }
                });
            }

            @Override
            public void shutdown() {
                thread.shutdownNow();
            }
        };
    }

    /** Runs the work and its callback at once on the calling thread (tests). */
    static Background immediate() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | OutOfMemoryError e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void shutdown() {
            }
        };
    }

    /** Holds the work until {@link #runAll()}: tests see what happens while something is still being built. */
    final class Queued implements Background {
        private final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> immediate().run(work, onSuccess, onFailure));
        }

        /** Runs every held piece of work and its callback, in order, on the calling thread. */
        public void runAll() {
            while (!waiting.isEmpty()) {
                waiting.poll().run();
            }
        }

        @Override
        public void shutdown() {
            waiting.clear();
        }
    }

    /** The sentence a failure shows: its message, or its kind when it has none. */
    static String sentence(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "there is not enough memory for this (" + e.getMessage() + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
