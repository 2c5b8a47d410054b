package org.interphase.cycling.internal;

import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingImporter;
import org.interphase.cycling.model.CyclingPackage;
import org.interphase.cycling.model.CyclingRecord;

/** What every cycling importer shares: the technique, the version and the model record of {@link #readData}. */
abstract class CyclingImporterBase implements CyclingImporter {

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return CyclingPackage.TECHNIQUE_ID;
    }

    @Override
    public Imported read(Path file) throws ImportException {
        CyclingData data = readData(file);
        CyclingRecord r = CyclingPackage.createCyclingRecord();
        r.setName(file.getFileName().toString());
        r.setFormat(data.format());
        r.setPointCount(data.size());
        r.setCycleCount(data.cycleCount());
        return new Imported(data.format(), List.of(r), data.facts());
    }
}
