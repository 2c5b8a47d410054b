package org.interphase.sims.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImporterChoice;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.MetadataEntry;
import org.interphase.sims.api.ColumnMapping;
import org.interphase.sims.api.DelimitedProfiles;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.ProfileImporter;

/** Reads the data behind a depth-profile measurement for the editor, asking for a column mapping when needed. */
public final class ProfileSource {

    private ProfileSource() {
    }

    /**
     * Through the importer that imported the measurement (or the registry's choice): SurfaceLab and plug-in
     * formats directly; delimited text with the stored, a confident or a confirmed mapping.
     */
    public static Optional<ProfileData> read(DepthProfile measurement, EditingDomain domain, Path file,
            MappingPrompt prompt) throws ImportException {
        String id = measurement.getImporterId();
        if (!DelimitedProfiles.IMPORTER_ID.equals(id)) {
            ProfileImporter importer = null;
            try {
                importer = DepthProfiles.importerFor(file, id);
            } catch (ImporterChoice.NotConfidentException e) {
                // nobody is sure what the table is: the analyst confirms a column mapping below
            }
            if (importer != null && !DelimitedProfiles.IMPORTER_ID.equals(importer.id())) {
                return Optional.of(importer.readProfile(file));
            }
        }
        Optional<MetadataEntry> stored = measurement.getMetadata().stream()
                .filter(e -> DelimitedProfiles.MAPPING_KEY.equals(e.getKey())).findFirst();
        ColumnMapping m = null;
        if (stored.isPresent()) {
            try {
                m = DelimitedProfiles.fromJson(stored.get().getValue());
            } catch (IllegalArgumentException e) {
                ILog.of(ProfileSource.class).warn("ignoring the stored column mapping: " + e.getMessage());
            }
        }
        if (m == null || m.confidence() < ColumnMapping.CONFIDENT) {
            ColumnMapping guess = m != null ? m : DelimitedProfiles.guess(file);
            if (guess.confidence() < ColumnMapping.CONFIDENT) {
                Optional<ColumnMapping> confirmed = prompt.confirm(file.getFileName().toString(),
                        DelimitedProfiles.lines(file), guess);
                if (confirmed.isEmpty()) {
                    return Optional.empty();
                }
                m = confirmed.get().confirmed();
                storeMapping(measurement, domain, stored, m);
            } else {
                m = guess;
            }
        }
        return Optional.of(DepthProfiles.readData(file, m));
    }

    /** Keeps a confirmed mapping in the measurement's metadata (undoable command). */
    private static void storeMapping(DepthProfile measurement, EditingDomain domain, Optional<MetadataEntry> stored,
            ColumnMapping m) {
        String json = DelimitedProfiles.toJson(m);
        if (stored.isPresent()) {
            domain.getCommandStack().execute(SetCommand.create(domain, stored.get(),
                    InterphasePackage.Literals.METADATA_ENTRY__VALUE, json));
        } else {
            MetadataEntry e = InterphaseFactory.eINSTANCE.createMetadataEntry();
            e.setKey(DelimitedProfiles.MAPPING_KEY);
            e.setValue(json);
            domain.getCommandStack().execute(AddCommand.create(domain, measurement,
                    InterphasePackage.Literals.MEASUREMENT__METADATA, e));
        }
    }
}
