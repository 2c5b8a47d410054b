package org.interphase.xps.api;

import java.util.OptionalDouble;

/** Text conventions of VAMAS files: NUL padding, the "unknown" value 1e37, number formatting. */
public final class VamasText {

    /** VAMAS writes 1E+37 for parameters that are not known. */
    public static final double UNKNOWN = 1e37;

    private VamasText() {
    }

    /** Removes a line's end, everything from the first NUL on (NUL-terminated labels). */
    public static String clean(String line) {
        int nul = line.indexOf('\0');
        String s = nul >= 0 ? line.substring(0, nul) : line;
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A number, empty when the text is not a finite number or is the VAMAS "unknown" value. */
    public static OptionalDouble number(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) && Math.abs(v) < UNKNOWN * 0.999 ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Shortest text that reads back to exactly {@code v}: integers without fraction, else Java's repr. */
    public static String format(double v) {
        if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
            return "-0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }
}
