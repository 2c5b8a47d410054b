package org.interphase.batch.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;
import org.interphase.model.Layer;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyFormat;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.util.Measurements;

/**
 * What {@code inspect} reports about a file: for a study its cells, layers, interfaces and measurements;
 * for an instrument file what the best importer read. The same maps back the GUI's file information.
 */
public final class Inspector {

    private Inspector() {
    }

    /** A JSON-ready description of {@code file}; throws with a one-line message naming the file on bad input. */
    public static Map<String, Object> inspect(Path file, List<Importer> importers) throws ImportException {
        // missing, dangling link, permission denied, FIFO or device: each said as such, nothing opened
        org.interphase.core.api.ImportFiles.requireReadable(file, true);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + StudyFormat.FILE_EXTENSION)) {
            try {
                return describe(file, StudyStore.load(file));
            } catch (StudyLoadException e) {
                throw new ImportException(file, e.line(), reasonOf(e), e);
            }
        }
        Importer importer;
        try {
            importer = Importers.best(file, importers)
                    .orElseThrow(() -> new ImportException(file, 0, "no importer recognises this file format"));
        } catch (java.io.IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        Imported imported = importer.read(file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("technique", importer.technique().toLowerCase(Locale.ROOT));
        json.put("format", imported.format());
        json.put("importer", importer.id());
        json.put("importerVersion", importer.version());
        json.put("measurements", imported.measurements().size());
        imported.facts().forEach(json::putIfAbsent);
        return json;
    }

    private static String reasonOf(StudyLoadException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon < 0 ? m : m.substring(colon + 2);
    }

    /** The structure of a study. */
    public static Map<String, Object> describe(Path file, Study study) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("technique", "study");
        json.put("format", "Interphase study (XMI), format version " + study.getFormatVersion());
        json.put("importer", "org.interphase.model");
        json.put("name", study.getName());
        List<Object> cells = new ArrayList<>();
        for (Cell c : study.getCells()) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("name", c.getName());
            cell.put("configuration", c.getConfiguration().getLiteral());
            List<Object> layers = new ArrayList<>();
            for (Layer l : c.getLayers()) {
                Map<String, Object> layer = new LinkedHashMap<>();
                layer.put("name", l.getName());
                layer.put("role", l.getRole().getLiteral());
                layer.put("material", l.getMaterial() == null ? null : l.getMaterial().getFormula());
                layer.put("thicknessUm", l.getThicknessUm());
                layers.add(layer);
            }
            cell.put("layers", layers);
            List<Object> interfaces = new ArrayList<>();
            for (Interface i : c.getInterfaces()) {
                Map<String, Object> iface = new LinkedHashMap<>();
                iface.put("name", i.getName());
                iface.put("lower", i.getLower() == null ? null : i.getLower().getName());
                iface.put("upper", i.getUpper() == null ? null : i.getUpper().getName());
                iface.put("interphases", i.getInterphases().stream().map(Interphase::getSpecies).toList());
                interfaces.add(iface);
            }
            cell.put("interfaces", interfaces);
            cell.put("cycleStates", c.getCycleStates().stream().map(CycleState::getName).toList());
            List<Object> measurements = new ArrayList<>();
            for (Measurement m : c.getMeasurements()) {
                Map<String, Object> meas = new LinkedHashMap<>();
                meas.put("name", m.getName());
                meas.put("technique", Measurements.technique(m).toLowerCase(Locale.ROOT));
                meas.put("source", m.getSourceUri());
                meas.put("sha256", m.getSha256());
                meas.put("interface", m.getInterface() == null ? null : m.getInterface().getName());
                meas.put("cycleState", m.getCycleState() == null ? null : m.getCycleState().getName());
                meas.put("analyses", m.getAnalyses().size());
                measurements.add(meas);
            }
            cell.put("measurements", measurements);
            cells.add(cell);
        }
        json.put("cells", cells);
        return json;
    }
}
