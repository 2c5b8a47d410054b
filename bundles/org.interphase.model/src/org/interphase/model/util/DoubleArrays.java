package org.interphase.model.util;

import java.util.Arrays;

/** Text form of the model's {@code DoubleArray} data type: numbers separated by single spaces. */
public final class DoubleArrays {

    private DoubleArrays() {
    }

    /** Parses space-separated numbers; {@code null} or blank gives an empty array. */
    public static double[] parse(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        String[] tokens = text.trim().split("\\s+");
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            try {
                values[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number at position " + (i + 1) + ": '" + tokens[i] + "'", e);
            }
        }
        return values;
    }

    /** Formats values with full (round-trip) precision. */
    public static String format(double[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(values.length * 12);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }

    /** Value equality helper for tests and change detection. */
    public static boolean same(double[] a, double[] b) {
        return Arrays.equals(a, b);
    }
}
