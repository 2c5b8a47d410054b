package org.interphase.eis.internal;

import java.nio.file.Path;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.internal.io.ZviewReader;
import org.osgi.service.component.annotations.Component;

/** Importer service for ZView/ZPlot (.z); the format is described in {@link ZviewReader}. */
@Component(service = Importer.class)
public final class ZviewImporter extends EisImporter {

    @Override
    public String id() {
        return "eis.zview.z";
    }

    @Override
    public String name() {
        return "ZView/ZPlot (.z)";
    }

    @Override
    public double detect(FileProbe probe) {
        return ZviewReader.detect(probe);
    }

    @Override
    public EisFile readData(Path file) throws ImportException {
        return ZviewReader.read(file);
    }
}
