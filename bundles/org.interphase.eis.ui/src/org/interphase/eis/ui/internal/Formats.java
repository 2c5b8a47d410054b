package org.interphase.eis.ui.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.interphase.eis.api.FitFlag;

/** Number and flag texts for tables and labels. */
public final class Formats {

    private Formats() {
    }

    /** Four significant digits, or an em dash for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221E" : "\u2212\u221E";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.4g", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** A unit for display: "Ohm" as the symbol, exponents kept as written ("S s^a"). */
    public static String unit(String unit) {
        return unit == null ? "" : unit.replace("Ohm", "\u03A9");
    }

    /** "[lo, hi]" or an em dash. */
    public static String interval(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return "\u2014";
        }
        return "[" + number(lo) + ", " + number(hi) + "]";
    }

    /** Readable flag names, e.g. "at bound, non-identifiable". */
    public static String flags(Collection<FitFlag> flags) {
        return flags.stream().sorted().map(Formats::flag).collect(Collectors.joining(", "));
    }

    /** A readable flag name. */
    public static String flag(FitFlag f) {
        return switch (f) {
            case DID_NOT_MOVE -> "did not move";
            case AT_BOUND -> "at bound";
            case NON_IDENTIFIABLE -> "non-identifiable";
            case FIXED -> "fixed";
            case BETTER_MINIMUM_FROM_OTHER_START -> "better minimum from another start";
            case NOT_CONVERGED -> "not converged";
            case CANCELLED -> "cancelled";
            case REORDERED -> "relabelled by τ";
            case LINKED -> "linked";
        };
    }
}
