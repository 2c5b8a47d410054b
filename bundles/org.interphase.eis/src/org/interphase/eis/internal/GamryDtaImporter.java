package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.DtaReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for Gamry Framework (.DTA); the format is described in {@link DtaReader}. */
@Component(service = Importer.class)
public final class GamryDtaImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.gamry.dta";
    }

    @Override
    public String name() {
        return "Gamry Framework (.DTA)";
    }

    @Override
    public double detect(FileProbe probe) {
        return DtaReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return DtaReader.read(file);
    }
}
