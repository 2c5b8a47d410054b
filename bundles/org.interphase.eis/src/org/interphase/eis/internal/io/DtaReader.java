package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceData;

/**
 * Gamry Framework data file ({@code .DTA}, "EXPLAIN" format). Header lines are {@code KEY<TAB>TYPE<TAB>
 * VALUE...}; an impedance curve is a {@code ZCURVE<TAB>TABLE} line followed by a row of column names, a
 * row of units and data rows that start with a TAB. Zimag is written signed. Several Z curves (PEIS,
 * GALVEIS, EISPOT, EISGALV ...) become several spectra.
 */
public final class DtaReader {

    public static final String FORMAT = "Gamry Framework (.DTA)";

    private DtaReader() {
    }

    public static double detect(FileProbe probe) {
        String head = probe.headText();
        if (!head.startsWith("EXPLAIN")) {
            // ours, damaged (read() refuses it with the reason): the magic slightly changed, or Gamry's own
            // structure after a damaged first line
            return probe.damagedMagic("EXPLAIN").isPresent()
                    || head.contains("\nTAG\t") && head.contains("ZCURVE\tTABLE") ? 0.9 : 0;
        }
        return head.contains("ZCURVE") || head.matches("(?s).*\\nTAG\\t(PEIS|GEIS|GALVEIS|EISPOT|EISGALV|PWREIS).*")
                ? 0.95 : 0.4;
    }

    public static EisFile read(Path file) throws ImportException {
        FileProbe.refuseDamaged(file, "Gamry DTA", "EXPLAIN");
        List<String> lines = TextFile.lines(file);
        if (!lines.get(0).startsWith("EXPLAIN")) {
            throw new ImportException(file, 1, "damaged Gamry DTA header at line 1: expected 'EXPLAIN'");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<ImpedanceData> spectra = new ArrayList<>();
        List<String> columns = List.of();
        int i = 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            String[] t = line.split("\t", -1);
            if (t.length >= 2 && t[0].startsWith("ZCURVE") && t[1].equals("TABLE")) {
                Curve c = readCurve(file, lines, i, t[0], spectra.size() + 1);
                spectra.add(c.data());
                columns = c.columns();
                i = c.next();
                continue;
            }
            if (t.length == 2 && !t[0].isEmpty() && !t[1].equals("TABLE")) {
                meta.putIfAbsent(t[0], t[1].trim());
            } else if (t.length >= 3 && !t[0].isEmpty() && !t[1].equals("TABLE") && !t[1].equals("NOTES")) {
                meta.putIfAbsent(t[0], t[2].trim());
            }
            i++;
        }
        if (spectra.isEmpty()) {
            throw new ImportException(file, lines.size(), "no ZCURVE table (not an impedance experiment?)");
        }
        Optional<String> when = Optional.ofNullable(meta.get("DATE"))
                .map(d -> meta.containsKey("TIME") ? d + " " + meta.get("TIME") : d);
        return new EisFile(FORMAT, spectra, columns, "Im(Z)", Optional.of("Gamry"
                + Optional.ofNullable(meta.get("PSTAT")).map(p -> " " + p).orElse("")), when, meta);
    }

    private record Curve(ImpedanceData data, List<String> columns, int next) {
    }

    private static Curve readCurve(Path file, List<String> lines, int at, String name, int index)
            throws ImportException {
        if (at + 2 >= lines.size()) {
            throw new ImportException(file, at + 1, name + " table has no column-name and unit rows");
        }
        String[] names = MptReader.splitTabs(lines.get(at + 1));
        int f = indexOf(names, "Freq");
        int re = indexOf(names, "Zreal");
        int im = indexOf(names, "Zimag");
        if (f < 0 || re < 0 || im < 0) {
            throw new ImportException(file, at + 2, name + " table lacks Freq, Zreal or Zimag columns");
        }
        SpectrumCollector rows = new SpectrumCollector(false);
        int i = at + 3;
        int needed = Math.max(f, Math.max(re, im)) + 1;
        for (; i < lines.size() && lines.get(i).startsWith("\t"); i++) {
            String[] t = MptReader.splitTabs(lines.get(i));
            if (t.length < needed) {
                throw new ImportException(file, i + 1, "expected " + names.length + " columns, found " + t.length);
            }
            rows.add(file, i + 1, TextFile.number(file, i + 1, t[f], "Freq"),
                    TextFile.number(file, i + 1, t[re], "Zreal"), TextFile.number(file, i + 1, t[im], "Zimag"), 0);
        }
        int found = i - (at + 3);
        String[] head = lines.get(at).split("\t", -1);
        if (head.length > 2 && !head[2].isBlank()) {
            String declared = head[2].trim();
            if (!declared.matches("\\d{1,9}")) {
                throw new ImportException(file, at + 1, name + " TABLE: the row count '" + declared
                        + "' is not a number");
            }
            if (Integer.parseInt(declared) != found) {
                throw new ImportException(file, i >= lines.size() ? lines.size() : i + 1, name + " TABLE declares "
                        + declared + " points but " + found + " follow" + (found < Integer.parseInt(declared)
                                ? " (truncated file?)" : ""));
            }
        }
        List<ImpedanceData> parts = rows.spectra(file, i);
        ImpedanceData d = parts.get(0);
        if (parts.size() > 1) {
            throw new ImportException(file, at + 1, name + " holds more than one frequency sweep");
        }
        Map<String, String> meta = new LinkedHashMap<>(d.metadata());
        meta.put("table", name);
        ImpedanceData data = new ImpedanceData(name.equals("ZCURVE") ? "curve " + index : name, d.frequencyHz(),
                d.zReal(), d.zImag(), OptionalInt.empty(), meta);
        return new Curve(data, List.of(names[f], names[re], names[im]), i);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
