package org.interphase.cycling.tests;

import java.nio.file.Path;

import org.interphase.testing.SharedData;

/** The shared cycler files (../shared/data/cycling, facts in its README §5). */
final class Samples {

    static final Path MPR = SharedData.file("cycling", "cellpy_biol.mpr");
    static final Path NEWARE = SharedData.file("cycling", "cellpy_neware_uio.csv");
    static final Path MACCOR = SharedData.file("cycling", "cellpy_maccor_001.txt");

    private Samples() {
    }
}
