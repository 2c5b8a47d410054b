package org.interphase.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.eis.api.EisReaders;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.SimsCommands;
import org.interphase.testing.SharedData;
import org.interphase.tomo.api.Volumes;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The same bytes are the same technique under any file name, and every technique reader refuses another
 * technique's file, naming what it is. Real files are copied under misleading names; the EC-Lab polar CSV,
 * RelaxIS export and small column tables are written here.
 */
class ConfusableFilesTest {

    @TempDir
    Path dir;

    static final String POLAR = """
            time/s,freq/Hz,|Z|/Ohm,Phase(Z)/deg,I/A,Ewe/V,loop_index
            ,,,,,,
            0.5,100000,50.9,-11.3,1e-6,3.71,1
            1.0,10000,85.4,-20.5,1e-6,3.71,1
            1.5,1000,121.6,-9.5,1e-6,3.71,1
            2.0,100,136.0,-17.1,1e-6,3.71,1
            2.5,0,0,0,0,3.71,1
            """;

    static final String RELAXIS = """
            RelaxIS 3 Spectrum export
            Data: Frequency\tData: Z'\tData: Z''\tData: |Z|\tData: Phase
            100000\t50\t-10\t50.99\t-11.3
            10000\t80\t-30\t85.44\t-20.6
            1000\t120\t-20\t121.66\t-9.5
            """;

    static final String XPS_TABLE = """
            Binding Energy (eV),Intensity
            290.0,1200
            289.5,1350
            289.0,1800
            288.5,1500
            """;

    static final String SIMS_TABLE = """
            Sputter Time (s),Li+,PS-,Cl-
            0,100,5,20
            1.5,120,8,25
            3.0,90,30,40
            4.5,60,80,60
            """;

    private Path copy(Path source, String name) throws Exception {
        Path sub = Files.createDirectories(dir.resolve(Integer.toString(Math.abs((source + name).hashCode()))));
        return Files.copy(source, sub.resolve(name));
    }

    private Path write(String text, String name) throws Exception {
        Path sub = Files.createDirectories(dir.resolve(Integer.toString(Math.abs((text + name).hashCode()))));
        return Files.writeString(sub.resolve(name), text);
    }

    private static String id(Path f) throws Exception {
        return SharedFilesDetectionTest.confident(f).map(Importer::id).orElse("-");
    }

    private void sameUnderEveryName(Path original, String expectedId, String... names) throws Exception {
        assertEquals(expectedId, id(original), original + " " + SharedFilesDetectionTest.scores(original));
        for (String n : names) {
            Path renamed = copy(original, n);
            assertEquals(expectedId, id(renamed), "the bytes of " + original.getFileName() + " named " + n + " "
                    + SharedFilesDetectionTest.scores(renamed));
        }
    }

    @Test
    void realFilesKeepTheirTechniqueUnderMisleadingNames() throws Exception {
        sameUnderEveryName(SharedData.file("eis", "impedancepy_exampleData.csv"), "eis.delimited", "survey_xps.csv",
                "C1s.csv", "sims_depth_profile.csv", "profile.txt");
        sameUnderEveryName(SharedData.file("xps", "casa_csv", "20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv"),
                "xps.casa.export", "sims_depth_profile.csv", "eis.csv", "loop_1.txt");
        sameUnderEveryName(SharedData.file("xps", "casa_oracle", "FeO_analyzed_lineshapes_cols.txt"),
                "xps.casa.export", "eis.txt", "depth_profile.txt");
        sameUnderEveryName(SharedData.file("sims", "iontof_depth_profiles", "I231115u_D_MeO-2PACz_5f_neg-C2_NF.txt"),
                "sims.iontof.surfacelab.profile", "eis.txt", "survey_xps.csv", "data.vms");
        sameUnderEveryName(SharedData.file("sims", "iontof_mass_spectra", "P_Ru_Bi1_1.txt"),
                "sims.iontof.surfacelab.spectrum", "depth_profile.txt", "eis.csv");
        sameUnderEveryName(SharedData.file("eis", "autoeis_battery_data.npy"), "eis.numpy.npy", "volume.tif");
    }

    @Test
    void writtenTablesKeepTheirTechniqueUnderMisleadingNames() throws Exception {
        sameUnderEveryName(write(POLAR, "ec-lab.csv"), "eis.delimited", "survey_xps.csv", "profile.csv", "C1s.txt");
        sameUnderEveryName(write(RELAXIS, "relaxis.txt"), "eis.delimited", "tof-sims.txt", "xps.csv");
        sameUnderEveryName(write(XPS_TABLE, "xps.csv"), "xps.columns", "depth_profile_sims.csv", "eis.csv");
        sameUnderEveryName(write(SIMS_TABLE, "profile.csv"), "sims.delimited.profile", "eis.txt", "xps_C1s.csv");
    }

    private static void refused(Executable read, String... fragments) {
        ImportException e = assertThrows(ImportException.class, read);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
        }
    }

    @Test
    void everyTechniqueReaderRefusesAnotherTechniquesFileNamingWhatItIs() throws Exception {
        Path casa = SharedData.file("xps", "casa_csv", "20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv");
        Path lineShapes = SharedData.file("xps", "casa_oracle", "FeO_analyzed_lineshapes_cols.txt");
        Path mass = SharedData.file("sims", "iontof_mass_spectra", "P_Ru_Bi1_1.txt");
        Path profile = SharedData.file("sims", "iontof_depth_profiles", "I231115u_D_MeO-2PACz_5f_neg-C2_NF.txt");
        Path eisCsv = SharedData.file("eis", "impedancepy_exampleData.csv");
        Path tif = SharedData.file("tomo", "ucl_cylindrical_cell", "im_1.tif");
        Path polar = write(POLAR, "polar.csv");
        refused(() -> EisReaders.readData(casa), "is an XPS spectrum (CasaXPS", "not an impedance spectrum");
        refused(() -> EisReaders.readData(profile), "is a ToF-SIMS depth profile", "not an impedance spectrum");
        refused(() -> EisReaders.readData(tif), "is a tomography volume");
        refused(() -> DepthProfiles.readData(lineShapes), "is an XPS spectrum", "not a ToF-SIMS depth profile");
        refused(() -> DepthProfiles.readData(mass), "is a ToF-SIMS mass spectrum", "not a ToF-SIMS depth profile");
        refused(() -> DepthProfiles.readData(polar), "is an impedance spectrum");
        refused(() -> SimsCommands.interfaces(lineShapes, List.of(), null), "is an XPS spectrum");
        refused(() -> SimsCommands.interfaces(mass, List.of(), null), "mass spectrum");
        refused(() -> XpsFiles.readData(profile), "is a ToF-SIMS depth profile", "not an XPS spectrum");
        refused(() -> XpsFiles.readData(eisCsv), "is an impedance spectrum", "not an XPS spectrum");
        refused(() -> Volumes.open(eisCsv), "is an impedance spectrum", "not a tomography volume");
    }

    @Test
    void withoutAConfidentImporterTheReaderAsksForAs() throws Exception {
        // two evenly stepped columns without a header: could be an XPS region, could be anything
        Path bare = write("10 1\n11 3\n12 2\n13 5\n", "bare.txt");
        refused(() -> XpsFiles.readData(bare), "no importer is confident", "--as", "xps:xps.columns");
        List<XpsRegionData> r = XpsFiles.readData(bare, Optional.of("xps:columns"));
        assertEquals(4, r.get(0).pointCount());
        refused(() -> XpsFiles.readData(bare, Optional.of("eis")), "not an XPS spectrum");
        refused(() -> XpsFiles.readData(bare, Optional.of("chromatography")), "names no importer");
    }
}
