package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Paths of the shared reference data ({@code -Dinterphase.shared.data}) and a direct ImageIO reader. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String dir = System.getProperty("interphase.shared.data", "../../../shared/data");
        Path p = Path.of(dir);
        assertTrue(Files.isDirectory(p), "shared data folder not found: " + p.toAbsolutePath());
        return p;
    }

    static Path ucl() {
        return root().resolve("tomo/ucl_cylindrical_cell");
    }

    static Path cellVol() {
        return ucl().resolve("cell_vol");
    }

    /** Independent reference: pixels of the first page read with plain {@code ImageIO.read}, as int. */
    static int[] imageIoPixels(Path file) throws IOException {
        Raster r = ImageIO.read(file.toFile()).getRaster();
        return r.getSamples(0, 0, r.getWidth(), r.getHeight(), 0, (int[]) null);
    }
}
