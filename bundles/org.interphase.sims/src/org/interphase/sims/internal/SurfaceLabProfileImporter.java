package org.interphase.sims.internal;

import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.model.technique.Techniques;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.ProfileExport;
import org.interphase.sims.api.ProfileImporter;
import org.osgi.service.component.annotations.Component;

/** Importer service for IONTOF SurfaceLab ASCII depth-profile exports (one {@code DepthProfile} per file). */
@Component(service = Importer.class)
public final class SurfaceLabProfileImporter implements ProfileImporter {

    /** The importer id stored with every measurement. */
    public static final String ID = "sims.iontof.surfacelab.profile";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "IONTOF SurfaceLab ASCII depth profile";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String technique() {
        return Techniques.TOF_SIMS;
    }

    @Override
    public double detect(FileProbe probe) {
        String head = probe.headText();
        if (head.contains("\n" + DepthProfiles.SURFACELAB_DATA_HEADER + "\tSputter Time (s)")) {
            return 0.95;
        }
        if (head.startsWith("# Profile Smoothing")) {
            return 0.7;
        }
        return 0;
    }

    @Override
    public ProfileData readProfile(Path file) throws ImportException {
        return DepthProfiles.readExport(file).data();
    }

    @Override
    public Imported read(Path file) throws ImportException {
        ProfileExport read = DepthProfiles.readExport(file);
        return new Imported(name(), List.of(ProfileModel.toModel(file, read)), ProfileModel.facts(read));
    }
}
