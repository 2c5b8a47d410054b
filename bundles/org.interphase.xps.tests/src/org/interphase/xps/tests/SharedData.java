package org.interphase.xps.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;

/** Locates the shared, read-only measurement files ({@code -Dinterphase.shared.data}). */
final class SharedData {

    private SharedData() {
    }

    static Path xps(String relative) {
        String root = System.getProperty("interphase.shared.data", "../../../shared/data");
        Path p = Path.of(root, "xps", relative);
        Assertions.assertTrue(Files.isReadable(p), "shared data missing: " + p);
        return p;
    }
}
