package org.interphase.eis.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.DrtOptions;
import org.interphase.eis.api.EisCommands;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.KkMethod;
import org.interphase.eis.api.KkOptions;
import org.interphase.eis.api.PointSelection;
import org.interphase.eis.api.Weighting;
import org.interphase.model.QuantityKind;

/**
 * The command lines of the EIS subcommands, parsed with the shared {@link CommandArgs} (FILE anywhere,
 * {@code --option value} pairs, aliases). Each command accepts only its own options. Flags without a value
 * ({@code --capacitance}, {@code --admittance}) are given the value "true" before parsing, because
 * CommandArgs has only valued options.
 */
public final class EisCommandLine {

    private static final Set<String> FLAGS = Set.of("--capacitance", "--admittance", "--drop-inductive");

    /** The point selection every command accepts. */
    private static final Map<String, String> SELECTION = Map.of("--fmin", "fmin", "--fmax", "fmax",
            "--drop-inductive", "drop-inductive", "--exclude", "exclude");

    private static final Map<String, Map<String, String>> OPTIONS = Map.of(
            "eis-fit", with(Map.of("--circuit", "circuit", "--initial", "initial", "--weight", "weighting", "--weighting",
                    "weighting", "--starts", "starts", "--loop", "loop", "--admittance", "admittance", "--tag", "tag")),
            "eis-series", with(Map.of("--circuit", "circuit", "--initial", "initial", "--weight", "weighting",
                    "--weighting", "weighting", "--starts", "starts", "--shared", "shared", "--threads", "threads",
                    "--admittance", "admittance")),
            "eis-kk", with(Map.of("--loop", "loop", "--method", "method", "--m", "m", "--threshold", "threshold",
                    "--mask", "mask")),
            "eis-drt", with(Map.of("--loop", "loop", "--lambda", "lambda", "--capacitance", "capacitance", "--peaks",
                    "peaks", "--lambda-method", "lambda-method")));

    private EisCommandLine() {
    }

    private static Map<String, String> with(Map<String, String> own) {
        Map<String, String> m = new LinkedHashMap<>(own);
        m.putAll(SELECTION);
        return Map.copyOf(m);
    }

    /** {@code --fmin HZ --fmax HZ --drop-inductive --exclude 0,1,5-7}. */
    static PointSelection selection(CommandArgs a) {
        double lo = a.last("fmin") == null ? Double.NaN : number(a, "fmin");
        double hi = a.last("fmax") == null ? Double.NaN : number(a, "fmax");
        Set<Integer> ex = new TreeSet<>();
        for (String v : a.all("exclude")) {
            try {
                ex.addAll(PointSelection.parseIndices(v));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--exclude " + v + ": " + e.getMessage(), e);
            }
        }
        return new PointSelection(lo, hi, bool(a, "drop-inductive"), ex);
    }

    /** Runs {@code args} = [command, arguments...]. */
    public static Map<String, Object> run(List<String> args) throws ImportException {
        if (args.isEmpty() || !OPTIONS.containsKey(args.get(0))) {
            throw new IllegalArgumentException(args.isEmpty() ? "usage: eis-fit|eis-series|eis-kk|eis-drt FILE [options]"
                    : "unknown command " + args.get(0));
        }
        String cmd = args.get(0);
        CommandArgs a = CommandArgs.parse(withFlagValues(args.subList(1, args.size())),
                CommandArgs.withAs(OPTIONS.get(cmd)));
        Optional<String> as = a.as();
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException(cmd + " needs a FILE"));
        OptionalInt loop = a.last("loop") == null ? OptionalInt.empty() : OptionalInt.of(integer(a, "loop"));
        return switch (cmd) {
            case "eis-fit" -> EisCommands.fit(file, circuit(a), initial(a), weighting(a), starts(a), loop,
                    bool(a, "admittance"), as, selection(a));
            case "eis-series" -> EisCommands.series(file, circuit(a), initial(a), weighting(a), starts(a), shared(a),
                    a.last("threads") == null ? 2 : integer(a, "threads"), bool(a, "admittance"), as, selection(a));
            case "eis-kk" -> EisCommands.kk(file, loop, kkOptions(a), as, selection(a));
            default -> {
                DrtOptions o = DrtOptions.defaults();
                if (a.last("lambda-method") != null) {
                    o = o.withLambdaMethod(switch (a.last("lambda-method")) {
                        case "discrepancy" -> DrtOptions.LambdaMethod.DISCREPANCY;
                        case "gcv" -> DrtOptions.LambdaMethod.GCV;
                        case "lcurve" -> DrtOptions.LambdaMethod.L_CURVE;
                        default -> throw new IllegalArgumentException("--lambda-method " + a.last("lambda-method")
                                + ": expected discrepancy|gcv|lcurve");
                    });
                }
                if (a.last("lambda") != null) {
                    o = o.withLambda(number(a, "lambda"));
                }
                if (a.last("capacitance") != null) {
                    o = o.withSeries(o.inductance(), bool(a, "capacitance")); // on by default; --capacitance false
                }
                yield EisCommands.drt(file, loop, o, a.last("peaks") == null ? 3 : integer(a, "peaks"), as, selection(a));
            }
        };
    }

    /**
     * The {@code eis-fit} run of {@code args} = ["eis-fit", arguments...] for the result builder; {@code --tag
     * NAME=KIND} (repeatable, KIND a QuantityKind such as interfacial_resistance) tags parameters, otherwise
     * {@link org.interphase.eis.api.EisResults#defaultQuantities} applies.
     */
    public static FitRun fitRun(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(withFlagValues(args.subList(1, args.size())),
                CommandArgs.withAs(OPTIONS.get("eis-fit")));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("eis-fit needs a FILE"));
        OptionalInt loop = a.last("loop") == null ? OptionalInt.empty() : OptionalInt.of(integer(a, "loop"));
        Map<String, QuantityKind> tags = new LinkedHashMap<>();
        for (String t : a.all("tag")) {
            int eq = t.indexOf('=');
            QuantityKind k = eq < 0 ? null : QuantityKind.get(t.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
            if (k == null) {
                throw new IllegalArgumentException("--tag " + t + ": expected NAME=KIND, KIND one of "
                        + QuantityKind.VALUES.stream().map(QuantityKind::getName).toList());
            }
            tags.put(t.substring(0, eq).trim(), k);
        }
        return EisCommands.fitRun(file, circuit(a), initial(a), weighting(a), starts(a), loop, bool(a, "admittance"), tags,
                a.as(), selection(a));
    }

    /** The {@code eis-series} runs of {@code args} = ["eis-series", arguments...] for the result builder. */
    public static List<FitRun> seriesRuns(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(withFlagValues(args.subList(1, args.size())),
                CommandArgs.withAs(OPTIONS.get("eis-series")));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("eis-series needs a FILE"));
        return EisCommands.seriesRuns(file, circuit(a), initial(a), weighting(a), starts(a), shared(a),
                a.last("threads") == null ? 2 : integer(a, "threads"), bool(a, "admittance"), a.as(), selection(a));
    }

    /** "--flag" not followed by true/false gets "true". */
    static List<String> withFlagValues(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            out.add(args.get(i));
            if (FLAGS.contains(args.get(i))) {
                boolean valued = i + 1 < args.size() && (args.get(i + 1).equals("true") || args.get(i + 1).equals("false"));
                if (!valued) {
                    out.add("true");
                }
            }
        }
        return out;
    }

    private static KkOptions kkOptions(CommandArgs a) {
        KkOptions o = KkOptions.defaults();
        String method = a.last("method");
        // --m alone means a fixed M; with --method it must be "fixed" (options in any order)
        if (a.last("m") != null) {
            if (method != null && !method.equals("fixed")) {
                throw new IllegalArgumentException("--m is the M of --method fixed, not of --method " + method);
            }
            o = o.withFixedM(integer(a, "m"));
        } else if (method != null) {
            o = o.withMethod(switch (method) {
                case "mu" -> KkMethod.MU;
                case "knee" -> KkMethod.PSEUDO_CHI2_KNEE;
                case "plateau" -> KkMethod.PSEUDO_CHI2_PLATEAU;
                case "fixed" -> throw new IllegalArgumentException("--method fixed needs --m M (the number of RC elements)");
                default -> throw new IllegalArgumentException("unknown method " + method + " (plateau|knee|mu|fixed)");
            });
        }
        if (a.last("threshold") != null) {
            o = o.withThreshold(number(a, "threshold") / 100);
        }
        if (a.last("mask") != null) {
            TreeSet<Integer> m = new TreeSet<>();
            for (String s : a.last("mask").split(",")) {
                m.add(parseInt("mask", s));
            }
            o = o.withMasked(m);
        }
        return o;
    }

    private static String circuit(CommandArgs a) {
        return Optional.ofNullable(a.last("circuit")).orElseThrow(() -> new IllegalArgumentException("needs --circuit"));
    }

    private static Optional<double[]> initial(CommandArgs a) {
        return Optional.ofNullable(a.last("initial")).map(s -> Arrays.stream(s.split(","))
                .mapToDouble(v -> parseDouble("initial", v)).toArray());
    }

    private static Weighting weighting(CommandArgs a) {
        String w = Optional.ofNullable(a.last("weighting")).orElse("modulus");
        try {
            return Weighting.valueOf(w.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--weighting " + w + ": expected unit|proportional|modulus|boukamp", e);
        }
    }

    private static int starts(CommandArgs a) {
        return a.last("starts") == null ? 16 : integer(a, "starts");
    }

    private static Set<String> shared(CommandArgs a) {
        Set<String> s = new LinkedHashSet<>();
        a.all("shared").forEach(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .forEach(s::add));
        return s;
    }

    private static boolean bool(CommandArgs a, String name) {
        String v = a.last(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("--" + name + " takes true or false, got " + v);
    }

    private static int integer(CommandArgs a, String name) {
        return parseInt(name, a.last(name));
    }

    private static double number(CommandArgs a, String name) {
        return parseDouble(name, a.last(name));
    }

    private static int parseInt(String name, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": '" + v + "' is not an integer", e);
        }
    }

    private static double parseDouble(String name, String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": '" + v + "' is not a number", e);
        }
    }
}
