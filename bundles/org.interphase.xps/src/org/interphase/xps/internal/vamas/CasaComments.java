package org.interphase.xps.internal.vamas;

import java.util.ArrayList;
import java.util.List;

import org.interphase.xps.api.CasaComponent;
import org.interphase.xps.api.CasaParameter;
import org.interphase.xps.api.CasaRegion;

/**
 * Parses the CasaXPS processing records that CasaXPS writes into VAMAS block comments: quantification
 * regions ({@code CASA region}) and synthetic components ({@code CASA comp}). Tokens are either
 * {@code (*text*)} groups or whitespace-separated words.
 */
public final class CasaComments {

    private CasaComments() {
    }

    /** Splits a CasaXPS record into tokens; {@code (*...*)} groups become one token without the brackets. */
    public static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (line.startsWith("(*", i)) {
                int end = line.indexOf("*)", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated (* group at column " + (i + 1));
                }
                tokens.add(line.substring(i + 2, end));
                i = end + 2;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(line.charAt(j))) {
                    j++;
                }
                tokens.add(line.substring(i, j));
                i = j;
            }
        }
        return tokens;
    }

    /** Regions found in the comment lines. */
    public static List<CasaRegion> regions(List<String> comments) {
        List<CasaRegion> result = new ArrayList<>();
        for (String line : comments) {
            if (line.trim().startsWith("CASA region")) {
                result.add(region(line.trim()));
            }
        }
        return result;
    }

    /** Components found in the comment lines. */
    public static List<CasaComponent> components(List<String> comments) {
        List<CasaComponent> result = new ArrayList<>();
        for (String line : comments) {
            if (line.trim().startsWith("CASA comp")) {
                result.add(component(line.trim()));
            }
        }
        return result;
    }

    /** Parses one {@code CASA region} line. */
    public static CasaRegion region(String line) {
        List<String> t = tokens(line);
        if (t.size() < 16) {
            throw new IllegalArgumentException("CASA region record has " + t.size() + " fields, expected at least 16");
        }
        List<Double> bg = List.of(num(t, 10), num(t, 11), num(t, 12), num(t, 13));
        double mass = t.size() > 15 ? num(t, 15) : Double.NaN;
        return new CasaRegion(t.get(2), t.get(3), num(t, 4), num(t, 5), num(t, 6), num(t, 7), num(t, 8),
                num(t, 9), bg, t.get(14), mass, line);
    }

    /** Parses one {@code CASA comp} line. */
    public static CasaComponent component(String line) {
        List<String> t = tokens(line);
        if (t.size() < 4) {
            throw new IllegalArgumentException("CASA comp record has too few fields");
        }
        int indexAt = t.indexOf("INDEX");
        return new CasaComponent(t.get(2), t.get(3), parameter(t, "Area"), parameter(t, "MFWHM"),
                parameter(t, "Position"), keyed(t, "RSF"), keyed(t, "MASS"),
                indexAt < 0 ? -1 : (int) num(t, indexAt + 1), indexAt < 0 || indexAt + 2 >= t.size() ? ""
                        : t.get(indexAt + 2), line);
    }

    private static CasaParameter parameter(List<String> t, String key) {
        int i = t.indexOf(key);
        if (i < 0 || i + 5 >= t.size()) {
            throw new IllegalArgumentException("CASA comp record lacks '" + key + "' with 5 values");
        }
        return new CasaParameter(num(t, i + 1), num(t, i + 2), num(t, i + 3), (int) num(t, i + 4), num(t, i + 5));
    }

    private static double keyed(List<String> t, String key) {
        int i = t.indexOf(key);
        return i < 0 || i + 1 >= t.size() ? Double.NaN : num(t, i + 1);
    }

    private static double num(List<String> t, int i) {
        try {
            return Double.parseDouble(t.get(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + (i + 1) + " is not a number: '" + t.get(i) + "'", e);
        }
    }
}
