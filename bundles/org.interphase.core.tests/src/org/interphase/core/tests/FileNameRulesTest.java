package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.core.api.FileNameRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameRulesTest {

    @ParameterizedTest
    @CsvSource({
        "cell3_cycle10.mpr, 10",
        "Cycle 7 PEIS.mpt, 7",
        "LPSCl_cyc_25.txt, 25",
        "LPSCl_C01.txt, 1",
        "LiIn-c12-discharged.DTA, 12",
        "after 50 cycles.vms, 50",
        "NMC_50cycles_S2p.vms, 50",
        "cell-c05.txt, 5",
        "/data/run/loop3.mpt, 3",
        "cycles-100.csv, 100",
    })
    void cycleNumbersFromNames(String name, int cycle) {
        FileNameRules.Proposal p = FileNameRules.propose(name);
        assertEquals(cycle, p.cycleNumber().orElseThrow(), name);
        assertEquals(Optional.of("Cycle " + cycle), p.cycleStateName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pristine.spe", "Li_LPSCl_fresh_S2p.vms", "as-prepared.tif", "uncycled cell.mpr"})
    void pristineNamesAreCycleZero(String name) {
        FileNameRules.Proposal p = FileNameRules.propose(name);
        assertEquals(0, p.cycleNumber().orElseThrow(), name);
        assertEquals(Optional.of("Pristine"), p.cycleStateName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mm-specs.xy", "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt", "NMC811.vms",
        "I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt", "I231115u_D_MeO-2PACz_5f_neg-C2_NF.txt", "Ca2.csv", "bicycle.txt",
        "recycled.txt"})
    void namesWithoutACycleProposeNothing(String name) {
        assertTrue(FileNameRules.propose(name).isEmpty(), name);
    }
}
