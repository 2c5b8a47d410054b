package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.junit.jupiter.api.Test;

/** The importers are declarative services, found through the core lookup inside OSGi. */
class OsgiServicesTest {

    @Test
    void importersAreRegisteredServices() {
        List<String> ids = Importers.all().stream().map(Importer::id).toList();
        for (String id : List.of("eis.biologic.mpt", "eis.biologic.mpr", "eis.gamry.dta", "eis.zview.z", "eis.delimited")) {
            assertTrue(ids.contains(id), id + " registered; found " + ids);
        }
    }
}
