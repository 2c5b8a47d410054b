package org.interphase.xps.internal.importers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.Technique;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.formats.CsvXpsParser;
import org.interphase.xps.internal.formats.PhiSpeParser;
import org.interphase.xps.internal.formats.ScientaTxtParser;
import org.osgi.service.component.annotations.Component;

/**
 * Imports XPS spectra from plain column files (CSV/TXT: energy and intensity columns). A low confidence, so
 * that every vendor format and other techniques' column files win when they recognise a file: it claims a
 * file only when the name hints at XPS (a core level or "xps") or the header names a binding/kinetic energy.
 */
@Component(service = Importer.class)
public final class CsvXpsImporter implements Importer {

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "dat", "xy");

    @Override
    public String id() {
        return "xps.columns";
    }

    @Override
    public String name() {
        return "XPS columns (CSV/TXT)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Technique technique() {
        return Technique.XPS;
    }

    @Override
    public double detect(FileProbe probe) {
        String head = probe.headText();
        if (!EXTENSIONS.contains(probe.extension()) || ScientaTxtParser.looksLike(head)
                || PhiSpeParser.looksLike(probe.head()) || head.startsWith("# Created by:")) {
            return 0;
        }
        long dataRows = head.lines().limit(200).filter(CsvXpsParser::isDataRow).count();
        if (dataRows < 2) {
            return 0;
        }
        String low = head.toLowerCase(java.util.Locale.ROOT);
        String name = probe.fileName().toLowerCase(java.util.Locale.ROOT);
        boolean xpsHint = low.contains("binding") || low.contains("kinetic") || low.contains("b.e.")
                || name.contains("xps") || name.matches("(.*[^a-z])?[a-z]{1,2}[ _-]?[1-4][spdf]([^a-z].*)?");
        return xpsHint ? 0.4 : 0.1;
    }

    @Override
    public Imported read(Path file) throws ImportException {
        List<XpsRegionData> regions = CsvXpsParser.read(file);
        return XpsImportSupport.imported(name(), "XPS columns", file, "", regions, Map.of());
    }
}
