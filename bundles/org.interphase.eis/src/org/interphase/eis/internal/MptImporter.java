package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.MptReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for BioLogic EC-Lab text (.mpt); the format is described in {@link MptReader}. */
@Component(service = Importer.class)
public final class MptImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.biologic.mpt";
    }

    @Override
    public String name() {
        return "BioLogic EC-Lab text (.mpt)";
    }

    @Override
    public double detect(FileProbe probe) {
        return MptReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return MptReader.read(file);
    }
}
