package org.interphase.tomo.ui.internal.render;

import java.util.Locale;

/** Number formatting for labels, CSV and JSON (always with a dot decimal separator). */
public final class Numbers {

    private Numbers() {
    }

    /** Shortest readable form: integers without decimals, otherwise up to 6 significant digits. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A fraction with 4 decimals. */
    public static String fraction(double f) {
        return String.format(Locale.ROOT, "%.4f", f);
    }

    /** A "nice" length near {@code target} (1, 2 or 5 times a power of ten), for scale bars. */
    public static double nice(double target) {
        if (!(target > 0)) {
            return 0;
        }
        double p = Math.pow(10, Math.floor(Math.log10(target)));
        double m = target / p;
        double n = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        return n * p;
    }
}
