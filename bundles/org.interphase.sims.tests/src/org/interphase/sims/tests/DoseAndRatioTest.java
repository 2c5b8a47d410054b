package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.model.SignalKind;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.PrimaryDose;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Ratios;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;
import org.junit.jupiter.api.Test;

/** Primary-ion dose normalisation and analyst-made ratio signals. */
class DoseAndRatioTest {

    @Test
    void doseFromTheFilesFirstRowAndFromCurrentTimesTime() throws Exception {
        ProfileData pos = DepthProfiles.readData(SharedData.profile(SharedData.POS));
        PrimaryDose d = PrimaryDose.fromFile(pos).orElseThrow();
        assertEquals(2.47442e6, d.ionsPerCycle(), 0.5, "Dose (ions) of the first row of I241209m");
        SignalData total = pos.total().orElseThrow();
        Series n = d.normalise(Normalisation.raw(pos, total));
        assertEquals(1226470 / 2.47442e6, n.y()[0], 1e-9, "README: total first value 1.22647e+06");
        assertEquals(1226470 / (2.47442e6 * 2.47442e6), n.variance()[0], 1e-12, "Poisson variance / D^2");
        assertEquals(2.79004e6, PrimaryDose.fromFile(DepthProfiles.readData(SharedData.profile(SharedData.CONTROL)))
                .orElseThrow().ionsPerCycle(), 0.5);
        // 1 pA for 1 s = 1e-12 C / e = 6.241509074e6 ions
        assertEquals(6.241509074e6, PrimaryDose.fromCurrent(1, 1).ionsPerCycle(), 1e-3);
        assertEquals(0.25 * 6.241509074e6, PrimaryDose.fromCurrent(0.5, 0.5).ionsPerCycle(), 1e-3);
        assertThrows(IllegalArgumentException.class, () -> PrimaryDose.fromCurrent(0, 1));
    }

    @Test
    void ratioSignalIsParsedAsARatioAndDividesPointByPoint() throws Exception {
        ProfileData pos = DepthProfiles.readData(SharedData.profile(SharedData.POS));
        SignalData r = Ratios.of(pos, "Sn+", "Pb+");
        assertEquals(SignalKind.RATIO, r.name().kind());
        assertEquals("Sn+ / ( Pb+ )", r.label());
        SignalData exported = pos.signal("Sn+ / ( Pb+ )").orElseThrow();
        double[] sn = pos.signal("Sn+").orElseThrow().intensity();
        double[] pb = pos.signal("Pb+").orElseThrow().intensity();
        int compared = 0;
        for (int i = 0; i < pos.points(); i++) {
            if (pb[i] != 0) {
                assertEquals(sn[i] / pb[i], r.intensity()[i], 1e-15 * Math.abs(sn[i] / pb[i]));
                // SurfaceLab's own ratio column agrees to its %g rounding (6 significant digits)
                if (Double.isFinite(exported.intensity()[i])) {
                    assertEquals(exported.intensity()[i], r.intensity()[i], 1e-5 * Math.abs(r.intensity()[i]) + 1e-12);
                    compared++;
                }
            } else {
                assertTrue(Double.isNaN(r.intensity()[i]));
            }
        }
        assertTrue(compared > 100, "compared with the exported ratio at " + compared + " points");
        ProfileData more = Ratios.with(pos, r);
        assertEquals(pos.signals().size() + 1, more.signals().size());
        assertThrows(IllegalArgumentException.class, () -> Ratios.of(pos, "Sn+", "Xx+"));
    }
}
