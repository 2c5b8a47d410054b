package org.interphase.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick values and labels of a base-10 log axis, free of SWT: labelled ticks at the decades, or at 1, 2 and 5 times
 * the decades when the range spans fewer than {@link #SHORT_DECADES} decades; unlabelled minor ticks at the other
 * integer multiples (2..9) of each decade; labels as 10ⁿ (superscript exponent), 1-2-5 values in plain notation
 * between 0.001 and 10000 and as m×10ⁿ outside.
 */
public final class LogTicks {

    /** Below this many decades the 2s and 5s are labelled too. */
    public static final double SHORT_DECADES = 3;

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LogTicks() {
    }

    /** The labelled values in [lo, hi] (lo, hi > 0): decades, or 1-2-5 for short ranges. */
    public static List<Double> labelled(double lo, double hi) {
        return labelled(lo, hi, hi / lo < Math.pow(10, SHORT_DECADES));
    }

    /** The labelled values in [lo, hi]: the decades, with the 2s and 5s when {@code oneTwoFive}. */
    public static List<Double> labelled(double lo, double hi, boolean oneTwoFive) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return out;
        }
        for (int k = (int) Math.floor(Math.log10(lo)) - 1; k <= (int) Math.ceil(Math.log10(hi)); k++) {
            for (int m : oneTwoFive ? new int[] { 1, 2, 5 } : new int[] { 1 }) {
                double v = value(m, k);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Every multiple m·10^k (m = 1..9) in [lo, hi]: where the tick marks go. */
    public static List<Double> all(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return out;
        }
        for (int k = (int) Math.floor(Math.log10(lo)) - 1; k <= (int) Math.ceil(Math.log10(hi)); k++) {
            for (int m = 1; m <= 9; m++) {
                double v = value(m, k);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The decades of {@code decades} whose exponent is a multiple of {@code step} (thinning crowded labels). */
    public static List<Double> everyNth(List<Double> decades, int step) {
        return decades.stream().filter(v -> Math.floorMod(exponent(v), step) == 0).toList();
    }

    /** Whether {@code v} is a power of ten. */
    public static boolean isDecade(double v) {
        return mantissa(v) == 1;
    }

    /** The label of a tick value: "10⁻³", "0.2", "5000", "2×10⁻⁵". */
    public static String text(double v, boolean oneTwoFive) {
        int k = exponent(v);
        int m = mantissa(v);
        if (oneTwoFive && v >= 1e-3 * (1 - 1e-9) && v < 1e4) {
            return new BigDecimal(m).scaleByPowerOfTen(k).stripTrailingZeros().toPlainString();
        }
        String power = "10" + superscript(k);
        return m == 1 ? power : m + "×" + power;
    }

    /** The value a label of {@link #text} stands for (tests read labels back with it). */
    public static double parse(String label) {
        String s = label.trim();
        int times = s.indexOf('×');
        double m = 1;
        if (times >= 0) {
            m = Double.parseDouble(s.substring(0, times));
            s = s.substring(times + 1);
        }
        if (s.startsWith("10") && s.length() > 2 && (s.charAt(2) == '⁻' || SUPERSCRIPTS.indexOf(s.charAt(2)) >= 0)) {
            StringBuilder e = new StringBuilder();
            for (char c : s.substring(2).toCharArray()) {
                e.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
            }
            return m * Math.pow(10, Integer.parseInt(e.toString()));
        }
        return m * Double.parseDouble(s);
    }

    static String superscript(int k) {
        StringBuilder b = new StringBuilder();
        if (k < 0) {
            b.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(k)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** k with m·10^k = v, m in 1..9 (v a tick value). */
    static int exponent(double v) {
        return (int) Math.floor(Math.log10(v) + 1e-9);
    }

    /** m with m·10^k = v (v a tick value). */
    static int mantissa(double v) {
        return (int) Math.round(v / Math.pow(10, exponent(v)));
    }

    private static double value(int m, int k) {
        return new BigDecimal(m).scaleByPowerOfTen(k).doubleValue();
    }
}
