package org.interphase.batch.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.ImportException;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * A saved method: an ordered list of analyses with their settings, applied to a series of files.
 * Stored as JSON:
 *
 * <pre>
 * {"name": "LPSCl symmetric cells", "version": 1,
 *  "steps": [{"analysis": "eis-fit", "settings": {"circuit": "R0-p(R1,CPE1)-CPE2", "weighting": "modulus"}},
 *            {"analysis": "eis-kk"}]}
 * </pre>
 *
 * Each step names a batch command; its settings become the command's options ({@code --key value}, a list
 * gives the option once per element, {@code true} gives a bare flag).
 */
public record BatchMethod(String name, int version, List<Step> steps) {

    /** One analysis of the method. */
    public record Step(String analysis, Map<String, Object> settings) {

        /** The settings as command-line options. */
        public List<String> arguments() {
            List<String> args = new ArrayList<>();
            settings.forEach((key, value) -> {
                if (value instanceof List<?> list) {
                    list.forEach(v -> {
                        args.add("--" + key);
                        args.add(text(v));
                    });
                } else if (Boolean.TRUE.equals(value)) {
                    args.add("--" + key);
                } else if (value != null && !Boolean.FALSE.equals(value)) {
                    args.add("--" + key);
                    args.add(text(value));
                }
            });
            return args;
        }

        private static String text(Object v) {
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.valueOf(d.longValue());
            }
            return String.valueOf(v);
        }
    }

    public BatchMethod {
        steps = List.copyOf(steps);
    }

    /** Reads a method file; errors name the file. */
    @SuppressWarnings("unchecked")
    public static BatchMethod read(Path file) throws ImportException {
        Map<String, Object> json;
        try {
            json = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new ImportException(file, 0, "not valid JSON: " + e.getMessage(), e);
        }
        if (json == null || !(json.get("steps") instanceof List<?> rawSteps) || rawSteps.isEmpty()) {
            throw new ImportException(file, 0, "a method needs a non-empty \"steps\" list");
        }
        List<Step> steps = new ArrayList<>();
        for (Object o : rawSteps) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("analysis") instanceof String analysis)) {
                throw new ImportException(file, 0, "every step needs an \"analysis\" name");
            }
            Object settings = m.get("settings");
            steps.add(new Step(analysis, settings instanceof Map<?, ?> s ? new LinkedHashMap<>((Map<String, Object>) s)
                    : Map.of()));
        }
        Object version = json.get("version");
        return new BatchMethod(String.valueOf(json.getOrDefault("name", file.getFileName().toString())),
                version instanceof Number n ? n.intValue() : 1, steps);
    }
}
