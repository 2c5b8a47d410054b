package org.interphase.report.api;

import java.util.Locale;

/** XML-safe text and the number formats of the report (no entities beyond the five of XML, so the page parses as XHTML). */
final class Html {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Html() {
    }

    /** {@code s} escaped for XML text and attribute values; null becomes "". */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // control characters are not allowed in XML 1.0
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Four significant digits, integers without a decimal point, no exponent between 1e-3 and 1e6. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
            return strip(String.format(Locale.ROOT, "%." + digits + "f", v));
        }
        return scientific(v, 3);
    }

    /**
     * A value with its standard uncertainty, rounded to the uncertainty's second significant digit
     * (the convention of the GUM, JCGM 100:2008 §7.2.6): "123.5", "1.2" for 123.456 ± 1.234.
     */
    static String[] withSigma(double value, double sigma) {
        if (!Double.isFinite(sigma) || sigma <= 0) {
            return new String[] { num(value), "" };
        }
        int exponent = (int) Math.floor(Math.log10(sigma)) - 1;
        if (exponent < 0 && exponent >= -6 && Math.abs(value) < 1e6) {
            String f = "%." + (-exponent) + "f";
            return new String[] { String.format(Locale.ROOT, f, value), String.format(Locale.ROOT, f, sigma) };
        }
        if (exponent >= 0 && Math.abs(value) < 1e9) {
            double scale = Math.pow(10, exponent);
            return new String[] { num(Math.rint(value / scale) * scale), num(Math.rint(sigma / scale) * scale) };
        }
        return new String[] { num(value), num(sigma) };
    }

    /** "1.23×10⁻⁵" with superscript digits (readable on screen, in print and in SVG text). */
    static String scientific(double v, int decimals) {
        if (v == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double m = v / Math.pow(10, e);
        return strip(String.format(Locale.ROOT, "%." + decimals + "f", m)) + "×10" + superscript(e);
    }

    /** "⁻⁵" for -5. */
    static String superscript(int e) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(e).toCharArray()) {
            b.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String strip(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
