package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.Backgrounds;
import org.interphase.xps.api.CasaComponent;
import org.interphase.xps.api.CasaRegion;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.TougaardCrossSection;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backgrounds and line shapes against CasaXPS's own curves for FeO_analyzed.vms (casa_oracle/). The
 * model (region, background type and parameters, components) is read from the VAMAS block comments,
 * evaluated by our code, and compared with CasaXPS's CPS export column by column inside the region.
 */
class CasaOracleTest {

    static double[][] oracle; // columns of the export
    static XpsRegionData feo;
    static double[] ke;
    static double[] cps;
    static int lo;
    static int hi;

    @BeforeAll
    static void load() throws IOException, ImportException {
        List<String> lines = Files.readAllLines(SharedData.xps("casa_oracle/FeO_analyzed_lineshapes_cols.txt"),
                StandardCharsets.ISO_8859_1);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(8, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 17 || f[0].isBlank()) {
                continue;
            }
            double[] r = new double[17];
            for (int i = 0; i < 17; i++) {
                r[i] = f[i].isBlank() ? Double.NaN : Double.parseDouble(f[i]);
            }
            rows.add(r);
        }
        oracle = new double[17][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 17; c++) {
                oracle[c][i] = rows.get(i)[c];
            }
        }
        feo = XpsFiles.readData(SharedData.xps("vamas/FeO_analyzed.vms")).get(0);
        ke = feo.energy();
        cps = feo.cps();
        CasaRegion r = feo.casaRegions().get(0);
        lo = 0;
        while (ke[lo] < r.start()) {
            lo++;
        }
        hi = ke.length - 1;
        while (ke[hi] > r.end()) {
            hi--;
        }
    }

    @Test
    void exportMatchesTheFile() {
        assertEquals(1121, oracle[0].length);
        for (int i = 0; i < ke.length; i++) {
            assertEquals(oracle[0][i], ke[i], 1e-9);
            assertEquals(oracle[10][i], cps[i], 1e-6 * cps[i] + 1e-3, "CPS = counts / 2 s");
        }
    }

    @Test
    void tougaardU3MatchesCasa() {
        CasaRegion r = feo.casaRegions().get(0);
        assertEquals("U 3 Tougaard", r.backgroundType());
        List<Double> p = r.backgroundParameters();
        TougaardCrossSection k = new TougaardCrossSection(TougaardCrossSection.Kind.U3, p.get(0), p.get(1), p.get(2),
                p.get(3));
        double[] x = Arrays.copyOfRange(ke, lo, hi + 1);
        int half = (int) Math.round(r.averagingWidth() / 2);
        double[] bg = Backgrounds.tougaard(ke, cps, lo, hi, k, half, true);
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(bg[i] - oracle[15][lo + i]));
        }
        System.out.printf("Tougaard U3 vs CasaXPS: max |diff| %.3f CPS over %d points (background %.1f..%.1f)%n",
                max, x.length, oracle[15][hi], oracle[15][lo]);
        // end points: CasaXPS averages 3 points (width 2 = +-1 point) at each end
        assertEquals(oracle[15][lo], bg[0], 2.0);
        assertEquals(oracle[15][hi], bg[bg.length - 1], 1e-3);
        assertTrue(max < 2.0, "max |diff| " + max + " CPS (0.03 % of the background)");
        TougaardCrossSection fitted = Backgrounds.fitB(ke, cps, lo, hi, k, half, true);
        System.out.printf("Tougaard B fitted to the end point: %.4f (CasaXPS stored %.5f)%n", fitted.b(), p.get(0));
        assertEquals(p.get(0), fitted.b(), 1e-3 * p.get(0));
    }

    @Test
    void sglComponentsMatchCasa() {
        double hv = feo.photonEnergy();
        for (int c = 0; c < 4; c++) {
            CasaComponent comp = feo.casaComponents().get(c);
            if (!comp.lineShape().startsWith("SGL")) {
                continue;
            }
            LineShape shape = LineShape.parse(comp.lineShape());
            double[] y = shape.evaluate(ke, comp.position().value(), comp.fwhm().value(), comp.area().value(), true);
            double max = 0;
            double peak = 0;
            for (int i = lo; i <= hi; i++) {
                double casa = oracle[11 + c][i] - oracle[15][i];
                max = Math.max(max, Math.abs(y[i] - casa));
                peak = Math.max(peak, casa);
            }
            System.out.printf("%s at BE %.2f vs CasaXPS: max |diff| %.3f CPS of peak %.1f (%.3f %%)%n",
                    comp.lineShape(), comp.bindingPosition(hv, true), max, peak, 100 * max / peak);
            assertTrue(max < 0.002 * peak, "SGL within 0.2 % of its maximum: " + max);
        }
    }

    @Test
    void lfComponentsReportedAgainstCasa() {
        for (int c = 0; c < 4; c++) {
            CasaComponent comp = feo.casaComponents().get(c);
            if (!comp.lineShape().startsWith("LF")) {
                continue;
            }
            LineShape shape = LineShape.parse(comp.lineShape());
            double[] y = shape.evaluate(ke, comp.position().value(), comp.fwhm().value(), comp.area().value(), true);
            double max = 0;
            double peak = 0;
            int iCasa = lo;
            int iOurs = lo;
            double areaCasa = 0;
            double areaOurs = 0;
            for (int i = lo; i <= hi; i++) {
                double casa = oracle[11 + c][i] - oracle[15][i];
                max = Math.max(max, Math.abs(y[i] - casa));
                if (casa > oracle[11 + c][iCasa] - oracle[15][iCasa]) {
                    iCasa = i;
                }
                if (y[i] > y[iOurs]) {
                    iOurs = i;
                }
                peak = Math.max(peak, casa);
                areaCasa += casa * 0.05;
                areaOurs += y[i] * 0.05;
            }
            System.out.printf("%s vs CasaXPS: max |diff| %.1f CPS of peak %.1f (%.1f %%); maximum at BE %.2f (CasaXPS "
                    + "%.2f); area in region %.0f (CasaXPS %.0f)%n", comp.lineShape(), max, peak, 100 * max / peak,
                    feo.photonEnergy() - ke[iOurs], feo.photonEnergy() - ke[iCasa], areaOurs, areaCasa);
            // LineShapes.CasaAsymmetric's width constants were fitted to these two curves (one set for both, see
            // its Javadoc): measured max |diff| 24.7 and 15.1 CPS = 0.25 % of the maximum for both (part of it a
            // ~-0.004 FWHM offset of CasaXPS's position convention that is not modelled), maximum on the same
            // 0.05 eV channel, area in region within 0.05 % / 0.24 %. Before the widths scaled with the FWHM the
            // difference was 12.6 % / 17.0 % (Gaussian width and damping taken in eV). Only one (w, m) pair is in
            // the oracle, so this checks the F scaling; the m law is also fitted to the casa_csv curve (CasaCsvTest).
            assertTrue(max < 0.004 * peak, "LF within 0.4 % of its maximum: " + max);
            assertEquals(ke[iCasa], ke[iOurs], 0.051, "maximum on the same channel");
            assertEquals(areaCasa, areaOurs, 0.003 * areaCasa, "area in region within 0.3 %");
        }
    }
}
