package org.interphase.api.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The parts of a source bundle the API checks need: its folder, the main headers of
 * {@code META-INF/MANIFEST.MF} (continuation lines joined) and its source folders from
 * {@code build.properties}.
 *
 * @param folder  the bundle folder under {@code bundles/}
 * @param headers manifest headers by name
 */
record BundleManifest(Path folder, Map<String, String> headers) {

    /** One clause of a header such as {@code Export-Package}: the name and its raw parameters. */
    record Clause(String name, Map<String, String> parameters) {

        boolean has(String parameter) {
            return parameters.containsKey(parameter);
        }
    }

    static BundleManifest read(Path folder) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String current = null;
        List<String> lines = Files.readAllLines(folder.resolve("META-INF/MANIFEST.MF"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith(" ") && current != null) {
                headers.merge(current, line.substring(1), String::concat);
            } else if (line.contains(":")) {
                int colon = line.indexOf(':');
                current = line.substring(0, colon).trim();
                headers.put(current, line.substring(colon + 1).trim());
            }
        }
        return new BundleManifest(folder, headers);
    }

    @Override
    public String toString() {
        return symbolicName();
    }

    /** The symbolic name without directives. */
    String symbolicName() {
        return clauses("Bundle-SymbolicName").get(0).name();
    }

    /** The clauses of a header (empty when the header is absent). */
    List<Clause> clauses(String header) {
        String value = headers.get(header);
        List<Clause> result = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String raw : splitOutsideQuotes(value, ',')) {
            List<String> parts = splitOutsideQuotes(raw, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String p : parts.subList(1, parts.size())) {
                int eq = p.indexOf('=');
                String key = eq < 0 ? p.trim() : p.substring(0, eq).replace(":", "").trim();
                String val = eq < 0 ? "" : p.substring(eq + 1).replace("\"", "").trim();
                parameters.put(key, val);
            }
            result.add(new Clause(parts.get(0).trim(), parameters));
        }
        return result;
    }

    /** Source folders named by {@code source..} in build.properties (default {@code src/}). */
    List<Path> sourceFolders() throws IOException {
        Path props = folder.resolve("build.properties");
        List<Path> result = new ArrayList<>();
        String sources = "src/";
        if (Files.isRegularFile(props)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(props)) {
                p.load(in);
            }
            sources = p.getProperty("source..", sources);
        }
        for (String s : sources.split(",")) {
            if (!s.isBlank()) {
                result.add(folder.resolve(s.trim()));
            }
        }
        return result;
    }

    static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
