package org.interphase.cycling.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;
import org.interphase.eis.api.mpr.MprColumnTable;
import org.interphase.eis.api.mpr.MprFile;
import org.interphase.eis.api.mpr.MprModule;
import org.interphase.eis.api.mpr.MprRecords;
import org.osgi.service.component.annotations.Component;

/**
 * BioLogic EC-Lab binary files ({@code .mpr}) of galvanostatic cycling (GCPL), read through the public
 * container API {@code org.interphase.eis.api.mpr}. Uses {@code time/s}, {@code Ewe/V}, {@code I/mA}, the
 * cumulative charge counter {@code (Q-Qo)/mA.h} (a point where it rose is charging, one where it fell
 * discharging) and the cycle counter ({@code cycle number}, else {@code z cycle}; EC-Lab counts from 0, so
 * 1 is added). Detected by the data module's column list (within the probed head): a charge counter and a cycle
 * counter with Ewe and I, and not both Re(Z) and -Im(Z) (an impedance file).
 */
@Component(service = org.interphase.core.api.Importer.class)
public final class MprCyclingImporter extends CyclingImporterBase {

    static final String FORMAT = "BioLogic EC-Lab binary (.mpr), cycling";
    /** Column ids of (Q-Qo)/mA.h, Q charge/discharge, cycle number, z cycle. */
    private static final Set<Integer> CYCLING_IDS = Set.of(13, 467, 24, 469);
    private static final int ID_EWE = 6;
    private static final int ID_I = 8;
    private static final int ID_I64 = 11;
    private static final int ID_RE_Z = 37;
    private static final int ID_MINUS_IM_Z = 38;

    @Override
    public String id() {
        return "cycling.biologic.mpr";
    }

    @Override
    public String name() {
        return "BioLogic EC-Lab cycling (.mpr)";
    }

    @Override
    public double detect(FileProbe probe) {
        if (!probe.startsWith(MprFile.MAGIC)) {
            return 0;
        }
        List<Integer> ids = MprFile.dataColumnIds(probe.head()).orElse(List.of());
        boolean cycling = ids.stream().filter(CYCLING_IDS::contains).count() >= 2;
        boolean impedance = ids.contains(ID_RE_Z) && ids.contains(ID_MINUS_IM_Z); // PEIS/GEIS: Re(Z) and -Im(Z)
        return cycling && !impedance && ids.contains(ID_EWE) && (ids.contains(ID_I) || ids.contains(ID_I64)) ? 1.0 : 0;
    }

    @Override
    public CyclingData readData(Path file) throws ImportException {
        List<MprModule> modules = MprFile.read(file);
        MprModule data = MprFile.module(modules, MprModule.DATA)
                .orElseThrow(() -> new ImportException(file, 0, "no 'VMP data' module"));
        MprRecords r = MprRecords.decode(file, data, MprColumnTable.builtIn());
        double[] time = require(file, r, "time/s", 4);
        double[] ewe = require(file, r, "Ewe/V", ID_EWE);
        double[] current = r.columnById(ID_I).or(() -> r.columnById(ID_I64))
                .orElseThrow(() -> new ImportException(file, 0, "no current column 'I/mA' in 'VMP data'"));
        double[] q = require(file, r, "(Q-Qo)/mA.h", 13);
        double[] cycles = r.columnById(24).or(() -> r.columnById(469)).orElse(null);
        int n = r.rowCount();
        if (n == 0) {
            throw new ImportException(file, 0, "'VMP data' holds no records");
        }
        StepKind[] kind = new StepKind[n];
        double[] capacity = new double[n];
        DataBuilder.fromCumulative(q, kind, capacity);
        DataBuilder b = new DataBuilder();
        for (int i = 0; i < n; i++) {
            int cycle = cycles == null ? 0 : (int) cycles[i] + 1;
            if (i > 0 && cycles != null && cycles[i] < cycles[i - 1]) {
                throw new ImportException(file, 0, "record " + (i + 1) + ": cycle number " + (int) cycles[i]
                        + " after " + (int) cycles[i - 1] + " (cycle numbers decrease)");
            }
            b.add(time[i], ewe[i], current[i], capacity[i], cycle, kind[i]);
        }
        for (MprModule m : modules) {
            b.fact("module " + m.shortName(), "version " + m.version() + ", " + m.length() + " bytes, date " + m.date());
        }
        b.fact("columns", r.names());
        return b.build(FORMAT, cycles != null);
    }

    private static double[] require(Path file, MprRecords r, String name, int id) throws ImportException {
        return r.columnById(id).orElseThrow(() -> new ImportException(file, 0, "no column '" + name + "' in 'VMP data'"));
    }
}
