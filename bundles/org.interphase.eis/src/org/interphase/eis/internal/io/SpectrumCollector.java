package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.ImpedanceData;

/**
 * Collects rows (f, Z', Z'', optional cycle) and cuts them into spectra: at every change of the cycle
 * number when the file has one, otherwise where a sweep restarts (the frequency jumps back by more than a
 * factor of 2 against the sweep direction).
 */
public final class SpectrumCollector {

    private double[] f = new double[64];
    private double[] re = new double[64];
    private double[] im = new double[64];
    private double[] cycle = new double[64];
    private int[] lines = new int[64];
    private int n;
    private final boolean hasCycle;
    private final String word;

    public SpectrumCollector(boolean hasCycle) {
        this(hasCycle, "cycle");
    }

    /** A collector whose spectra from a cycle column are labelled {@code word + " " + number}. */
    public SpectrumCollector(boolean hasCycle, String word) {
        this.hasCycle = hasCycle;
        this.word = word;
    }

    /** Adds one row; {@code line} is the 1-based file line (0 for binary files). */
    public void add(Path file, int line, double freq, double zRe, double zIm, double cyc) throws ImportException {
        if (!(freq > 0)) {
            throw new ImportException(file, line, "frequency must be positive, found " + freq);
        }
        if (n == f.length) {
            int m = 2 * n;
            f = Arrays.copyOf(f, m);
            re = Arrays.copyOf(re, m);
            im = Arrays.copyOf(im, m);
            cycle = Arrays.copyOf(cycle, m);
            lines = Arrays.copyOf(lines, m);
        }
        f[n] = freq;
        re[n] = zRe;
        im[n] = zIm;
        cycle[n] = cyc;
        lines[n] = line;
        n++;
    }

    public int size() {
        return n;
    }

    /** The spectra; throws when there are no rows at all. */
    public List<ImpedanceData> spectra(Path file, int lastLine) throws ImportException {
        if (n == 0) {
            throw new ImportException(file, lastLine, "no data rows");
        }
        List<ImpedanceData> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || startsNew(start, i)) {
                out.add(slice(start, i, out.size() + 1));
                start = i;
            }
        }
        return out;
    }

    private boolean startsNew(int start, int i) {
        if (hasCycle) {
            return cycle[i] != cycle[i - 1];
        }
        if (i - start < 2) {
            return false;
        }
        boolean descending = f[start + 1] < f[start];
        double ratio = f[i] / f[i - 1];
        return descending ? ratio > 2 : ratio < 0.5;
    }

    private ImpedanceData slice(int from, int to, int index) {
        OptionalInt cyc = hasCycle ? OptionalInt.of((int) Math.round(cycle[from])) : OptionalInt.empty();
        String label = hasCycle ? word + " " + cyc.getAsInt() : "loop " + index;
        Map<String, String> meta = new LinkedHashMap<>();
        if (lines[from] > 0) {
            meta.put("lines", lines[from] + "-" + lines[to - 1]);
        }
        return new ImpedanceData(label, Arrays.copyOfRange(f, from, to), Arrays.copyOfRange(re, from, to),
                Arrays.copyOfRange(im, from, to), cyc, meta);
    }
}
