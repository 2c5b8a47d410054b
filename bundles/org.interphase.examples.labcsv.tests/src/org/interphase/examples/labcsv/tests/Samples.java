package org.interphase.examples.labcsv.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The sample files of this tests bundle, and the analytic impedance they were written from. */
final class Samples {

    static final double R0 = 20, R1 = 100, C = 1e-6;
    static final int POINTS = 57;
    static final double F_MIN = 0.1, F_MAX = 1e6;

    private Samples() {
    }

    /** Copies {@code resources/<name>} of this bundle into {@code dir}. */
    static Path copy(String name, Path dir) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Samples.class);
        URL entry = bundle.getEntry("resources/" + name);
        if (entry == null) {
            throw new IOException("resources/" + name + " missing from " + bundle.getSymbolicName());
        }
        Path target = dir.resolve(name);
        try (InputStream in = entry.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** |Z| of R0 + R1/(1 + jωR1C) at frequency f (Hz). */
    static double modulus(double f) {
        double wrc = 2 * Math.PI * f * R1 * C;
        double re = R0 + R1 / (1 + wrc * wrc);
        double im = -R1 * wrc / (1 + wrc * wrc);
        return Math.hypot(re, im);
    }
}
