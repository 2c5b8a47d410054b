package org.interphase.xps.internal.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsRegionData;

/**
 * Reads ULVAC-PHI MultiPak spectrum files ({@code .spe}). Structure as described by the open readers (yadg's
 * {@code phi-spe} notes by N. Vetsch, pynxtools-xps's PHI reader, J. Weimer's IGOR loader):
 * <ul>
 * <li>an ASCII header from a line {@code SOFH} to a line {@code EOFH} with {@code Key: value} lines; each
 * region is a {@code SpectralRegDef: n n Name Z points step start stop start2 stop2 dwell passEnergy mode}
 * line (binding energies from start to stop in {@code points} equal steps; dwell per step in s);
 * {@code SpectralRegDef2: n ... sweeps ...} gives the sweeps; {@code XraySource: Al 1486.6 mono} the
 * photon energy;</li>
 * <li>then binary, little-endian: a data header of four uint32 (group, number of traces, total size of the
 * trace headers, size of the data header), one trace header per region (uint32 points at +0x14, data type
 * {@code f4}/{@code f8} as text at +0x48, number of data bytes at +0x4c, start of the data at +0x50, end of
 * the data at +0x5c; offsets counted from the start of the binary part), and the intensities in counts per
 * second. Older files locate the data by their end (+0x5c); VersaProbe 4 files write 0 there and locate them
 * by their start (+0x50). Both are accepted.</li>
 * </ul>
 */
public final class PhiSpeParser {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    private PhiSpeParser() {
    }

    /** Whether the bytes start like a PHI file. */
    public static boolean looksLike(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1).stripLeading();
        return s.startsWith("SOFH");
    }

    /** The regions of a {@code .spe} file. */
    public static List<XpsRegionData> read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    private record RegDef(int number, String name, int points, double start, double stop, double dwell,
            double passEnergy, String mode, int line) {
    }

    /** Parses the bytes of a {@code .spe} file. */
    public static List<XpsRegionData> parse(Path file, byte[] bytes) throws ImportException {
        int pos = 0;
        int line = 0;
        boolean started = false;
        Map<String, String> meta = new LinkedHashMap<>();
        List<RegDef> defs = new ArrayList<>();
        Map<Integer, Double> sweeps = new LinkedHashMap<>();
        int declared = -1;
        int declaredLine = 0;
        while (true) {
            if (pos >= bytes.length) {
                throw new ImportException(file, line, started ? "the header has no EOFH line" : "not a PHI file: no SOFH line");
            }
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            String text = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1).strip();
            pos = Math.min(bytes.length, end + 1);
            if (!started) {
                if (text.isEmpty()) {
                    continue;
                }
                if (!"SOFH".equals(text)) {
                    throw new ImportException(file, line, "not a PHI file: expected SOFH, found '" + abbreviate(text) + "'");
                }
                started = true;
                continue;
            }
            if ("EOFH".equals(text)) {
                break;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                if (text.isEmpty()) {
                    continue;
                }
                throw new ImportException(file, line, "header line without 'Key: value': '" + abbreviate(text) + "'");
            }
            String key = text.substring(0, colon).trim();
            String value = text.substring(colon + 1).trim();
            switch (key) {
                case "SpectralRegDef" -> defs.add(regDef(file, line, value));
                case "SpectralRegDef2" -> {
                    String[] f = value.split("\\s+");
                    if (f.length > 2) {
                        sweeps.put(integer(file, line, f[0], "region number"), number(file, line, f[2], "sweeps"));
                    }
                }
                case "NoSpectralReg" -> {
                    declared = integer(file, line, value, "NoSpectralReg");
                    declaredLine = line;
                }
                default -> meta.putIfAbsent(key, value);
            }
        }
        int eofhLine = line;
        if (declared >= 0 && declared != defs.size()) {
            throw new ImportException(file, declaredLine, "NoSpectralReg says " + declared + " regions but "
                    + defs.size() + " SpectralRegDef lines follow");
        }
        if (defs.isEmpty()) {
            throw new ImportException(file, eofhLine, "the header defines no SpectralRegDef region");
        }
        double hv = photonEnergy(meta.getOrDefault("XraySource", ""));
        ByteBuffer bin = ByteBuffer.wrap(bytes, pos, bytes.length - pos).slice().order(ByteOrder.LITTLE_ENDIAN);
        int binLine = eofhLine + 1;
        if (bin.remaining() < 16) {
            throw new ImportException(file, binLine, "binary part truncated: " + bin.remaining()
                    + " bytes, the data header needs 16");
        }
        long traces = Integer.toUnsignedLong(bin.getInt(4));
        long traceHeaders = Integer.toUnsignedLong(bin.getInt(8));
        long dataHeader = Integer.toUnsignedLong(bin.getInt(12));
        if (traces != defs.size()) {
            throw new ImportException(file, binLine, "the binary data hold " + traces + " traces, the header defines "
                    + defs.size() + " regions");
        }
        long each = traceHeaders / traces;
        if (each < 0x60 || dataHeader < 16 || dataHeader + traceHeaders > bin.remaining()) {
            throw new ImportException(file, binLine, "binary part inconsistent: data header " + dataHeader
                    + " bytes, trace headers " + traceHeaders + " bytes, " + bin.remaining() + " bytes present");
        }
        List<XpsRegionData> out = new ArrayList<>();
        for (int t = 0; t < defs.size(); t++) {
            RegDef d = defs.get(t);
            int h = (int) (dataHeader + t * each);
            int points = bin.getInt(h + 0x14);
            String type = new String(new byte[] { bin.get(h + 0x48), bin.get(h + 0x49) }, StandardCharsets.ISO_8859_1);
            long nbytes = Integer.toUnsignedLong(bin.getInt(h + 0x4c));
            long endData = Integer.toUnsignedLong(bin.getInt(h + 0x5c));
            int size = switch (type) {
                case "f4" -> 4;
                case "f8" -> 8;
                default -> throw new ImportException(file, binLine, "trace " + (t + 1) + ": unknown data type '" + type
                        + "' (f4 or f8 expected)");
            };
            if (points != d.points()) {
                throw new ImportException(file, d.line(), "region " + d.name() + ": " + d.points()
                        + " points in SpectralRegDef but " + points + " in the binary trace header");
            }
            long startData = Integer.toUnsignedLong(bin.getInt(h + 0x50));
            // two layouts: the end of the data at +0x5c (older MultiPak), or 0 there and the start at +0x50
            // (VersaProbe 4)
            boolean byEnd = endData != 0 && endData >= nbytes;
            long offset = byEnd ? endData - nbytes : startData;
            long need = (long) points * size;
            if (need > nbytes || offset + need > bin.remaining() || !byEnd && offset < dataHeader + traceHeaders) {
                throw new ImportException(file, binLine, "trace " + (t + 1) + " (" + d.name() + ") truncated: needs "
                        + need + " bytes " + (byEnd ? "ending at byte " + endData : "from byte " + offset)
                        + " of the binary part (trace header: " + nbytes + " data bytes, start field " + startData
                        + ", end field " + endData + "), the file has " + bin.remaining() + " bytes after the header");
            }
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                int at = (int) offset + i * size;
                y[i] = size == 4 ? bin.getFloat(at) : bin.getDouble(at);
                if (!Double.isFinite(y[i])) {
                    throw new ImportException(file, binLine, "trace " + (t + 1) + " (" + d.name() + "): point " + (i + 1)
                            + " is " + y[i]);
                }
            }
            double[] be = new double[points];
            for (int i = 0; i < points; i++) {
                be[i] = points == 1 ? d.start() : d.start() + (d.stop() - d.start()) * i / (points - 1);
            }
            Map<String, String> md = new LinkedHashMap<>(meta);
            md.put("Pass Energy", Double.toString(d.passEnergy()));
            md.put("Acquisition mode", d.mode());
            String[] st = speciesAndTransition(d.name());
            out.add(new XpsRegionData(d.name(), st[0], st[1], "SpectralRegDef " + d.number(), hv, EnergyKind.BINDING,
                    be, y, IntensityUnit.COUNTS_PER_SECOND, d.dwell(), sweeps.getOrDefault(d.number(), Double.NaN),
                    Optional.empty(), List.of(), List.of(), md));
        }
        return out;
    }

    private static RegDef regDef(Path file, int line, String value) throws ImportException {
        String[] f = value.split("\\s+");
        if (f.length < 12) {
            throw new ImportException(file, line, "SpectralRegDef needs at least 12 fields (number, number, name, Z, "
                    + "points, step, start, stop, start2, stop2, dwell, pass energy), found " + f.length);
        }
        int points = integer(file, line, f[4], "points");
        if (points < 1) {
            throw new ImportException(file, line, "SpectralRegDef: " + points + " points");
        }
        return new RegDef(integer(file, line, f[0], "region number"), f[2], points, number(file, line, f[6], "start"),
                number(file, line, f[7], "stop"), number(file, line, f[10], "dwell"), number(file, line, f[11],
                        "pass energy"), f.length > 12 ? f[12] : "", line);
    }

    /** "S2p" -> {"S", "2p"}; "Su1s" (survey) -> {"", ""}. */
    static String[] speciesAndTransition(String name) {
        Matcher m = Pattern.compile("^([A-Z][a-z]?)\\s*(\\d[spdf]\\d?)").matcher(name);
        if (m.find() && !name.startsWith("Su")) {
            return new String[] { m.group(1), m.group(2) };
        }
        return new String[] { "", "" };
    }

    static double photonEnergy(String source) {
        Matcher m = NUMBER.matcher(source);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (v >= 100) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static int integer(Path file, int line, String s, String what) throws ImportException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, what + " '" + abbreviate(s) + "' is not an integer", e);
        }
    }

    private static double number(Path file, int line, String s, String what) throws ImportException {
        try {
            double v = Double.parseDouble(s.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, what + " '" + abbreviate(s) + "' is not a number", e);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
