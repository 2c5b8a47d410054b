package org.interphase.xps.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.xps.internal.formats.CsvXpsParser;
import org.interphase.xps.internal.formats.PhiSpeParser;
import org.interphase.xps.internal.formats.ScientaTxtParser;
import org.interphase.xps.internal.specs.SpecsXyParser;
import org.interphase.xps.internal.vamas.VamasParser;
import org.interphase.xps.internal.vamas.VamasRegions;

/** Entry points to XPS file contents as numbers, for analyses and editors (the model keeps no arrays). */
public final class XpsFiles {

    private XpsFiles() {
    }

    /** Reads a VAMAS (ISO 14976) file with every parameter. */
    public static VamasFile readVamas(Path file) throws ImportException {
        return VamasParser.read(file);
    }

    /** The regions of a VAMAS file, one per block. */
    public static List<XpsRegionData> regions(VamasFile file) {
        return VamasRegions.of(file);
    }

    /**
     * Reads the regions of a VAMAS, SPECS {@code .xy}, PHI {@code .spe}, Scienta {@code .txt} or plain
     * column (CSV/TXT) file, chosen by content.
     */
    public static List<XpsRegionData> readData(Path file) throws ImportException {
        FileProbe probe;
        try {
            probe = FileProbe.of(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (probe.headText().stripLeading().startsWith(VamasFile.FORMAT_IDENTIFIER)) {
            try {
                return regions(readVamas(file));
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, 0, "CasaXPS record in a block comment: " + e.getMessage(), e);
            }
        }
        if (PhiSpeParser.looksLike(probe.head())) {
            return PhiSpeParser.read(file);
        }
        if (ScientaTxtParser.looksLike(probe.headText())) {
            return ScientaTxtParser.read(file);
        }
        if (probe.headText().startsWith("# Created by:")) {
            return SpecsXyParser.read(file);
        }
        return CsvXpsParser.read(file);
    }
}
