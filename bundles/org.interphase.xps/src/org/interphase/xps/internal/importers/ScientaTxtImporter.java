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
import org.interphase.xps.internal.formats.ScientaTxtParser;
import org.osgi.service.component.annotations.Component;

/** Imports Scienta SES text exports ({@code .txt} with [Info]/[Region n]/[Data n] sections). */
@Component(service = Importer.class)
public final class ScientaTxtImporter implements XpsImporter {

    @Override
    public String id() {
        return "xps.scienta.txt";
    }

    @Override
    public String name() {
        return "Scienta SES text export (.txt)";
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
        String head = probe.headText();
        if (!ScientaTxtParser.looksLike(head)) {
            return 0;
        }
        return head.contains("[Region 1]") || head.contains("Number of Regions") ? 0.95 : 0.6;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        return ScientaTxtParser.read(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        List<XpsRegionData> regions = ScientaTxtParser.read(file);
        Map<String, String> meta = new LinkedHashMap<>();
        XpsRegionData first = regions.get(0);
        for (String key : List.of("Version", "Instrument", "Location", "User", "Sample", "Date", "Time")) {
            if (first.metadata().containsKey(key)) {
                meta.put(key, first.metadata().get(key));
            }
        }
        String instrument = "Scienta " + first.metadata().getOrDefault("Instrument", "");
        return XpsImportSupport.imported(name(), "Scienta SES TXT", file, instrument.strip(), regions, meta);
    }
}
