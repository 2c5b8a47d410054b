package org.interphase.batch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Strict command-line parsing for the built-in commands: positional arguments, {@code --name value} options
 * and bare flags. Anything else starting with {@code -} is wrong usage ({@link IllegalArgumentException}).
 */
final class Options {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    private Options() {
    }

    /**
     * Parses {@code args}.
     *
     * @param valued options that take a value, with their dashes (the last one given wins)
     * @param flags  options without a value
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (valued.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                o.values.put(a, args.get(++i));
            } else if (flags.contains(a)) {
                o.flags.add(a);
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new IllegalArgumentException("unknown option '" + a + "'");
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    /** The arguments that are not options, in order. */
    List<String> positional() {
        return positional;
    }

    /** The value of {@code name}, if given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of {@code name} as a path, if given. */
    Optional<Path> path(String name) {
        return value(name).map(Path::of);
    }

    /** Whether the flag {@code name} was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The value of {@code name} as a whole number of at least {@code min}; wrong usage otherwise. */
    OptionalInt integer(String name, int min) {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        int n;
        try {
            n = Integer.parseInt(v.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not '" + v.get() + "'");
        }
        if (n < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + n);
        }
        return OptionalInt.of(n);
    }
}
