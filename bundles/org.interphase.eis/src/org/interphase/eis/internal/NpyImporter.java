package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.NpyReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for NumPy impedance arrays (.npy); the format is described in {@link NpyReader}. */
@Component(service = Importer.class)
public final class NpyImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.numpy.npy";
    }

    @Override
    public String name() {
        return "NumPy impedance arrays (.npy)";
    }

    @Override
    public double detect(FileProbe probe) {
        return NpyReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return NpyReader.read(file);
    }
}
