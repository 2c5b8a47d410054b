package org.interphase.sims.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data (system property {@code interphase.shared.data}). */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String dir = System.getProperty("interphase.shared.data", "/work/shared/data");
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p.toAbsolutePath());
        }
        return p;
    }

    static Path profile(String name) {
        return root().resolve("sims/iontof_depth_profiles").resolve(name);
    }

    static Path spectrum() {
        return root().resolve("sims/iontof_mass_spectra/P_Ru_Bi1_1.txt");
    }

    static final String POS = "I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt";
    static final String NEG = "I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt";
    static final String CONTROL = "I231115u_D_MeO-2PACz_5f_neg-C2_NF.txt";
    static final String PBI2 = "I231115y_E_PbI2-MeO-2PACz_5f_neg-C2_NF.txt";
}
