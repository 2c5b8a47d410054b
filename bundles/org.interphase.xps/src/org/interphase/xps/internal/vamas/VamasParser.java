package org.interphase.xps.internal.vamas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;
import org.interphase.xps.api.VamasBlock;
import org.interphase.xps.api.VamasFile;
import org.interphase.xps.api.VamasItem;
import org.interphase.xps.api.VamasVariable;

/**
 * Reads ISO 14976:1998 "Surface chemical analysis - Data transfer format" (VAMAS) files: every
 * experiment mode, REGULAR and IRREGULAR scans, parameter inclusion/exclusion lists, blank lines before
 * the header, NUL-terminated labels, CRLF/LF/CR line ends.
 */
public final class VamasParser {

    static final Set<String> EXPERIMENT_MODES =
            Set.of("MAP", "MAPDP", "MAPSV", "MAPSVDP", "NORM", "SDP", "SDPSV", "SEM", "NOEXP");
    static final Set<String> SCAN_MODES = Set.of("REGULAR", "IRREGULAR", "MAPPING");
    private static final Set<String> ION_TECHNIQUES = Set.of("FABMS", "FABMS energy spec", "ISS", "SIMS",
            "SIMS energy spec", "SNMS", "SNMS energy spec");
    private static final Set<String> PHOTON_ELECTRON_TECHNIQUES =
            Set.of("AES diff", "AES dir", "EDX", "ELS", "UPS", "XPS", "XRF");
    private static final Set<String> DEPTH_PROFILE_MODES = Set.of("MAPDP", "MAPSVDP", "SDP", "SDPSV");

    private final LineCursor in;

    private VamasParser(LineCursor in) {
        this.in = in;
    }

    /** Reads a VAMAS file. */
    public static VamasFile read(Path file) throws ImportException {
        org.interphase.core.api.FileProbe.refuseDamaged(file, "VAMAS", org.interphase.xps.api.VamasFile.FORMAT_IDENTIFIER);
        return parse(LineCursor.open(file));
    }

    /** Parses VAMAS lines. */
    public static VamasFile parse(LineCursor cursor) throws ImportException {
        return new VamasParser(cursor).file();
    }

    private VamasFile file() throws ImportException {
        while (in.hasNext() && in.peek().isEmpty()) {
            in.skip(); // blank lines before the header occur in the wild
        }
        if (!in.hasNext()) {
            throw in.error("empty file, expected the VAMAS format identifier");
        }
        String magic = in.next("format identifier");
        if (!VamasFile.FORMAT_IDENTIFIER.equals(magic)) {
            throw in.error("not a VAMAS file: first line is '" + abbreviate(magic) + "'");
        }
        String institution = in.next("institution identifier");
        String instrument = in.next("instrument model identifier");
        String operator = in.next("operator identifier");
        String experiment = in.next("experiment identifier");
        List<String> comments = counted("number of experiment comment lines", "experiment comment line");
        String expMode = in.next("experiment mode");
        if (!EXPERIMENT_MODES.contains(expMode)) {
            throw in.error("unknown experiment mode '" + expMode + "'");
        }
        String scanMode = in.next("scan mode");
        if (!SCAN_MODES.contains(scanMode)) {
            throw in.error("unknown scan mode '" + scanMode + "'");
        }
        List<String> modeParameters = new ArrayList<>();
        if (VamasFile.hasRegionCount(expMode)) {
            modeParameters.add(in.next("number of spectral regions"));
        }
        if (VamasFile.hasMapCoordinates(expMode)) {
            modeParameters.add(in.next("number of analysis positions"));
            modeParameters.add(in.next("number of discrete x coordinates"));
            modeParameters.add(in.next("number of discrete y coordinates"));
        }
        int nVars = declared(in.nextInt("number of experimental variables"), 2, "experimental variables");
        List<VamasVariable> vars = new ArrayList<>();
        for (int i = 0; i < nVars; i++) {
            vars.add(new VamasVariable(in.next("experimental variable label"), in.next("experimental variable units")));
        }
        int inclusion = in.nextInt("number of entries in the parameter inclusion list");
        List<Integer> entries = new ArrayList<>();
        int nInclusion = declared(inclusion == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(inclusion), 1,
                "parameter inclusion list entries");
        for (int i = 0; i < nInclusion; i++) {
            int item = in.nextInt("parameter inclusion list entry");
            if (item < 1 || item > VamasItem.values().length) {
                throw in.error("parameter inclusion list entry out of range 1..40: " + item);
            }
            entries.add(item);
        }
        List<String> manual = counted("number of manually entered items", "manually entered item");
        List<String> futureExp = counted("number of future upgrade experiment entries", "future experiment entry");
        int futureBlock = declared(in.nextInt("number of future upgrade block entries"), 1, "future block entries");
        int nBlocks = declared(in.nextInt("number of blocks"), 1, "blocks");
        VamasFile header = new VamasFile(institution, instrument, operator, experiment, comments, expMode, scanMode,
                modeParameters, vars, inclusion, entries, manual, futureExp, futureBlock, List.of());
        List<VamasBlock> blocks = new ArrayList<>();
        for (int b = 0; b < nBlocks; b++) {
            blocks.add(block(header, b, blocks.isEmpty() ? null : blocks.get(0)));
        }
        while (in.hasNext() && in.peek().isEmpty()) {
            in.skip();
        }
        String end = in.hasNext() ? in.next("end of experiment") : "";
        if (!VamasFile.END.equalsIgnoreCase(end)) {
            throw in.error("expected '" + VamasFile.END + "' after " + nBlocks + " blocks, found '" + abbreviate(end)
                    + "'");
        }
        return new VamasFile(institution, instrument, operator, experiment, comments, expMode, scanMode,
                modeParameters, vars, inclusion, entries, manual, futureExp, futureBlock, blocks);
    }

    private VamasBlock block(VamasFile header, int index, VamasBlock first) throws ImportException {
        int startLine = in.lineNumber();
        String blockId = in.next("block identifier");
        String sampleId = in.next("sample identifier");
        Map<VamasItem, List<String>> items = new EnumMap<>(VamasItem.class);
        for (VamasItem item : VamasItem.values()) {
            if (header.includes(index, item)) {
                items.put(item, readItem(item, header, items));
            } else {
                items.put(item, first.lines(item));
            }
        }
        List<String> future = new ArrayList<>();
        for (int i = 0; i < header.futureBlockEntryCount(); i++) {
            future.add(in.next("future block entry"));
        }
        int nVars = (items.get(VamasItem.CORRESPONDING_VARIABLES).size() - 1) / 2;
        int nValues = declared(in.nextInt("number of ordinate values"), 1, "ordinate values");
        int valuesLine = in.lineNumber() - 1;
        if (nVars < 1) {
            throw in.error("block " + (index + 1) + " ('" + blockId + "') has no corresponding variables");
        }
        if (nValues % nVars != 0) {
            throw new ImportException(in.file(), valuesLine, "number of ordinate values " + nValues
                    + " is not a multiple of the " + nVars + " corresponding variables");
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < 2 * nVars; i++) {
            ranges.add(in.next("minimum/maximum ordinate"));
        }
        int nPoints = nValues / nVars;
        List<double[]> columns = new ArrayList<>();
        for (int v = 0; v < nVars; v++) {
            columns.add(new double[nPoints]);
        }
        for (int i = 0; i < nPoints; i++) {
            for (int v = 0; v < nVars; v++) {
                columns.get(v)[i] = in.nextDouble("ordinate value " + (i * nVars + v + 1) + " of " + nValues
                        + " in block " + (index + 1) + " starting at line " + startLine);
            }
        }
        return new VamasBlock(blockId, sampleId, header.scanMode(), items, future, ranges, columns);
    }

    private List<String> readItem(VamasItem item, VamasFile h, Map<VamasItem, List<String>> sofar)
            throws ImportException {
        String mode = h.experimentMode();
        String technique = sofar.containsKey(VamasItem.TECHNIQUE) && !sofar.get(VamasItem.TECHNIQUE).isEmpty()
                ? sofar.get(VamasItem.TECHNIQUE).get(0) : "";
        String what = item.name().toLowerCase().replace('_', ' ');
        return switch (item) {
            case COMMENT -> countedWithCount("number of block comment lines", "block comment line", true);
            case MAP_COORDINATES -> fixed(VamasFile.hasMapCoordinates(mode) ? 2 : 0, what);
            case EXPERIMENTAL_VALUES -> fixed(h.experimentalVariables().size(), "experimental variable value");
            case SPUTTERING_ION -> fixed(DEPTH_PROFILE_MODES.contains(mode) || ION_TECHNIQUES.contains(technique)
                    ? 3 : 0, what);
            case BEAM_WIDTH, ANALYSIS_WIDTH, TAKE_OFF, SAMPLE_TILT, TRANSITION -> fixed(2, what);
            case FIELD_OF_VIEW -> fixed(Set.of("MAP", "MAPDP", "MAPSV", "MAPSVDP", "SEM").contains(mode) ? 2 : 0,
                    what);
            case LINESCAN -> fixed(Set.of("MAPSV", "MAPSVDP", "SEM").contains(mode) ? 6 : 0, what);
            case DIFFERENTIAL_WIDTH -> fixed("AES diff".equals(technique) ? 1 : 0, what);
            case ABSCISSA -> fixed("REGULAR".equals(h.scanMode()) ? 4 : 0, "abscissa label, units, start, increment");
            case CORRESPONDING_VARIABLES -> grouped("number of corresponding variables", 2, "corresponding variable");
            case SPUTTERING_SOURCE -> fixed(PHOTON_ELECTRON_TECHNIQUES.contains(technique)
                    && DEPTH_PROFILE_MODES.contains(mode) ? 7 : 0, what);
            case ADDITIONAL_PARAMETERS -> grouped("number of additional numerical parameters", 3,
                    "additional numerical parameter");
            default -> fixed(1, what);
        };
    }

    private List<String> fixed(int n, String what) throws ImportException {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(in.next(what));
        }
        return lines;
    }

    /** A count line followed by count x group lines; the count line is kept as the first element. */
    private List<String> grouped(String countWhat, int group, String what) throws ImportException {
        int n = declared(in.nextInt(countWhat), group, countWhat.replaceFirst("^number of ", ""));
        List<String> lines = new ArrayList<>();
        lines.add(Integer.toString(n));
        lines.addAll(fixed(n * group, what));
        return lines;
    }

    private List<String> countedWithCount(String countWhat, String what, boolean raw) throws ImportException {
        int n = declared(in.nextInt(countWhat), 1, countWhat.replaceFirst("^number of ", ""));
        List<String> lines = new ArrayList<>();
        lines.add(Integer.toString(n));
        for (int i = 0; i < n; i++) {
            lines.add(raw ? in.raw(what) : in.next(what));
        }
        return lines;
    }

    private List<String> counted(String countWhat, String what) throws ImportException {
        List<String> lines = countedWithCount(countWhat, what, true);
        return lines.subList(1, lines.size());
    }

    /**
     * A count read from the line before: not negative, and no more than the lines left in the file can hold
     * at {@code linesEach} lines per item (a VAMAS file has one value per line), so a damaged count is refused
     * before anything is allocated.
     */
    private int declared(int n, int linesEach, String what) throws ImportException {
        return ImportFiles.declaredCount(in.file(), Math.max(1, in.lineNumber() - 1), what, n, linesEach,
                in.remaining(), ImportFiles.MAX_VALUES);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
