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
import org.interphase.xps.internal.specs.SpecsXyParser;
import org.osgi.service.component.annotations.Component;

/** Imports SPECS SpecsLab2 / Prodigy XY-Serializer exports ({@code .xy}). */
@Component(service = Importer.class)
public final class SpecsXyImporter implements XpsImporter {

    @Override
    public String id() {
        return "xps.specs.xy";
    }

    @Override
    public String name() {
        return "SPECS XY-Serializer (.xy)";
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
        boolean specs = head.startsWith(SpecsXyParser.MAGIC) && head.contains("SpecsLab");
        if (specs && head.contains("XY-Serializer")) {
            return 0.95;
        }
        if (!specs && head.contains("SpecsLab") && probe.damagedMagic(SpecsXyParser.MAGIC).isPresent()) {
            return 0.9; // ours, damaged: the parser refuses it with the reason, no looser reader gets it
        }
        return specs ? 0.8 : 0;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        return org.interphase.xps.internal.specs.SpecsXyParser.read(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        List<XpsRegionData> regions = SpecsXyParser.read(file);
        Map<String, String> meta = new LinkedHashMap<>();
        XpsRegionData first = regions.get(0);
        for (String key : List.of("Created by", "Energy Axis", "Count Rate", "Counts Per Second",
                "Kinetic Energy Axis", "Separate Scan Data")) {
            if (first.metadata().containsKey(key)) {
                meta.put(key, first.metadata().get(key));
            }
        }
        String instrument = first.metadata().getOrDefault("Analyzer", "SPECS");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", "SPECS XY");
        facts.put("software", first.metadata().getOrDefault("Created by", ""));
        facts.put("instrument", instrument);
        facts.put("curves", regions.size());
        facts.put("regions", XpsImportSupport.regionFacts(regions));
        String name = file.getFileName().toString();
        return new Imported(name(), List.of(XpsImportSupport.spectrum(name, instrument, "curves 1-" + regions.size(),
                regions, meta)), facts);
    }
}
