package org.mlplayground.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlplayground.nn.Domain;
import org.mlplayground.nn.Hyperparameter;
import org.mlplayground.nn.HyperparameterException;
import org.mlplayground.nn.MlpConfig;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one set of hyperparameter options, made from {@link Hyperparameter#ALL}: a command that
 * names this class as its {@code modelTransformer} gets one option per hyperparameter that has one
 * ({@code --alpha}, {@code --learning-rate}, ...; a flag also gets its {@code --no-} form), with the
 * table's sentence as its help. After parsing, {@link #apply} sets what the user typed on a builder;
 * a bad value is refused with a message that starts with the option as typed
 * ({@code --learning-rate must be a finite number > 0, got 'Infinity'}).
 */
public final class HyperparameterOptions implements IModelTransformer {

    /** What a command that takes the hyperparameter options may say about them. */
    interface Command {
        /** Defaults of this command that are not sklearn's, each with a sentence saying when (for --help). */
        default Map<Hyperparameter<?>, String> defaultNotes() {
            return Map.of();
        }

        /** Options that may be given several times (compare's --hidden). */
        default Set<Hyperparameter<?>> repeatable() {
            return Set.of();
        }
    }

    @Override
    public CommandSpec transform(CommandSpec spec) {
        Command command = spec.userObject() instanceof Command c ? c : new Command() { };
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (p.option() == null) {
                continue;
            }
            String note = command.defaultNotes().get(p);
            if (p.domain() instanceof Domain.Flag) {
                boolean on = (Boolean) p.defaultValue();
                spec.addOption(OptionSpec.builder(p.option()).arity("0").type(boolean.class)
                        .description(p.description() + " Turns sklearn's " + p.name() + " on"
                                + (on ? " (the default)." : "; it is off by default.")).build());
                spec.addOption(OptionSpec.builder(negated(p)).arity("0").type(boolean.class)
                        .description("Turns " + p.name() + " off" + (on ? "." : " (the default).")).build());
                continue;
            }
            boolean many = command.repeatable().contains(p);
            spec.addOption(OptionSpec.builder(p.option()).paramLabel(paramLabel(p)).arity("1")
                    .type(many ? String[].class : String.class).auxiliaryTypes(String.class)
                    .description(p.help() + (note == null ? "" : " " + note)).build());
        }
        return spec;
    }

    /** The option that turns a flag off: {@code --no-shuffle}. */
    static String negated(Hyperparameter<?> p) {
        return "--no-" + p.option().substring(2);
    }

    private static String paramLabel(Hyperparameter<?> p) {
        Domain<?> d = p.domain();
        if (d instanceof Domain.Choice<?> c) {
            return String.join("|", c.names());
        }
        if (d instanceof Domain.Layers) {
            return "SIZES";
        }
        if (d instanceof Domain.Whole w) {
            return w.autoZero() ? "N|auto" : "N";
        }
        return d instanceof Domain.Seed ? "SEED" : "X";
    }

    /** Whether the user gave {@code p}'s option (or its --no- form). */
    static boolean given(CommandSpec spec, Hyperparameter<?> p) {
        ParseResult r = spec.commandLine().getParseResult();
        return p.option() != null && (r.hasMatchedOption(p.option())
                || p.domain() instanceof Domain.Flag && r.hasMatchedOption(negated(p)));
    }

    /** Every text given for {@code p}'s option, in order (one unless it repeats). */
    static List<String> texts(CommandSpec spec, Hyperparameter<?> p) {
        ParseResult r = spec.commandLine().getParseResult();
        List<String> out = new ArrayList<>();
        if (p.option() != null && r.hasMatchedOption(p.option())) {
            out.addAll(r.matchedOption(p.option()).stringValues());
        }
        return out;
    }

    /** The value given for {@code p}, checked, or null when the option was not given. */
    static <T> T value(CommandSpec spec, Hyperparameter<T> p) {
        if (!given(spec, p)) {
            return null;
        }
        if (p.domain() instanceof Domain.Flag) {
            ParseResult r = spec.commandLine().getParseResult();
            if (r.hasMatchedOption(p.option()) && r.hasMatchedOption(negated(p))) {
                throw new IllegalArgumentException(p.option() + " and " + negated(p) + " contradict each other");
            }
            return p.parse(Boolean.toString(r.hasMatchedOption(p.option())), p.option());
        }
        List<String> texts = texts(spec, p);
        return p.parse(texts.get(texts.size() - 1), p.option());
    }

    /**
     * Sets every hyperparameter the user gave on {@code b}; the command's repeatable ones (several
     * values, such as sweep's alphas) are its own to read with {@link #texts}.
     */
    static MlpConfig.Builder apply(CommandSpec spec, MlpConfig.Builder b) {
        Set<Hyperparameter<?>> many = spec.userObject() instanceof Command c ? c.repeatable() : Set.of();
        for (Hyperparameter<?> p : Hyperparameter.ALL) {
            if (!many.contains(p)) {
                setGiven(spec, p, b);
            }
        }
        return b;
    }

    private static <T> void setGiven(CommandSpec spec, Hyperparameter<T> p, MlpConfig.Builder b) {
        T v = value(spec, p);
        if (v != null) {
            p.set(b, v);
        }
    }

    /** Builds the configuration; a fault is named by its option. */
    static MlpConfig build(MlpConfig.Builder b) {
        try {
            return b.build();
        } catch (HyperparameterException e) {
            throw named(e);
        }
    }

    /** The fault named by the option the user knows (unchanged when the hyperparameter has none). */
    static HyperparameterException named(HyperparameterException e) {
        return e.parameter().option() == null ? e : e.named(e.parameter().option());
    }
}
