package org.interphase.xps.internal.importers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.ColumnSemantics;
import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.xps.api.XpsImporter;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.formats.CsvXpsParser;
import org.interphase.xps.internal.formats.PhiSpeParser;
import org.interphase.xps.internal.formats.ScientaTxtParser;
import org.osgi.service.component.annotations.Component;

/**
 * Imports XPS spectra from plain column files (CSV/TXT: energy and intensity columns). Detection by content
 * and column semantics, never by file name ({@link ColumnSemantics}): 0.6 when the header names a binding or
 * kinetic energy or CPS, 0 when it names another technique's quantities; without a header 0.3 for an evenly
 * stepped first column (an energy grid), else 0.05. Every vendor format wins.
 */
@Component(service = Importer.class)
public final class CsvXpsImporter implements XpsImporter {

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
    public String technique() {
        return Techniques.XPS;
    }

    @Override
    public double detect(FileProbe probe) {
        String head = probe.headText();
        if (probe.isDirectory() || ScientaTxtParser.looksLike(head) || PhiSpeParser.looksLike(probe.head())
                || head.startsWith("# Created by:")) {
            return 0;
        }
        ColumnSemantics.Kind kind = ColumnSemantics.classify(probe);
        if (kind != ColumnSemantics.Kind.NONE && kind != ColumnSemantics.Kind.XPS) {
            return 0;
        }
        if (kind == ColumnSemantics.Kind.XPS) {
            return 0.6; // the header names XPS quantities: ours, even when the reader then finds too few rows
        }
        List<String> rows = head.lines().limit(200).filter(CsvXpsParser::isDataRow).toList();
        if (rows.size() < 2) {
            return 0;
        }
        return evenlySpaced(rows) ? 0.3 : 0.05;
    }

    /** Whether the first column steps evenly, like an energy grid (a frequency sweep does not). */
    private static boolean evenlySpaced(List<String> rows) {
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            try {
                x[i] = Double.parseDouble(rows.get(i).strip().split("[\\s,;]+")[0]);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        double step = x[1] - x[0];
        for (int i = 2; i < x.length; i++) {
            if (step == 0 || Math.abs(x[i] - x[i - 1] - step) > 1e-6 * Math.abs(step) + 1e-9) {
                return false;
            }
        }
        return step != 0;
    }

    @Override
    public List<XpsRegionData> readRegions(Path file) throws ImportException {
        return CsvXpsParser.read(file);
    }

    @Override
    public Imported read(Path file) throws ImportException {
        List<XpsRegionData> regions = CsvXpsParser.read(file);
        return XpsImportSupport.imported(name(), "XPS columns", file, "", regions, Map.of());
    }
}
