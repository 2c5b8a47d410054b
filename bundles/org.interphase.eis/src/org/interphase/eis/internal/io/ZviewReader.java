package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceData;

/**
 * ZView / ZPlot {@code .z} text files (Scribner Associates). Header lines (the first usually
 * "ZPlot2 Ascii", then the original path and the sweep type, and a {@code Begin Comments} ... {@code End
 * Comments} block) end at the line {@code End Comments}. Then, after optional blank lines and an optional
 * row of column names, data rows in comma- or whitespace-separated columns: Freq(Hz), Ampl, Bias,
 * Time(Sec), Z'(a), Z''(b), GD, Err, Range. Z'' is written signed (negative for capacitive points). When
 * the column-name row is present the columns are found by name, otherwise by that position. Several
 * frequency sweeps in one file become several spectra (a sweep restarts where the frequency jumps back).
 */
public final class ZviewReader {

    public static final String FORMAT = "ZView/ZPlot (.z)";
    private static final String END = "end comments";

    private ZviewReader() {
    }

    public static double detect(FileProbe probe) {
        String head = probe.headText();
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zplot") && lower.contains(END)) {
            return 0.95;
        }
        if (lower.contains("begin comments") && lower.contains(END)) {
            return 0.85;
        }
        if (lower.contains("z'(a)") && lower.contains("z''(b)")) {
            return 0.8;
        }
        return probe.extension().equalsIgnoreCase("z") && lower.contains(END) ? 0.6 : 0;
    }

    public static EisFile read(Path file) throws ImportException {
        List<String> lines = TextFile.lines(file);
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().toLowerCase(Locale.ROOT).equals(END)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ImportException(file, lines.size(), "no 'End Comments' line: not a ZView .z file");
        }
        Map<String, String> meta = header(lines, end);
        int i = end + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int f = 0;
        int t = 3;
        int re = 4;
        int im = 5;
        List<String> names = List.of("Freq(Hz)", "Z'(a)", "Z''(b)");
        if (i < lines.size() && !TextFile.isNumber(split(lines.get(i))[0])) {
            String[] h = split(lines.get(i));
            f = find(h, "freq");
            t = find(h, "time");
            re = find(h, "z'(a)");
            im = find(h, "z''(b)");
            if (f < 0 || re < 0 || im < 0) {
                throw new ImportException(file, i + 1, "column-name row lacks Freq(Hz), Z'(a) or Z''(b): "
                        + lines.get(i).strip());
            }
            names = List.of(h[f], h[re], h[im]);
            i++;
        }
        int needed = Math.max(f, Math.max(re, im)) + 1;
        SpectrumCollector rows = new SpectrumCollector(false);
        List<Double> times = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] c = split(line);
            if (c.length < needed) {
                throw new ImportException(file, i + 1, "expected at least " + needed + " columns (Freq, Ampl, Bias,"
                        + " Time, Z', Z''), found " + c.length);
            }
            rows.add(file, i + 1, TextFile.number(file, i + 1, c[f], "Freq(Hz)"),
                    TextFile.number(file, i + 1, c[re], "Z'(a)"), TextFile.number(file, i + 1, c[im], "Z''(b)"), 0);
            if (t >= 0 && t < c.length) {
                times.add(TextFile.number(file, i + 1, c[t], "Time(Sec)"));
            }
        }
        List<ImpedanceData> spectra = rows.spectra(file, lines.size());
        if (spectra.size() > 1) {
            List<ImpedanceData> labelled = new ArrayList<>();
            for (int k = 0; k < spectra.size(); k++) {
                ImpedanceData d = spectra.get(k);
                labelled.add(new ImpedanceData("sweep " + (k + 1), d.frequencyHz(), d.zReal(), d.zImag(), d.cycle(),
                        d.metadata()));
            }
            spectra = labelled;
        }
        if (!times.isEmpty()) {
            meta.put("first point time / s", times.get(0).toString());
        }
        return new EisFile(FORMAT, spectra, names, "Im(Z)", Optional.of("ZView/ZPlot"), Optional.empty(), meta);
    }

    /** The header: the first line as format, the comment block joined, other lines numbered. */
    private static Map<String, String> header(List<String> lines, int end) {
        Map<String, String> meta = new LinkedHashMap<>();
        StringBuilder comments = new StringBuilder();
        boolean inComments = false;
        for (int i = 0; i < end; i++) {
            String l = lines.get(i).strip();
            if (l.equalsIgnoreCase("begin comments")) {
                inComments = true;
            } else if (inComments) {
                comments.append(comments.isEmpty() ? "" : " ").append(l);
            } else if (!l.isEmpty()) {
                meta.put(i == 0 ? "format" : "header line " + (i + 1), l);
            }
        }
        if (!comments.isEmpty()) {
            meta.put("comments", comments.toString());
        }
        return meta;
    }

    /** Commas (with optional spaces) or whitespace; a decimal comma is impossible in comma-separated files. */
    static String[] split(String line) {
        String s = line.strip();
        return s.contains(",") ? s.split("\\s*,\\s*") : s.split("\\s+");
    }

    private static int find(String[] header, String key) {
        for (int k = 0; k < header.length; k++) {
            if (header[k].toLowerCase(Locale.ROOT).startsWith(key)) {
                return k;
            }
        }
        return -1;
    }
}
