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
