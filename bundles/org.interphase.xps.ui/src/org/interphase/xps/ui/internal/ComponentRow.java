package org.interphase.xps.ui.internal;

import java.util.Optional;

import org.interphase.xps.api.AmountKind;
import org.interphase.xps.api.Doublet;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;

/**
 * One editable row of the components table: a peak's start values, fixed flags and link expressions, with
 * the bounds and doublet rule it came with (from the species library or the defaults of a plain component).
 * Mutable: the table edits it in place; {@link #toPeak()} builds the immutable {@link Peak} for a fit.
 */
public final class ComponentRow {

    /** The three editable parameters of a row. */
    public enum Field {
        POSITION("position"), FWHM("fwhm"), AREA("area");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The parameter name used in link expressions. */
        public String key() {
            return key;
        }
    }

    private final String name;
    private final String shape;
    private final Optional<Doublet> doublet;
    private final Optional<String> species;
    private final Param[] params = new Param[3];
    private final String[] links = { "", "", "" };

    /** A row from a peak (e.g. made by {@code SpeciesModels}); {@code species} is the library formula, if any. */
    public ComponentRow(Peak p, Optional<String> species) {
        this.name = p.name();
        this.shape = p.shape().casaName();
        this.doublet = p.doublet();
        this.species = species;
        params[0] = p.position();
        params[1] = p.fwhm();
        params[2] = p.amount();
        for (int i = 0; i < 3; i++) {
            links[i] = params[i].link().orElse("");
        }
    }

    public String name() {
        return name;
    }

    public String shape() {
        return shape;
    }

    public Optional<Doublet> doublet() {
        return doublet;
    }

    /** The species formula from the library (e.g. {@code Li3P}), empty for a plain component. */
    public Optional<String> species() {
        return species;
    }

    public double value(Field f) {
        return params[f.ordinal()].value();
    }

    public boolean fixed(Field f) {
        return params[f.ordinal()].fixed();
    }

    /** The bounds of a field, e.g. {@code 126–128}, {@code 0–∞} (empty when fixed or linked). */
    public String bounds(Field f) {
        Param p = params[f.ordinal()];
        if (p.fixed() || !links[f.ordinal()].isEmpty()) {
            return "";
        }
        return bound(p.min()) + "\u2013" + bound(p.max());
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "\u221e" : "-\u221e") : String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    public String link(Field f) {
        return links[f.ordinal()];
    }

    /** Sets the start (or fixed) value; bounds widen to hold it. */
    public void setValue(Field f, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(f.key() + " must be a finite number");
        }
        params[f.ordinal()] = params[f.ordinal()].withValue(v);
    }

    /** Holds or frees the parameter (its bounds return to the start value's neighbourhood when freed). */
    public void setFixed(Field f, boolean fixed) {
        Param p = params[f.ordinal()];
        if (fixed == p.fixed()) {
            return;
        }
        params[f.ordinal()] = fixed ? Param.fixed(p.value())
                : f == Field.AREA ? Param.bounded(p.value(), 0, Double.POSITIVE_INFINITY) : Param.free(p.value());
    }

    /** Sets a link expression ({@code A + 1.18}, {@code A.area * 0.5}); blank removes it. */
    public void setLink(Field f, String expression) {
        links[f.ordinal()] = expression == null ? "" : expression.trim();
    }

    /** The peak for a fit. */
    public Peak toPeak() {
        Param[] p = new Param[3];
        for (int i = 0; i < 3; i++) {
            p[i] = links[i].isEmpty() ? params[i] : Param.linked(links[i]);
        }
        return new Peak(name, LineShape.parse(shape), p[0], p[1], p[2], AmountKind.AREA, doublet);
    }

    /** Takes fitted values as new start values (keeps flags, links and bounds). */
    public void update(double position, double fwhm, double area) {
        double[] v = { position, fwhm, area };
        for (int i = 0; i < 3; i++) {
            if (links[i].isEmpty() && !params[i].fixed() && Double.isFinite(v[i])) {
                params[i] = params[i].withValue(v[i]);
            }
        }
    }
}
