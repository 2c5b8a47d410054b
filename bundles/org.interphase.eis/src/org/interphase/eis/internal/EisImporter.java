package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.ImpedanceImporter;
import org.interphase.model.technique.Techniques;

/** Base of the EIS importers: read numbers with {@link #readData(Path)}, then build model spectra. */
public abstract class EisImporter implements ImpedanceImporter {

    static final String VERSION = "1.0.0";

    @Override
    public abstract EisFile readData(Path file) throws ImportException;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String technique() {
        return Techniques.EIS;
    }

    @Override
    public Imported read(Path file) throws ImportException {
        return SpectrumModels.toImported(file, readData(file));
    }
}
