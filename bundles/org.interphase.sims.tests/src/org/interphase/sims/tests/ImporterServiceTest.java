package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.DepthProfile;
import org.junit.jupiter.api.Test;

/** The importers are registered as DS services and chosen by content detection inside OSGi. */
class ImporterServiceTest {

    @Test
    void registeredAndDetected() throws Exception {
        List<String> ids = Importers.all().stream().map(Importer::id).toList();
        assertTrue(ids.contains("sims.iontof.surfacelab.profile"), ids.toString());
        assertTrue(ids.contains("sims.iontof.surfacelab.spectrum"), ids.toString());
        assertEquals("IONTOF SurfaceLab ASCII mass spectrum", Importers.read(SharedData.spectrum()).format());
        var imported = Importers.read(SharedData.profile(SharedData.NEG));
        DepthProfile p = (DepthProfile) imported.measurements().get(0);
        assertEquals("sims.iontof.surfacelab.profile", p.getImporterId());
        assertEquals(132, p.getSignals().size());
    }
}
