package org.interphase.eis.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.EisImporter;
import org.interphase.eis.internal.GamryDtaImporter;
import org.interphase.eis.internal.MprImporter;
import org.interphase.eis.internal.MptImporter;
import org.interphase.eis.internal.ZviewImporter;

/**
 * Reads the numbers of EIS files with the built-in importers (BioLogic .mpt/.mpr, Gamry .DTA, ZView .z, delimited
 * text), detecting the format from the content. Works without OSGi; analyses and editors use it because
 * the model does not store the data arrays.
 */
public final class EisReaders {

    private static final List<EisImporter> BUILT_IN = List.of(new MptImporter(), new MprImporter(),
            new GamryDtaImporter(), new ZviewImporter(), new DelimitedImporter());

    private EisReaders() {
    }

    /** The spectra of {@code file}; every problem is an {@link ImportException} naming file and line. */
    public static EisFile readData(Path file) throws ImportException {
        FileProbe probe;
        try {
            probe = FileProbe.of(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        EisImporter best = null;
        double score = 0;
        for (EisImporter imp : BUILT_IN) {
            double s = imp.detect(probe);
            if (s > score) {
                best = imp;
                score = s;
            }
        }
        if (best == null) {
            throw new ImportException(file, 0, "not a recognised impedance file");
        }
        return best.readData(file);
    }

    /** The first spectrum of {@code file}. */
    public static ImpedanceData readFirst(Path file) throws ImportException {
        return readData(file).spectra().get(0);
    }
}
