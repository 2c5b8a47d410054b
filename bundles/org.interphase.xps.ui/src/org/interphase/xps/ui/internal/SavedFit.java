package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.xps.api.AmountKind;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.Doublet;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.Species;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Restores the newest saved fit of a region ({@value FitRecord#ALGORITHM_ID} results, newest last in the
 * measurement's analyses) as the region's starting model, so that reopening a spectrum continues where the
 * analyst stopped. Settings written by {@link FitRecord} hold the whole model (window, background, peaks with
 * values, bounds, holds, links and doublet rules); shorter settings (e.g. the demo study's
 * {@code {"region", "species", "background"}}) restore what they hold: the species with library start values.
 */
public final class SavedFit {

    private SavedFit() {
    }

    /**
     * Restores into {@code rf} (which must have no rows) the newest saved fit of its region, and shows it
     * without fitting; returns a sentence for the message line, empty when nothing was saved for the region.
     */
    public static Optional<String> restore(Measurement m, RegionFit rf, List<Species> choices) {
        String region = rf.data().label();
        for (int i = m.getAnalyses().size() - 1; i >= 0; i--) {
            AnalysisResult a = m.getAnalyses().get(i);
            if (!isXpsFit(a.getAlgorithmId()) || a.getSettings() == null) {
                continue;
            }
            JsonObject s;
            try {
                s = JsonParser.parseString(a.getSettings()).getAsJsonObject();
            } catch (RuntimeException e) {
                continue;
            }
            String r = s.has("region") ? s.get("region").getAsString() : "";
            if (!r.equalsIgnoreCase(region)) {
                continue;
            }
            try {
                return Optional.of(apply(a, s, rf, choices));
            } catch (RuntimeException e) {
                rf.rows().clear();
                rf.clearResults();
                return Optional.of("The saved fit '" + a.getName() + "' could not be restored (" + e.getMessage()
                        + "); start from the library.");
            }
        }
        return Optional.empty();
    }

    static boolean isXpsFit(String id) {
        return id != null && (id.equals(FitRecord.ALGORITHM_ID) || id.startsWith(FitRecord.ALGORITHM_ID + "."));
    }

    private static String apply(AnalysisResult a, JsonObject s, RegionFit rf, List<Species> choices) {
        List<String> notes = new ArrayList<>();
        if (s.has("rangeEV") && s.get("rangeEV").isJsonArray()) {
            JsonArray r = s.getAsJsonArray("rangeEV");
            try {
                rf.setRange(r.get(0).getAsDouble(), r.get(1).getAsDouble());
            } catch (IllegalArgumentException e) {
                notes.add("window not restored: " + e.getMessage());
            }
        }
        background(s, rf);
        if (s.has("peaks") && s.get("peaks").isJsonArray() && !s.getAsJsonArray("peaks").isEmpty()) {
            for (JsonElement e : s.getAsJsonArray("peaks")) {
                Peak p = peak(e.getAsJsonObject());
                rf.rows().add(new ComponentRow(p, speciesOf(p.name(), choices)));
            }
            rf.model(); // validates names and links
            rf.preview();
            return String.format(Locale.ROOT, "Restored the saved fit '%s' (%d components, %s background) as the "
                    + "starting model, shown without refitting; press Fit to refit%s.", a.getName(), rf.rows().size(),
                    kind(rf), notes.isEmpty() ? ""
                            : " (" + String.join("; ", notes) + ")");
        }
        List<String> restored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (s.has("species") && s.get("species").isJsonArray()) {
            for (JsonElement e : s.getAsJsonArray("species")) {
                String label = e.getAsString();
                Optional<Species> sp = choices.stream().filter(c -> c.label().equalsIgnoreCase(label)).findFirst();
                if (sp.isPresent()) {
                    rf.addSpecies(sp.get());
                    restored.add(label);
                } else {
                    missing.add(label);
                }
            }
        }
        if (restored.isEmpty()) {
            return "The saved fit '" + a.getName() + "' holds no components to restore"
                    + (missing.isEmpty() ? "" : " (species not in the library: " + String.join(", ", missing) + ")")
                    + "; start from the library.";
        }
        rf.preview();
        return String.format(Locale.ROOT, "The saved fit '%s' holds only its species and background, not the fitted "
                + "values: restored %s with library start values and a %s background; press Fit.%s", a.getName(),
                String.join(", ", restored), kind(rf),
                missing.isEmpty() ? "" : " Not in the library: " + String.join(", ", missing) + ".");
    }

    private static String kind(RegionFit rf) {
        String k = rf.backgroundKind().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(k.charAt(0)) + k.substring(1);
    }

    private static void background(JsonObject s, RegionFit rf) {
        if (!s.has("background")) {
            return;
        }
        JsonElement b = s.get("background");
        String kind = b.isJsonObject() ? b.getAsJsonObject().get("kind").getAsString() : b.getAsString();
        rf.setBackgroundKind(BackgroundSpec.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
        if (b.isJsonObject()) {
            JsonObject o = b.getAsJsonObject();
            double w = o.has("endPointWindowEV") ? o.get("endPointWindowEV").getAsDouble() : 0;
            boolean clamp = o.has("shirleyClampedToData") && o.get("shirleyClampedToData").getAsBoolean();
            rf.setAveraging(w, clamp);
        }
    }

    private static Peak peak(JsonObject o) {
        Optional<Doublet> d = Optional.empty();
        if (o.has("doublet")) {
            JsonObject j = o.getAsJsonObject("doublet");
            d = Optional.of(Doublet.fixed(j.get("splitting").getAsDouble(), j.get("ratio").getAsDouble()));
        }
        return new Peak(o.get("name").getAsString(), LineShape.parse(o.get("shape").getAsString()),
                param(o.getAsJsonObject("position")), param(o.getAsJsonObject("fwhm")), param(o.getAsJsonObject("area")),
                AmountKind.AREA, d);
    }

    private static Param param(JsonObject o) {
        if (o.has("link")) {
            return Param.linked(o.get("link").getAsString());
        }
        double v = o.get("value").getAsDouble();
        if (o.has("fixed") && o.get("fixed").getAsBoolean()) {
            return Param.fixed(v);
        }
        double min = o.has("min") ? o.get("min").getAsDouble() : Double.NEGATIVE_INFINITY;
        double max = o.has("max") ? o.get("max").getAsDouble() : Double.POSITIVE_INFINITY;
        return Param.bounded(v, Math.min(min, v), Math.max(max, v));
    }

    /** The library species a component was made from: its name is the label, or label_2, label_3 ... */
    private static Optional<String> speciesOf(String name, List<Species> choices) {
        return choices.stream().map(Species::label).filter(l -> name.equals(l) || name.startsWith(l + "_")).findFirst();
    }
}
