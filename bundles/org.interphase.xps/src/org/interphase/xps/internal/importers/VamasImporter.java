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
import org.interphase.xps.api.VamasFile;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.osgi.service.component.annotations.Component;

/** Imports ISO 14976 VAMAS files ({@code .vms}) as one {@code XpsSpectrum} with a region per block. */
@Component(service = Importer.class)
public final class VamasImporter implements XpsImporter {

    @Override
    public String id() {
        return "xps.vamas";
    }

    @Override
    public String name() {
        return "VAMAS ISO 14976 (.vms)";
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
        if (probe.headText().stripLeading().startsWith(VamasFile.FORMAT_IDENTIFIER)) {
            return 1.0;
        }
        if (probe.damagedMagic(VamasFile.FORMAT_IDENTIFIER).isPresent()) {
            return 0.9; // ours, damaged: the parser refuses it with the reason, no looser reader gets it
        }
        return "vms".equals(probe.extension()) ? 0.3 : 0;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        try {
            return XpsFiles.regions(XpsFiles.readVamas(file));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 0, "CasaXPS record in a block comment: " + e.getMessage(), e);
        }
    }

    @Override
    public Imported read(Path file) throws ImportException {
        VamasFile vamas = XpsFiles.readVamas(file);
        List<XpsRegionData> regions;
        try {
            regions = XpsFiles.regions(vamas);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 0, "CasaXPS record in a block comment: " + e.getMessage(), e);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("institution", vamas.institution());
        meta.put("operator", vamas.operator());
        meta.put("experiment", vamas.experimentId());
        meta.put("experiment mode", vamas.experimentMode());
        meta.put("scan mode", vamas.scanMode());
        String entry = vamas.blocks().isEmpty() ? "no blocks" : "blocks 1-" + vamas.blocks().size();
        String sample = vamas.blocks().isEmpty() ? "" : vamas.blocks().get(0).sampleId();
        String name = file.getFileName() + (sample.isBlank() || "Not Specified".equals(sample) ? "" : " (" + sample + ")");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", "VAMAS");
        facts.put("institution", vamas.institution());
        facts.put("instrument", vamas.instrumentModel());
        facts.put("experimentMode", vamas.experimentMode());
        facts.put("scanMode", vamas.scanMode());
        vamas.spectralRegions().ifPresent(n -> facts.put("declaredRegions", n));
        facts.put("experimentalVariables", vamas.experimentalVariables().stream().map(v -> v.label()).toList());
        facts.put("inclusionListEntries", vamas.inclusionCount());
        facts.put("headerCommentLines", vamas.comments().size());
        facts.put("blocks", vamas.blocks().size());
        facts.put("regions", XpsImportSupport.regionFacts(regions));
        return new Imported(name(), List.of(XpsImportSupport.spectrum(name, vamas.instrumentModel(), entry, regions,
                meta)), facts);
    }
}
