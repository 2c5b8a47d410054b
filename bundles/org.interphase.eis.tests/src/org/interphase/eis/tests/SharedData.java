package org.interphase.eis.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Locates the shared real-data folder (system property {@code interphase.shared.data}). */
final class SharedData {

    static final String MPT = "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt";
    static final String MPR = "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr";
    static final String DTA = "hybriddrt_EISGALV_EISTest3.DTA";
    static final String CSV = "impedancepy_exampleData.csv";
    static final String LIB = "pydrttools_LIB_data.txt";

    private SharedData() {
    }

    static Path eis(String name) {
        String root = System.getProperty("interphase.shared.data", "../../../shared/data");
        Path p = Path.of(root, "eis", name);
        assertTrue(Files.isRegularFile(p), "shared data file missing: " + p);
        return p;
    }
}
