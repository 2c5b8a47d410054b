package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages of org.interphase.sims depend on each other without cycles: api uses only the self-contained
 * numeric package internal.math; internal (importers, commands) uses api, never the other way round.
 */
class PackageCycleTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.interphase\\.sims(?:\\.\\w+)*)\\.[A-Z]\\w*",
            Pattern.MULTILINE);

    @Test
    void noCycles() throws IOException {
        Path src = Path.of("..", "org.interphase.sims", "src");
        assertTrue(Files.isDirectory(src), src.toAbsolutePath().toString());
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = src.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.');
                Set<String> d = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        d.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of("org.interphase.sims.internal.math"), deps.get("org.interphase.sims.api"));
        assertEquals(Set.of(), deps.get("org.interphase.sims.internal.math"));
        for (String start : deps.keySet()) {
            List<String> path = new ArrayList<>();
            assertTrue(!reaches(deps, start, start, path, new TreeSet<>()), "cycle: " + start + " -> " + path);
        }
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String target, List<String> path,
            Set<String> seen) {
        for (String next : deps.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target) || seen.add(next) && reaches(deps, next, target, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
