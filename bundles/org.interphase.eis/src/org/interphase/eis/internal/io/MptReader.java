package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;

/**
 * BioLogic EC-Lab ASCII export ({@code .mpt}). Layout: line 1 {@code EC-Lab ASCII FILE}, line 2
 * {@code Nb header lines : N}; line N holds the tab-separated column names, data rows follow. The file
 * writes {@code -Im(Z)/Ohm} (sign flipped); it is turned back into a signed Im Z here. Files exported
 * without header start directly with the column-name line.
 */
public final class MptReader {

    public static final String FORMAT = "BioLogic EC-Lab text (.mpt)";
    private static final Pattern HEADER_COUNT = Pattern.compile("Nb header lines\\s*:\\s*(\\d+)");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:\\t]{1,60}?)\\s+:\\s*(.*?)\\s*$");

    /** The first line of an EC-Lab or BT-Lab text export. */
    static final String[] MAGICS = {"EC-Lab ASCII FILE", "BT-Lab ASCII FILE"};

    private MptReader() {
    }

    /**
     * 1 for the EC-Lab/BT-Lab magic line, 0.6 for a header-less export with the EC-Lab column names; 0.9 for a
     * damaged EC-Lab header (a slightly damaged magic, or any first line before {@code Nb header lines}), which
     * {@link #read} refuses with the reason.
     */
    public static double detect(FileProbe probe) {
        String head = probe.headText();
        if (head.startsWith("EC-Lab ASCII FILE") || head.startsWith("BT-Lab ASCII FILE")) {
            return impedanceColumns(head);
        }
        String[] firstLines = head.split("\r\n|\n|\r", 3);
        if (probe.damagedMagic(MAGICS).isPresent()
                || firstLines.length > 2 && firstLines[1].startsWith("Nb header lines")) {
            return 0.9; // ours, damaged: read() refuses it with the reason, no looser reader gets it
        }
        return head.startsWith("freq/Hz\t") && head.contains("Re(Z)/Ohm") ? 0.6 : 0;
    }

    /**
     * 1 when the column row (line "Nb header lines") lies in the probe and names freq/Hz, 0 when it names no
     * frequency (a cycling or voltammetry export, another technique's file), 0.7 when it lies beyond the probe.
     */
    private static double impedanceColumns(String head) {
        String[] lines = head.split("\r\n|\n|\r", -1);
        Matcher m = lines.length > 1 ? HEADER_COUNT.matcher(lines[1]) : null;
        if (m == null || !m.find() || m.group(1).length() > 6) {
            return 1.0; // damaged: read() refuses it with the line
        }
        int columnRow = Integer.parseInt(m.group(1)) - 1;
        // the last split element may be a cut line: only whole lines count
        if (columnRow < 1 || columnRow >= lines.length - 1) {
            return 0.7;
        }
        return indexOf(splitTabs(lines[columnRow]), "freq/Hz") >= 0 ? 1.0 : 0;
    }

    public static EisFile read(Path file) throws ImportException {
        FileProbe.refuseDamaged(file, "EC-Lab", MAGICS);
        List<String> lines = TextFile.lines(file);
        if (!lines.isEmpty() && !lines.get(0).startsWith("EC-Lab ASCII FILE") && !lines.get(0).startsWith("BT-Lab ASCII FILE")
                && lines.size() > 1 && lines.get(1).startsWith("Nb header lines")) {
            throw new ImportException(file, 1, "damaged EC-Lab header at line 1: expected 'EC-Lab ASCII FILE', found '"
                    + lines.get(0).chars().limit(40).mapToObj(c -> c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : "?")
                    .collect(java.util.stream.Collectors.joining()) + "'");
        }
        int headerLines = 1;
        Map<String, String> meta = new LinkedHashMap<>();
        if (lines.get(0).startsWith("EC-Lab ASCII FILE") || lines.get(0).startsWith("BT-Lab ASCII FILE")) {
            Matcher m = lines.size() > 1 ? HEADER_COUNT.matcher(lines.get(1)) : null;
            if (m == null || !m.find()) {
                throw new ImportException(file, 2, "expected 'Nb header lines : N'");
            }
            long announced = m.group(1).length() > 12 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
            if (announced < 3 || announced > lines.size()) {
                throw new ImportException(file, 2, "the header announces " + (announced == Long.MAX_VALUE
                        ? m.group(1) : announced) + " lines but the file has " + lines.size()
                        + (announced > lines.size() ? " (truncated or damaged)" : ""));
            }
            headerLines = (int) announced;
            readMetadata(lines, headerLines, meta);
        }
        int headerIndex = headerLines - 1;
        String[] names = splitTabs(lines.get(headerIndex));
        int fCol = indexOf(names, "freq/Hz");
        int reCol = indexOf(names, "Re(Z)/Ohm");
        int negImCol = indexOf(names, "-Im(Z)/Ohm");
        int imCol = negImCol >= 0 ? negImCol : indexOf(names, "Im(Z)/Ohm");
        int cycCol = indexOf(names, "cycle number");
        if (fCol < 0 || reCol < 0 || imCol < 0) {
            throw new ImportException(file, headerLines,
                    "column names lack freq/Hz, Re(Z)/Ohm or -Im(Z)/Ohm (is this an impedance technique?)");
        }
        double sign = negImCol >= 0 ? -1 : 1;
        SpectrumCollector rows = new SpectrumCollector(cycCol >= 0);
        int needed = Math.max(Math.max(fCol, reCol), Math.max(imCol, cycCol)) + 1;
        for (int i = headerLines; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String[] t = splitTabs(line);
            if (t.length < needed) {
                throw new ImportException(file, lineNo, "expected " + names.length + " columns, found " + t.length);
            }
            double f = TextFile.number(file, lineNo, t[fCol], names[fCol]);
            double re = TextFile.number(file, lineNo, t[reCol], names[reCol]);
            double im = sign * TextFile.number(file, lineNo, t[imCol], names[imCol]);
            double cyc = cycCol >= 0 ? TextFile.number(file, lineNo, t[cycCol], names[cycCol]) : 0;
            rows.add(file, lineNo, f, re, im, cyc);
        }
        List<String> columns = new ArrayList<>(List.of(names[fCol], names[reCol], names[imCol]));
        if (cycCol >= 0) {
            columns.add(names[cycCol]);
        }
        Optional<String> device = Optional.ofNullable(meta.get("Device")).map(d -> "BioLogic " + d);
        return new EisFile(FORMAT, rows.spectra(file, lines.size()), columns, sign < 0 ? "-Im(Z)" : "Im(Z)", device,
                Optional.ofNullable(meta.get("Acquisition started on")), meta);
    }

    private static void readMetadata(List<String> lines, int headerLines, Map<String, String> meta) {
        if (headerLines > 3 && !lines.get(3).isBlank()) {
            meta.put("technique", lines.get(3).trim());
        }
        for (int i = 2; i < headerLines - 1; i++) {
            Matcher kv = KEY_VALUE.matcher(lines.get(i));
            if (kv.matches() && !kv.group(2).isEmpty()) {
                meta.putIfAbsent(kv.group(1).trim(), kv.group(2));
            }
        }
    }

    static String[] splitTabs(String line) {
        String s = line;
        while (s.endsWith("\t")) {
            s = s.substring(0, s.length() - 1);
        }
        String[] t = s.split("\t", -1);
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i].trim();
        }
        return t;
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
