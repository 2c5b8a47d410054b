package org.interphase.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared, read-only reference measurements ({@code ../shared/data} beside the repository; the build passes
 * it as system property {@code interphase.shared.data}). Tests read them in place and never write there.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder. */
    public static Path root() {
        return Path.of(System.getProperty("interphase.shared.data", "../../../shared/data")).toAbsolutePath().normalize();
    }

    /** A file or folder below {@link #root()}; fails with the full path when it is missing. */
    public static Path file(String first, String... more) {
        Path p = root().resolve(Path.of(first, more));
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared reference data missing: " + p
                    + " (set -Dinterphase.shared.data to the folder holding eis/, xps/, sims/, tomo/)");
        }
        return p;
    }
}
