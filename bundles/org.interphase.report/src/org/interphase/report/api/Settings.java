package org.interphase.report.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.interphase.model.InterphasePackage;
import org.interphase.model.edit.Labels;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonParseException;

/** An analysis's settings JSON as "key: value" lines a reader can scan ("weighting: modulus", "bounds.R1.max: 1e6"). */
final class Settings {

    private Settings() {
    }

    /** The lines of {@code json} as an ordered key → value map. */
    static Map<String, String> map(String json) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        lines(json).forEach(kv -> m.put(kv[0], kv[1]));
        return m;
    }

    /** The lines of {@code json}: nested objects as dotted keys, arrays as comma lists; text that is not JSON as one line. */
    static List<String[]> lines(String json) {
        List<String[]> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            JsonElement root = JsonParser.parseString(json);
            if (root.isJsonObject()) {
                flatten("", root, out);
                return out;
            }
        } catch (JsonParseException e) {
            // not JSON: shown as written below
        }
        out.add(new String[] { "settings", json });
        return out;
    }

    private static void flatten(String prefix, JsonElement e, List<String[]> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                flatten(prefix.isEmpty() ? m.getKey() : prefix + "." + m.getKey(), m.getValue(), out);
            }
        } else if (e.isJsonArray() && e.getAsJsonArray().asList().stream().allMatch(JsonElement::isJsonPrimitive)) {
            out.add(new String[] { prefix, String.join(", ", e.getAsJsonArray().asList().stream().map(Settings::text).toList()) });
        } else if (e.isJsonArray()) {
            int k = 1;
            for (JsonElement item : e.getAsJsonArray()) {
                flatten(prefix + "[" + k++ + "]", item, out);
            }
        } else {
            out.add(new String[] { prefix, text(e) });
        }
    }

    private static String text(JsonElement e) {
        if (e.isJsonNull()) {
            return "none";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isNumber()) {
            String t = p.toString();
            return t.length() > 10 || t.contains("E") ? Html.scientific(p.getAsDouble(), 5) : t;
        }
        return p.isString() ? literal(p.getAsString()) : p.toString();
    }

    /** A value that names a literal of the model ("INTERFACIAL_RESISTANCE") in words ("Interfacial resistance"). */
    static String literal(String value) {
        if (!value.matches("[A-Z][A-Z0-9_]*[A-Z0-9]") || value.length() < 4) {
            return value;
        }
        for (EClassifier c : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum en && en.getEEnumLiteral(value) != null) {
                return Labels.literal(en.getEEnumLiteral(value).getInstance());
            }
        }
        // an algorithm's own option name ("MODULUS", "IMPEDANCE_PY"): sentence case, as the model's literals
        String words = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
