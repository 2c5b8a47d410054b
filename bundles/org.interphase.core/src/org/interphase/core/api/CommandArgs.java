package org.interphase.core.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of a {@link BatchCommand}: one positional FILE and {@code --option value} pairs (an option
 * may repeat). Wrong usage is an {@link IllegalArgumentException}, which the batch engine shows with the
 * command's usage line.
 *
 * @param file    the positional argument, if given
 * @param options values of each option, by canonical name, in command-line order
 */
public record CommandArgs(Optional<Path> file, Map<String, List<String>> options) {

    /**
     * Parses {@code args}.
     *
     * @param names every accepted option (with its dashes) mapped to its canonical name, so aliases such as
     *              {@code --normalize} can share one entry
     */
    public static CommandArgs parse(List<String> args, Map<String, String> names) {
        Path file = null;
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = names.get(a);
            if (name != null) {
                if (++i >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(i));
            } else if (a.startsWith("--") || file != null) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            } else {
                file = Path.of(a);
            }
        }
        return new CommandArgs(Optional.ofNullable(file), options);
    }

    /** The usage text of the option every technique command takes to name the importer of its FILE. */
    public static final String AS_USAGE = "[--as TECHNIQUE[:FORMAT]]";

    private static final java.util.regex.Pattern AS_FORM =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z_-]*(:[A-Za-z0-9_.-]+)?");

    /** {@code names} plus {@code --as} (canonical name "as"), for the commands that read a measurement file. */
    public static Map<String, String> withAs(Map<String, String> names) {
        Map<String, String> all = new LinkedHashMap<>(names);
        all.put("--as", "as");
        return all;
    }

    /**
     * The importer the user named with {@code --as TECHNIQUE[:FORMAT]} (e.g. {@code eis},
     * {@code eis:eis.delimited}, {@code sims:delimited.profile}), for {@link ImporterChoice#choose}; empty when
     * not given.
     *
     * @throws IllegalArgumentException when the value is not of that form
     */
    public Optional<String> as() {
        String v = last("as");
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(checkAs(v));
    }

    /** {@code value} when it has the form TECHNIQUE[:FORMAT], else an IllegalArgumentException (usage error). */
    public static String checkAs(String value) {
        String v = value.strip();
        if (!AS_FORM.matcher(v).matches()) {
            throw new IllegalArgumentException("--as needs TECHNIQUE[:FORMAT] (eis, xps, sims, tomo, optionally"
                    + " with an importer id, e.g. --as eis:eis.delimited), not '" + value + "'");
        }
        return v;
    }

    /** Every value given for {@code name}. */
    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** The last value given for {@code name}, or null. */
    public String last(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
