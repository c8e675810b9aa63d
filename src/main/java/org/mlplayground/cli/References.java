package org.mlplayground.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a reference script of {@code bench/} (scikit-learn, PyTorch) with Debian's python3 in the
 * same session as the benchmark, and prints its figure beside ours with the ratio. The scripts
 * end with a line holding {@code median X s per epoch (Y CPU s...}. OpenBLAS's core-type
 * overrides are removed from the script's environment, so it runs as a user's numpy would.
 */
final class References {

    private static final Pattern MEDIAN = Pattern.compile("median ([0-9.]+) s per epoch \\(([0-9.]+) CPU s");
    static final String PYTHON = "/usr/bin/python3";

    private References() {
    }

    /** {wall, cpu} seconds per epoch of the script's last line, or null (with a line saying why). */
    static double[] run(PrintWriter out, String script, List<String> args) {
        Path path = Path.of("bench", script);
        if (!Files.isRegularFile(path) || !Files.isExecutable(Path.of(PYTHON))) {
            out.printf("  (reference %s skipped: run from the project folder, with %s installed)%n", path, PYTHON);
            return null;
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, path.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("OPENBLAS_CORETYPE");
        builder.environment().remove("OPENBLAS_L2_SIZE");
        try {
            Process p = builder.start();
            String last = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        last = line;
                    }
                }
            }
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0 || last == null) {
                out.printf("  (reference %s failed: %s)%n", path, last);
                return null;
            }
            out.println("  " + last);
            Matcher m = MEDIAN.matcher(last);
            return m.find() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))} : null;
        } catch (IOException e) {
            out.printf("  (reference %s could not start: %s)%n", path, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Prints our figure against a reference's: the ratio of wall and of CPU seconds per epoch. */
    static void ratio(PrintWriter out, String name, double wall, double cpu, double[] reference) {
        if (reference != null) {
            out.printf("  ratio to %s: %.2fx wall time, %.2fx CPU time%n", name, wall / reference[0], cpu / reference[1]);
        }
    }
}
