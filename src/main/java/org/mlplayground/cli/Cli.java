package org.mlplayground.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code java -jar mlp-playground.jar <command>}. */
@Command(name = "mlp-playground", mixinStandardHelpOptions = true, version = "MLP Playground 0.1",
        description = "Train and measure multilayer perceptrons without the window.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, ClassifyCommand.class, CompareCommand.class,
            SweepCommand.class, BenchCommand.class, ExplainCommand.class, LessonCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli {

    private Cli() {
    }

    /** Runs the command line and returns the exit code; errors are one line on stderr. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output and error writers (tests capture them). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof org.mlplayground.nn.HyperparameterException h) {
                e = HyperparameterOptions.named(h); // the option as the user typed it, not the sklearn name
            }
            cmd.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
