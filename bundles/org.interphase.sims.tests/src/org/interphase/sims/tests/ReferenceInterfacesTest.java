package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;
import org.interphase.sims.api.EdgeFits;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.Interfaces;
import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference table of data/README.md section 3 (raw counts, levels of the max, linear interpolation). */
class ReferenceInterfacesTest {

    @ParameterizedTest
    @CsvSource({
            "Pb+, FALLING, 47629.9, 95.329, 103.282, 100.212, 107.803, 7.590",
            "In+, RISING,  102770,  131.994, 95.483,  97.549,  92.842, 4.707",
            "Sn+, RISING,  608.186, 101.195, 96.926,  99.534,  93.944, 5.590" })
    void reproducesReadmeTable(String signal, EdgeDirection dir, double max, double maxAt, double t50, double t84,
            double t16, double width) throws Exception {
        ProfileData d = DepthProfiles.readData(SharedData.profile(SharedData.POS));
        Series s = Normalisation.raw(d, d.signal(signal).orElseThrow());
        Edge e = Interfaces.edge(s, dir).orElseThrow();
        assertEquals(max, e.high(), max * 1e-6);
        assertEquals(maxAt, e.maximumAt(), 1e-9);
        assertEquals(t50, e.t50(), 1e-3);
        assertEquals(t84, e.t84(), 1e-3);
        assertEquals(t16, e.t16(), 1e-3);
        assertEquals(width, e.width().orElseThrow(), 1e-3);
        assertTrue(e.t50Error() > 0 && e.t50Error() < 1, "counting error of t50 " + e.t50Error());

        // an erf fit of the same edge lands near the interpolated position (different convention: fitted
        // baseline and plateau instead of 0 and max)
        EdgeFit fit = EdgeFits.fit(s, e, EdgeModel.ERF);
        assertEquals(t50, fit.centre(), 0.5 * width, fit.toString());
        assertEquals(width, fit.width(), 0.5 * width, fit.toString());
        assertTrue(fit.centreError() > 0 && fit.centreError() < 0.5 * width, fit.toString());
    }
}
