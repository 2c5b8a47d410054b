package org.interphase.xps.internal.importers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.xps.api.XpsImporter;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.formats.PhiSpeParser;
import org.osgi.service.component.annotations.Component;

/** Imports ULVAC-PHI MultiPak spectrum files ({@code .spe}). */
@Component(service = Importer.class)
public final class PhiSpeImporter implements XpsImporter {

    @Override
    public String id() {
        return "xps.phi.spe";
    }

    @Override
    public String name() {
        return "PHI MultiPak (.spe)";
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
        if (PhiSpeParser.looksLike(probe.head())) {
            return probe.headText().contains("SpectralRegDef") ? 0.95 : 0.8;
        }
        return 0;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        return PhiSpeParser.read(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        List<XpsRegionData> regions = PhiSpeParser.read(file);
        Map<String, String> meta = new LinkedHashMap<>();
        XpsRegionData first = regions.get(0);
        for (String key : List.of("SoftwareVersion", "Operator", "XraySource", "AcqFileDate", "FileDesc")) {
            if (first.metadata().containsKey(key)) {
                meta.put(key, first.metadata().get(key));
            }
        }
        String instrument = "ULVAC-PHI " + first.metadata().getOrDefault("InstrumentModel", "");
        return XpsImportSupport.imported(name(), "PHI SPE", file, instrument.strip(), regions, meta);
    }
}
