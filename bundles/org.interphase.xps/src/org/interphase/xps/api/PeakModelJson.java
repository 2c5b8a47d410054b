package org.interphase.xps.api;

import java.util.Locale;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A fit model as JSON, for saved methods and {@code xps-fit --model MODEL.json}:
 *
 * <pre>
 * {"region": "P 2p",                        optional: which region of the file
 *  "range": [139.87, 119.87],               optional: binding-energy window fitted
 *  "background": {"type": "shirley", "average": 2, "windowEV": 0, "clamp": false, "refined": false,
 *                 "tougaard": {"kind": "U2", "B": 2866, "C": 1643, "D": 0, "T0": 0}},
 *  "peaks": [{"name": "Li3P", "shape": "GL(30)", "position": {"value": 127.0, "min": 126, "max": 128},
 *             "fwhm": 1.2, "area": 1000, "doublet": {"splitting": 0.87, "ratio": 0.5}},
 *            {"name": "PS4", "shape": "GL(30)", "position": "Li3P.position + 4.6", "fwhm": "Li3P.fwhm",
 *             "height": {"value": 300, "fixed": true}}]}
 * </pre>
 *
 * A parameter is a number (free), a string (a link expression) or an object with {@code value}, optional
 * {@code min}/{@code max}, {@code fixed} and {@code link}. Doublet splitting and ratio are fixed when given as numbers.
 * <p>
 * Bounds by default: an area or height is at least 0 and a FWHM at least {@value #MIN_FWHM} eV unless the parameter
 * gives its own {@code "min"} (e.g. {@code {"value": 10, "min": -1e9}} allows a negative area); positions and
 * doublet values have no default bounds. A negative area is no amount of anything, and a fit that drives one there
 * instead reports it on its bound 0, flagged.
 * <p>
 * Link expressions ({@code "position": "Li3P.position + 4.6"}): numbers, {@code + - * /}, parentheses and
 * references {@code Peak.parameter} (parameter {@code position}, {@code fwhm}, {@code area}, {@code height},
 * {@code amount}, {@code splitting} or {@code ratio}) or {@code Peak} alone (the same parameter as the one being
 * linked). A peak name that is not a plain identifier (letters, digits, {@code _}; e.g. {@code S-Au},
 * {@code Li 2S}, {@code 2p}) must be quoted in single or double quotes inside the expression, e.g.
 * {@code "position": "'S-Au'.position + 1.2"} or, escaped in JSON, {@code "\"S-Au\" + 1.2"}; unquoted,
 * {@code S-Au.position} reads as {@code S} minus {@code Au.position}.
 */
public final class PeakModelJson {

    /** A parsed model file: the model and what it says about where to fit. */
    public record Spec(PeakModel model, Optional<String> region, Optional<double[]> range) {
    }

    /** Default lower bound of a FWHM, eV: a FWHM of 0 is no curve. */
    public static final double MIN_FWHM = 0.01;

    private PeakModelJson() {
    }

    /** Parses a model; errors name the JSON path of the offending value. */
    public static Spec parse(String json) {
        JsonObject root;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException("a fit model is a JSON object with \"peaks\"");
            }
            root = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
        BackgroundSpec background = background(root.has("background") ? root.get("background") : null);
        PeakModel model = PeakModel.of(background);
        JsonArray peaks = array(root, "peaks");
        if (peaks.isEmpty()) {
            throw new IllegalArgumentException("peaks: at least one peak is needed");
        }
        for (int i = 0; i < peaks.size(); i++) {
            model = model.add(peak(peaks.get(i), "peaks[" + i + "]"));
        }
        Optional<String> region = root.has("region") ? Optional.of(root.get("region").getAsString()) : Optional.empty();
        Optional<double[]> range = Optional.empty();
        if (root.has("range")) {
            JsonArray r = array(root, "range");
            if (r.size() != 2) {
                throw new IllegalArgumentException("range: two binding energies [from, to] expected");
            }
            range = Optional.of(new double[] { number(r.get(0), "range[0]"), number(r.get(1), "range[1]") });
        }
        return new Spec(model, region, range);
    }

    private static BackgroundSpec background(JsonElement e) {
        if (e == null) {
            return BackgroundSpec.shirley(2);
        }
        JsonObject o = object(e, "background");
        BackgroundSpec.Kind kind;
        String type = o.has("type") ? o.get("type").getAsString() : "shirley";
        try {
            kind = BackgroundSpec.Kind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("background.type: '" + type + "' is not none, linear, shirley or tougaard", ex);
        }
        int half = o.has("average") ? (int) number(o.get("average"), "background.average") : 2;
        double window = o.has("windowEV") ? number(o.get("windowEV"), "background.windowEV") : 0;
        boolean clamp = o.has("clamp") && o.get("clamp").getAsBoolean();
        boolean refined = o.has("refined") && o.get("refined").getAsBoolean();
        TougaardCrossSection t = TougaardCrossSection.universal();
        if (o.has("tougaard")) {
            JsonObject to = object(o.get("tougaard"), "background.tougaard");
            TougaardCrossSection.Kind k = TougaardCrossSection.Kind.valueOf(
                    to.has("kind") ? to.get("kind").getAsString().toUpperCase(Locale.ROOT) : "U2");
            t = new TougaardCrossSection(k, get(to, "B", t.b()), get(to, "C", t.c()), get(to, "D", 0), get(to, "T0", 0));
        }
        return new BackgroundSpec(kind, refined, half, t, window, clamp);
    }

    private static Peak peak(JsonElement e, String path) {
        JsonObject o = object(e, path);
        if (!o.has("name")) {
            throw new IllegalArgumentException(path + ": a peak needs a \"name\"");
        }
        String name = o.get("name").getAsString();
        LineShape shape;
        try {
            shape = LineShape.parse(o.has("shape") ? o.get("shape").getAsString() : "GL(30)");
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(path + ".shape: " + ex.getMessage(), ex);
        }
        boolean height = o.has("height");
        if (height == o.has("area")) {
            throw new IllegalArgumentException(path + ": give either \"area\" or \"height\"");
        }
        Param position = param(required(o, "position", path), path + ".position", Double.NEGATIVE_INFINITY);
        Param fwhm = param(required(o, "fwhm", path), path + ".fwhm", MIN_FWHM);
        Param amount = param(o.get(height ? "height" : "area"), path + (height ? ".height" : ".area"), 0);
        Optional<Doublet> doublet = Optional.empty();
        if (o.has("doublet")) {
            JsonObject d = object(o.get("doublet"), path + ".doublet");
            doublet = Optional.of(new Doublet(fixedByDefault(required(d, "splitting", path + ".doublet"),
                    path + ".doublet.splitting"), fixedByDefault(required(d, "ratio", path + ".doublet"),
                            path + ".doublet.ratio")));
        }
        return new Peak(name, shape, position, fwhm, amount, height ? AmountKind.HEIGHT : AmountKind.AREA, doublet);
    }

    private static Param fixedByDefault(JsonElement e, String path) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? Param.fixed(number(e, path))
                : param(e, path, Double.NEGATIVE_INFINITY);
    }

    /** A parameter; {@code defaultMin} is its lower bound unless it gives {@code "min"}. */
    private static Param param(JsonElement e, String path, double defaultMin) {
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isString()) {
                return Param.linked(p.getAsString());
            }
            double v = number(e, path);
            if (v < defaultMin) {
                throw new IllegalArgumentException(path + ": " + v + " is below " + defaultMin + "; give {\"value\": "
                        + v + ", \"min\": ...} to allow it");
            }
            return Param.bounded(v, defaultMin, Double.POSITIVE_INFINITY);
        }
        JsonObject o = object(e, path);
        if (o.has("link")) {
            return Param.linked(o.get("link").getAsString());
        }
        double value = number(required(o, "value", path), path + ".value");
        if (o.has("fixed") && o.get("fixed").getAsBoolean()) {
            return Param.fixed(value);
        }
        try {
            return Param.bounded(value, get(o, "min", defaultMin), get(o, "max", Double.POSITIVE_INFINITY));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(path + ": " + ex.getMessage(), ex);
        }
    }

    private static JsonElement required(JsonObject o, String key, String path) {
        if (!o.has(key)) {
            throw new IllegalArgumentException(path + ": \"" + key + "\" is missing");
        }
        return o.get(key);
    }

    private static double get(JsonObject o, String key, double fallback) {
        return o.has(key) ? number(o.get(key), key) : fallback;
    }

    private static double number(JsonElement e, String path) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(path + ": a number expected, found " + e);
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(path + ": not a finite number");
        }
        return v;
    }

    private static JsonObject object(JsonElement e, String path) {
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException(path + ": a JSON object expected");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException(key + ": a JSON array expected");
        }
        return e.getAsJsonArray();
    }
}
