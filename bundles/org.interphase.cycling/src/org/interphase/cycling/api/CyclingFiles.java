package org.interphase.cycling.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.ImporterChoice;
import org.interphase.cycling.internal.MaccorTextImporter;
import org.interphase.cycling.internal.MprCyclingImporter;
import org.interphase.cycling.internal.MptCyclingImporter;
import org.interphase.cycling.internal.NewareCsvImporter;
import org.interphase.model.Measurement;

/** Reads cycler files through the core importer registry ({@link ImporterChoice}): no second detection chain. */
public final class CyclingFiles {

    private static final List<Importer> BUILT_INS = List.of(new MprCyclingImporter(), new MptCyclingImporter(),
            new NewareCsvImporter(), new MaccorTextImporter());
    private static final String WANTED = "a cycling record";

    private CyclingFiles() {
    }

    /** The cycling importers of this bundle (used also when the service runtime is not started). */
    public static List<Importer> builtIns() {
        return BUILT_INS;
    }

    /**
     * The sampled columns of {@code file}, read by the importer the registry chooses (or the one {@code as}
     * names, {@code TECHNIQUE[:FORMAT]}).
     *
     * @throws ImportException when the file is no cycling record, or is damaged (naming file and line)
     */
    public static CyclingData readData(Path file, Optional<String> as) throws ImportException {
        return ImporterChoice.choose(file, CyclingImporter.class, BUILT_INS, WANTED, as).readData(file);
    }

    /** The columns of the file {@code m} was imported from, with the importer that read it when still installed. */
    public static CyclingData readFor(Measurement m, Path file) throws ImportException {
        return ImporterChoice.forMeasurement(file, CyclingImporter.class, BUILT_INS, WANTED, m.getImporterId())
                .readData(file);
    }
}
