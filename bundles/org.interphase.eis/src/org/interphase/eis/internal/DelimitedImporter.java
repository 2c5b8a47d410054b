package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.DelimitedReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for Impedance table (CSV/TXT: f, Z', Z''); the format is described in {@link DelimitedReader}. */
@Component(service = Importer.class)
public final class DelimitedImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.delimited";
    }

    @Override
    public String name() {
        return "Impedance table (CSV/TXT: f, Z', Z'')";
    }

    @Override
    public double detect(FileProbe probe) {
        return DelimitedReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return DelimitedReader.read(file);
    }
}
