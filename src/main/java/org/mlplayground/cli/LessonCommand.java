package org.mlplayground.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlplayground.io.lesson.Lesson;
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
    "or export a built-in lesson as a file to start your own from."})
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
        if (what.check != null) {
            Lesson l = LessonFile.read(what.check);
            out.println(what.check + ": a valid lesson, \"" + l.title() + "\", " + l.steps().size() + " steps");
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

    private static String stem(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
