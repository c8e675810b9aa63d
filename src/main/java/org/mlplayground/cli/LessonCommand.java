package org.mlplayground.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlplayground.io.lesson.Lesson;
import org.mlplayground.io.lesson.LessonAction;
import org.mlplayground.io.lesson.LessonStep;
import org.mlplayground.io.lesson.LessonText;
import org.mlplayground.io.lesson.StateKey;
import org.mlplayground.io.lesson.LessonFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the built-in lessons, checks a lesson file, or copies a built-in lesson to start a new one. */
@Command(name = "lesson", mixinStandardHelpOptions = true, description = {
    "List the built-in lessons, check a lesson file (the README's \"Lessons\" section describes the format),",
    "print one as a handout, list the state keys a step may set, or export a built-in lesson as a file to",
    "start your own from."})
final class LessonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--list", required = true, description = "List the built-in lessons with their step counts.")
        boolean list;

        @Option(names = "--check", required = true, paramLabel = "FILE",
                description = "Check a lesson file: prints a summary, or one line naming the line and field at fault (exit 1).")
        Path check;

        @Option(names = "--show", required = true, paramLabel = "NAME|FILE",
                description = "Print a built-in lesson (by name) or a lesson file as text: each step's title, text, question and settings.")
        String show;

        @Option(names = "--keys", required = true,
                description = "Print the state keys a step may set, with their values and meaning (a Markdown table).")
        boolean keys;

        @Option(names = "--export", required = true, paramLabel = "NAME",
                description = "Write the built-in lesson NAME (as --list shows it, e.g. 02-xor) to the file given after it.")
        String export;
    }

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "With --export: the file to write.")
    Path target;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (what.list) {
            int i = 0;
            for (Map.Entry<String, Lesson> e : LessonFile.builtIns().entrySet()) {
                Lesson l = e.getValue();
                out.printf("%2d  %-28s %-45s %2d steps%n", ++i, stem(e.getKey()), l.title(), l.steps().size());
            }
            return 0;
        }
        if (what.keys) {
            out.print(StateKey.markdownTable());
            return 0;
        }
        if (what.check != null) {
            Lesson l = LessonFile.read(what.check);
            out.println(what.check + ": a valid lesson, \"" + l.title() + "\", " + l.steps().size() + " steps");
            return 0;
        }
        if (what.show != null) {
            Map<String, Lesson> all = LessonFile.builtIns();
            Lesson l = all.containsKey(stem(what.show) + ".json") ? all.get(stem(what.show) + ".json")
                    : LessonFile.read(Path.of(what.show));
            print(l, out);
            return 0;
        }
        if (target == null) {
            throw new IllegalArgumentException("--export needs the file to write after the lesson's name, e.g. lesson --export 02-xor my-xor.json");
        }
        Map<String, Lesson> all = LessonFile.builtIns();
        Lesson l = all.get(stem(what.export) + ".json");
        if (l == null) {
            throw new IllegalArgumentException("There is no built-in lesson '" + what.export + "': expected one of "
                    + String.join(", ", all.keySet().stream().map(LessonCommand::stem).toList()));
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " is a folder; give the lesson file's name");
        }
        LessonFile.write(l, target);
        out.println("wrote \"" + l.title() + "\" (" + l.steps().size() + " steps) to " + target);
        return 0;
    }

    /** The lesson as a handout: title, then per step its title, text, question, state and action. */
    private static void print(Lesson l, PrintWriter out) {
        out.println(l.title());
        if (!l.description().isEmpty()) {
            out.println(LessonText.plain(l.description()));
        }
        for (LessonStep s : l.steps()) {
            out.println();
            out.println("Step " + s.number() + " of " + l.steps().size() + ": " + s.title() + "  [" + s.view().fileName() + "]");
            out.println(LessonText.plain(s.text()));
            if (!s.notice().isEmpty()) {
                out.println("Notice: " + LessonText.plain(s.notice()));
            }
            if (!s.state().isEmpty()) {
                out.println("Sets: " + s.state().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(java.util.stream.Collectors.joining("  ")));
            }
            s.actionIfAny().ifPresent(a -> out.println("Runs: " + a.type() + describe(a)));
        }
    }

    private static String describe(LessonAction a) {
        if (a instanceof LessonAction.Train t) {
            return " " + t.epochs() + " epochs";
        } else if (a instanceof LessonAction.MathStep m) {
            return " " + m.direction().name().toLowerCase(java.util.Locale.ROOT) + " x" + m.count() + " on example " + m.example();
        } else if (a instanceof LessonAction.DrawDigit d) {
            return " a " + d.label();
        } else if (a instanceof LessonAction.Evaluate e) {
            return " on the " + e.set() + " set";
        } else if (a instanceof LessonAction.Compare c) {
            return " with " + c.with() + " on " + c.trainSize() + " digits";
        } else if (a instanceof LessonAction.Sweep w) {
            return " alpha " + w.alphas();
        }
        return "";
    }

    private static String stem(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
