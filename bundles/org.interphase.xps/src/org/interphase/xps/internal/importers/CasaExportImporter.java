package org.interphase.xps.internal.importers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.xps.api.XpsImporter;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.formats.CasaExportParser;
import org.osgi.service.component.annotations.Component;

/**
 * Imports CasaXPS column exports of fitted regions ("Export to CSV" and the tab-separated line-shape export):
 * the raw spectrum as the measurement, the components, background and envelope as the stored CasaXPS fit.
 * The format is described in {@link CasaExportParser}.
 */
@Component(service = Importer.class)
public final class CasaExportImporter implements XpsImporter {

    @Override
    public String id() {
        return "xps.casa.export";
    }

    @Override
    public String name() {
        return "CasaXPS column export (CSV/TXT)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return Techniques.XPS;
    }

    @Override
    public double detect(FileProbe probe) {
        return !probe.isDirectory() && CasaExportParser.looksLike(probe.headText()) ? 0.95 : 0;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        return CasaExportParser.read(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        return XpsImportSupport.imported(name(), "CasaXPS export", file, "", readRegions(file),
                Map.of("exported by", "CasaXPS"));
    }
}
