package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.mpr.MprColumnType;
import org.interphase.eis.api.mpr.MprColumnTable;
import org.interphase.eis.api.mpr.MprFile;
import org.interphase.eis.api.mpr.MprModule;
import org.interphase.eis.api.mpr.MprRecords;

/**
 * Impedance spectra from a BioLogic EC-Lab binary file ({@code .mpr}). The container and the records are
 * read by the public {@link MprFile} and {@link MprRecords} (the format is described there); this class
 * picks the frequency, Re(Z), -Im(Z) and cycle columns. Only structures that pass the consistency checks are
 * read; anything else is an {@link ImportException}.
 */
public final class MprReader {

    public static final String FORMAT = "BioLogic EC-Lab binary (.mpr)";
    private static final String MAGIC = MprFile.MAGIC;
    private static final int FREQUENCY = 32;
    private static final int RE_Z = 37;
    private static final int MINUS_IM_Z = 38;
    private static final int CYCLE = 24;

    private MprReader() {
    }

    /**
     * 1.0 for a BioLogic modular file whose "VMP data" module has the frequency, Re(Z) and -Im(Z) columns (an
     * impedance technique), 0 when its column list (in the first 8 KiB) lacks one: a cycling or voltammetry
     * record (cellpy_biol.mpr, a GCPL record with galvanostatic impedance blocks, lists freq/Hz and |Z| only).
     */
    public static double detect(FileProbe probe) {
        if (!probe.startsWith(MAGIC)) {
            return 0;
        }
        // what read() needs; a GCPL record with impedance blocks lists freq/Hz but only |Z|, and is a cycling file;
        // a column list beyond the probe: let the reader decide
        return MprFile.dataColumnIds(probe.head())
                .map(ids -> ids.containsAll(List.of(FREQUENCY, RE_Z, MINUS_IM_Z)) ? 1.0 : 0)
                .orElse(1.0);
    }

    public static EisFile read(Path file) throws ImportException {
        List<MprModule> modules = MprFile.read(file);
        MprModule data = MprFile.module(modules, MprModule.DATA)
                .orElseThrow(() -> new ImportException(file, 0, "no 'VMP data' module"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (MprModule m : modules) {
            meta.put("module " + m.shortName(), "version " + m.version() + ", " + m.length() + " bytes, date " + m.date());
        }
        return spectra(file, MprRecords.decode(file, data, MprColumnTable.builtIn()), meta);
    }

    private static EisFile spectra(Path file, MprRecords records, Map<String, String> meta) throws ImportException {
        Optional<double[]> f = records.columnById(FREQUENCY);
        Optional<double[]> re = records.columnById(RE_Z);
        Optional<double[]> minusIm = records.columnById(MINUS_IM_Z);
        Optional<double[]> cycle = records.columnById(CYCLE);
        if (f.isEmpty() || re.isEmpty() || minusIm.isEmpty()) {
            throw new ImportException(file, 0, "'VMP data' has no freq/Hz, Re(Z)/Ohm and -Im(Z)/Ohm columns "
                    + "(not an impedance technique)");
        }
        SpectrumCollector rows = new SpectrumCollector(cycle.isPresent());
        for (int r = 0; r < records.rowCount(); r++) {
            double fr = f.get()[r];
            double zr = re.get()[r];
            double zi = -minusIm.get()[r];
            if (!Double.isFinite(fr) || !Double.isFinite(zr) || !Double.isFinite(zi)) {
                throw new ImportException(file, 0, "row " + (r + 1) + " holds a non-finite value");
            }
            rows.add(file, 0, fr, zr, zi, cycle.isPresent() ? cycle.get()[r] : 0);
        }
        List<String> columns = new ArrayList<>(List.of("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm"));
        if (cycle.isPresent()) {
            columns.add("cycle number");
        }
        meta.put("columns", String.join(", ", records.columns().stream()
                .map(c -> c.type() == MprColumnType.FLAG ? "flag" : c.name()).toList()));
        return new EisFile(FORMAT, rows.spectra(file, 0), columns, "-Im(Z)", Optional.of("BioLogic"),
                Optional.empty(), meta);
    }
}
