package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.junit.jupiter.api.Test;

class ScaleAndNormalisationTest {

    @Test
    void constantAndCraterRates() {
        assertEquals(50, new DepthScale.ConstantRate(0.5).depthNm(100), 1e-12);
        DepthScale.CraterDepth crater = new DepthScale.CraterDepth(481.044, 240.522);
        assertEquals(2, crater.nmPerS(), 1e-12);
        assertEquals(481.044, crater.depthNm(240.522), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new DepthScale.ConstantRate(0));
    }

    @Test
    void layerRatesSwitchAtInterfaces() {
        // 100 nm at 1 nm/s, then 60 nm at 0.5 nm/s, then 2 nm/s
        DepthScale.LayerRates r = DepthScale.LayerRates.fromStack(new double[] { 100, 60 }, new double[] { 1, 0.5, 2 });
        assertEquals(List.of(100.0, 220.0), r.untilS());
        assertArrayEquals(new double[] { 0, 50, 100, 130, 160, 180 },
                r.depthNm(new double[] { 0, 50, 100, 160, 220, 230 }), 1e-9);
        assertTrue(r.describe().contains("[1.0, 0.5, 2.0]"), r.describe());
    }

    @Test
    void totalMatrixMaxAndPlateau() throws Exception {
        ProfileData d = DepthProfiles.readData(SharedData.profile(SharedData.POS));
        var pb = d.signal("Pb+").orElseThrow();
        Series raw = Normalisation.raw(d, pb);
        Series tot = Normalisation.toTotal(d, pb);
        double[] total = d.total().orElseThrow().intensity();
        for (int i = 0; i < d.points(); i++) {
            assertEquals(pb.intensity()[i] / total[i], tot.y()[i], 1e-15);
            double expectedVar = pb.intensity()[i] / (total[i] * total[i])
                    + tot.y()[i] * tot.y()[i] / total[i];
            assertEquals(expectedVar, tot.variance()[i], 1e-12 * Math.max(expectedVar, 1e-30));
        }
        Series matrix = Normalisation.toMatrix(d, pb, "In+");
        assertEquals(pb.intensity()[100] / d.signal("In+").orElseThrow().intensity()[100], matrix.y()[100], 1e-15);
        Series max = Normalisation.toMax(raw);
        assertEquals(1, max.y()[raw.indexOfMax()], 0);
        assertEquals(raw.variance()[10] / (47629.9 * 47629.9), max.variance()[10], 1e-20);
        Series plateau = Normalisation.toPlateau(raw, 60, 90);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.x()[i] >= 60 && raw.x()[i] <= 90) {
                sum += plateau.y()[i];
                n++;
            }
        }
        assertEquals(1, sum / n, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Normalisation.toMatrix(d, pb, "XYZ+"));
    }

    @Test
    void divisionByZeroIsNaN() {
        Series a = Series.counts(new double[] { 0, 1 }, new double[] { 3, 4 });
        Series b = Series.counts(new double[] { 0, 1 }, new double[] { 0, 2 });
        Series q = Normalisation.divide(a, b);
        assertTrue(Double.isNaN(q.y()[0]));
        assertEquals(2, q.y()[1], 0);
        assertEquals(4.0 / 4 + 4 * 2 / 4.0, q.variance()[1], 1e-12);
    }
}
