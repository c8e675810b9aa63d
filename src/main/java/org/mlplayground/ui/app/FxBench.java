package org.mlplayground.ui.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mlplayground.train.TrainingState;
import org.mlplayground.ui.shared.SnapshotAdapter;

/**
 * {@code bench --fx}: the FX thread's work per frame on the real window, 1920x1080 in presentation
 * mode, while a 6x8 tanh network trains on the playground (spiral, every thumbnail live) and then
 * while 784-256-128-10 trains on the Digits tab. Per snapshot: the intake (the views taking in one
 * snapshot through {@link SnapshotAdapter}, canvases redrawn in their listeners); per pulse: the FX
 * thread's part of the scene pulse (CSS, layout, bounds, copy to the render graph, from JavaFX's
 * own pulse logger, in whole milliseconds) and the render thread's painting; and the FX thread's
 * CPU time per pulse and per snapshot, all work included (the pulses per second follow the
 * painting's speed, the snapshots the training's). Medians and 95th percentiles; needs a display (under
 * Xvfb, JavaFX paints in software). Bad options get one sentence.
 */
public final class FxBench {

    private static final Pattern PULSE = Pattern.compile("^PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");
    private static final Pattern PHASE = Pattern.compile("^T(\\d+) \\((\\d+) \\+(\\d+)ms\\): (.*)$");

    private final ConcurrentLinkedQueue<Long> intake = new ConcurrentLinkedQueue<>();
    private final List<double[]> pulses = new ArrayList<>(); // {fx ms, render ms}
    private double[] current;
    private volatile boolean measuring;
    private long fxThreadId;

    private FxBench() {
    }

    /** Runs the benchmark with {@code args} ({@code bench --fx [--seconds S]}); returns the exit code. */
    public static int run(String[] args, PrintStream out) throws Exception {
        double seconds = 5;
        for (int i = 0; i < args.length; i++) {
            if ("--seconds".equals(args[i]) && i + 1 < args.length) {
                try {
                    seconds = Double.parseDouble(args[++i]);
                } catch (NumberFormatException e) {
                    seconds = -1;
                }
                if (!(seconds >= 1 && seconds <= 600)) {
                    System.err.println("--seconds must be a number of seconds from 1 to 600, got " + args[i]);
                    return 2;
                }
            } else if (!"bench".equals(args[i]) && !"--fx".equals(args[i])) {
                System.err.println("bench --fx takes only --seconds S, got " + args[i]);
                return 2;
            }
        }
        return new FxBench().measure(seconds, out);
    }

    private int measure(double seconds, PrintStream out) throws Exception {
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "0");
        PrintStream err = System.err;
        System.setErr(new PrintStream(new LineSink(), true, StandardCharsets.UTF_8));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        PlaygroundApp app = new PlaygroundApp();
        fx(() -> {
            fxThreadId = Thread.currentThread().getId();
            Stage stage = new Stage();
            app.start(stage, new WindowOptions(true, false));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "FX thread per frame, window 1920x1080 in presentation mode, %s pipeline, %.0f s each%n",
                System.getProperty("prism.order", "default"), seconds);
        // the playground: spiral, 6 hidden layers of 8 tanh units, every thumbnail live
        fx(() -> {
            app.playground().applyPreset("spiral");
            app.playground().network().hiddenLayers().setAll(8, 8, 8, 8, 8, 8);
            return null;
        });
        waitFor(() -> app.playground().snapshotProperty().get().weights() != null
                && app.playground().snapshotProperty().get().weights().layerSizes().length == 8, 60);
        fx(() -> {
            app.playground().stopRules().enabledProperty().set(false);
            app.playground().togglePlay();
            return null;
        });
        waitFor(() -> app.playground().snapshotProperty().get().epoch() > 20, 120);
        report(out, "playground 6x8 (2-8x6-1 tanh)", app.playground().snapshots(), seconds, threads);
        fx(() -> {
            app.playground().togglePlay();
            app.tabPane().getSelectionModel().select(1);
            return null;
        });
        // the Digits tab: MNIST loads when it opens, then 784-256-128-10 trains on 20,000 digits
        waitFor(() -> app.digits().mnistProperty().get() != null, 300);
        fx(() -> {
            app.digits().settings().hiddenProperty().set("256-128");
            app.digits().settings().epochsProperty().set(50);
            app.digits().settings().trainSizeProperty().set(20_000);
            app.digits().train();
            return null;
        });
        waitFor(() -> app.digits().snapshotProperty().get().state() == TrainingState.RUNNING
                && app.digits().snapshots().deliveredCount() > 3, 300);
        report(out, "digits 784-256-128-10", app.digits().snapshots(), seconds, threads);
        System.setErr(err);
        return 0;
    }

    private void report(PrintStream out, String what, SnapshotAdapter adapter, double seconds, ThreadMXBean threads)
            throws Exception {
        fx(() -> {
            intake.clear();
            synchronized (this) {
                pulses.clear();
            }
            adapter.setDeliveryTimer(intake::add);
            measuring = true;
            return null;
        });
        long cpu0 = threads.getThreadCpuTime(fxThreadId);
        Thread.sleep((long) (seconds * 1000));
        long cpu1 = threads.getThreadCpuTime(fxThreadId);
        fx(() -> {
            measuring = false;
            adapter.setDeliveryTimer(null);
            return null;
        });
        double[] in = intake.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        double[] fxPulse;
        double[] render;
        synchronized (this) {
            fxPulse = pulses.stream().mapToDouble(p -> p[0]).sorted().toArray();
            render = pulses.stream().mapToDouble(p -> p[1]).sorted().toArray();
        }
        out.printf(Locale.ROOT, "%-30s intake %5.2f ms median, %5.2f p95 (%d snapshots); pulse on the FX thread %4.1f ms median,"
                + " %4.1f p95 (%d pulses); FX thread CPU %.2f ms per pulse (%.2f per snapshot); painting %4.1f ms median, %4.1f p95 (render thread)%n",
                what, pct(in, 50), pct(in, 95), in.length, pct(fxPulse, 50), pct(fxPulse, 95), fxPulse.length,
                fxPulse.length == 0 ? 0 : (cpu1 - cpu0) / 1e6 / fxPulse.length, in.length == 0 ? 0 : (cpu1 - cpu0) / 1e6 / in.length,
                pct(render, 50), pct(render, 95));
    }

    /** The {@code p}th percentile of sorted {@code v} (nearest rank), 0 if empty. */
    static double pct(double[] v, double p) {
        if (v.length == 0) {
            return 0;
        }
        return v[Math.min(v.length - 1, Math.max(0, (int) Math.ceil(p / 100 * v.length) - 1))];
    }

    /** One line of JavaFX's pulse logger (-Djavafx.pulseLogger), which writes to standard error. */
    private synchronized void line(String s) {
        Matcher m = PULSE.matcher(s);
        if (m.find()) {
            current = new double[2];
            if (measuring) {
                pulses.add(current);
            }
            return;
        }
        m = PHASE.matcher(s);
        if (m.matches() && current != null) {
            boolean fxThread = Long.parseLong(m.group(1)) == fxThreadId;
            if (!fxThread) {
                current[1] += Double.parseDouble(m.group(3));
            } else if (!m.group(4).startsWith("Waiting")) {
                current[0] += Double.parseDouble(m.group(3));
            }
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(300, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not get there within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Standard error, split into lines for {@link #line}. */
    private final class LineSink extends OutputStream {
        private final StringBuilder buf = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                line(buf.toString());
                buf.setLength(0);
            } else {
                buf.append((char) b);
            }
        }
    }
}
