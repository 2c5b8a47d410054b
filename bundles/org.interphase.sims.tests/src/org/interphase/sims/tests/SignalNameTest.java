package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.interphase.model.Polarity;
import org.interphase.model.SignalKind;
import org.interphase.sims.api.SignalName;
import org.junit.jupiter.api.Test;

/** SurfaceLab names from the shared exports, taken apart. */
class SignalNameTest {

    @Test
    void total() {
        SignalName n = SignalName.parse("total");
        assertEquals(SignalKind.TOTAL, n.kind());
        assertEquals(Polarity.UNKNOWN, n.polarity());
        assertEquals(List.of(), n.members());
    }

    @Test
    void subscriptsAndPolarity() {
        SignalName n = SignalName.parse("C_6H_5+");
        assertEquals(SignalKind.ION, n.kind());
        assertEquals(Polarity.POSITIVE, n.polarity());
        assertEquals(Map.of("C", 6, "H", 5), n.composition());
        assertEquals(Map.of("Cs", 2, "I", 1), SignalName.parse("Cs_2I+").composition());
        assertEquals(Map.of("C", 2, "H", 12, "N", 2), SignalName.parse("C_2H_6N_2H_6+").composition(),
                "repeated elements add up");
        assertEquals(Polarity.NEGATIVE, SignalName.parse("PO_3-").polarity());
    }

    @Test
    void isotopes() {
        SignalName n = SignalName.parse("^13CH_5N_2+");
        assertEquals(List.of("13C"), n.isotopes());
        assertEquals(Map.of("C", 1, "H", 5, "N", 2), n.composition());
        assertEquals(List.of("118Sn", "117Sn"), SignalName.parse("^118Sn^117SnI_3-").isotopes());
        assertEquals(List.of(), SignalName.parse("SnI_3-").isotopes());
    }

    @Test
    void gluedSum() {
        SignalName n = SignalName.parse("^118SnI_3-SnI_3-");
        assertEquals(SignalKind.SUM, n.kind());
        assertEquals(List.of("^118SnI_3-", "SnI_3-"), n.members());
        assertEquals(Polarity.NEGATIVE, n.polarity());
        assertEquals(Map.of("Sn", 1, "I", 3), n.composition());
    }

    @Test
    void commaSum() {
        SignalName n = SignalName.parse("^206Pb_2I_3-, ^207Pb^206PbI_3-, Pb^206PbI_3-, Pb^207PbI_3-Pb_2I_3-");
        assertEquals(SignalKind.SUM, n.kind());
        assertEquals(List.of("^206Pb_2I_3-", "^207Pb^206PbI_3-", "Pb^206PbI_3-", "Pb^207PbI_3-", "Pb_2I_3-"),
                n.members());
        assertEquals(List.of("206Pb", "207Pb"), n.isotopes());
        assertEquals(Map.of("Pb", 2, "I", 3), n.composition());
    }

    @Test
    void ratios() {
        SignalName n = SignalName.parse("Sn+ / ( Pb+ )");
        assertEquals(SignalKind.RATIO, n.kind());
        assertEquals(List.of("Sn+"), n.members());
        assertEquals(List.of("Pb+"), n.denominator());
        assertEquals(Polarity.POSITIVE, n.polarity());

        SignalName sumRatio = SignalName.parse(
                "^206PbI_3-, ^207PbI_3-PbI_3- / ( ^206Pb_2I_3-, ^207Pb^206PbI_3-, Pb^206PbI_3-, Pb^207PbI_3-Pb_2I_3- )");
        assertEquals(SignalKind.RATIO, sumRatio.kind());
        assertEquals(List.of("^206PbI_3-", "^207PbI_3-", "PbI_3-"), sumRatio.members());
        assertEquals(5, sumRatio.denominator().size());
        assertEquals(Polarity.NEGATIVE, sumRatio.polarity());
    }

    @Test
    void unknownNotationNeverFails() {
        SignalName n = SignalName.parse("mass 42.1 (u)");
        assertEquals(SignalKind.ION, n.kind());
        assertEquals(Map.of(), n.composition());
        assertEquals(Polarity.UNKNOWN, n.polarity());
    }
}
