package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.MprReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for BioLogic EC-Lab binary (.mpr); the format is described in {@link MprReader}. */
@Component(service = Importer.class)
public final class MprImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.biologic.mpr";
    }

    @Override
    public String name() {
        return "BioLogic EC-Lab binary (.mpr)";
    }

    @Override
    public double detect(FileProbe probe) {
        return MprReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return MprReader.read(file);
    }
}
