package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.MassSpectrum;
import org.interphase.sims.api.MassSpectra;
import org.interphase.sims.ui.internal.spectrum.MassSpectrumBody;
import org.interphase.sims.ui.internal.spectrum.PeakExport;
import org.interphase.sims.ui.internal.spectrum.SpectrumChart;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mass-spectrum view on the shared Ru spectrum (README: 4827 bins, largest 663063 counts at m/z 22.98978;
 * sqrt(m/z) = a channel + b with a = 3.03345e-5, b = 0.0110098).
 */
class MassSpectrumBodyTest {

    static final Path FILE = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "sims/iontof_mass_spectra/P_Ru_Bi1_1.txt");

    @TempDir
    Path dir;

    @Test
    void plotPeaksCalibrationAndExport() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 850);
        MassSpectrum m = InterphaseFactory.eINSTANCE.createMassSpectrum();
        m.setName("P_Ru_Bi1_1");
        MassSpectrumBody body = new MassSpectrumBody(shell, m, Optional.of(FILE));
        shell.open();
        assertTrue(body.data().isPresent(), body.message().getText());
        ISeries<?> s = body.chart().chart().getSeriesSet().getSeries(SpectrumChart.SERIES);
        assertEquals(SpectrumChart.X_TITLE, body.chart().chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(SpectrumChart.Y_TITLE, body.chart().chart().getAxisSet().getYAxis(0).getTitle().getText());
        assertTrue(body.chart().chart().getAxisSet().getYAxis(0).isLogScaleEnabled());
        double top = 0;
        for (double v : s.getYSeries()) {
            top = Math.max(top, v);
        }
        assertEquals(663063, top, 0);
        List<MassSpectra.Peak> peaks = body.peaks().peaks();
        assertTrue(peaks.size() > 10, "peaks above 0.5 % of the largest: " + peaks.size());
        int na = -1;
        for (int i = 0; i < peaks.size(); i++) {
            if (peaks.get(i).height() == 663063) {
                na = i;
            }
        }
        assertTrue(na >= 0);
        // assign the Na+ peak and two others the file's own m/z at their centroids: the fit then reproduces the
        // file's calibration law (README), k = 1/a channels per sqrt(u)
        int[] chosen = { na, peaks.size() / 2, peaks.size() - 1 };
        for (int i : chosen) {
            double a = 3.03345e-5;
            double b = 0.0110098;
            double mz = Math.pow(a * peaks.get(i).centroid() + b, 2);
            body.peaks().table().select(i);
            body.peaks().assignText().setText(String.format(java.util.Locale.ROOT, "%.6f", mz));
            body.peaks().assignSelected();
        }
        body.peaks().calibrate();
        assertTrue(body.peaks().calibration().isPresent(), body.peaks().status().getText());
        assertEquals(1 / 3.03345e-5, body.peaks().calibration().get().k(), 1e-3 / 3.03345e-5 * 1e-3);
        assertTrue(body.chart().chart().getTitle().getText().contains("recalibrated"));
        // assigning by ion name uses the exact ion mass (Na+ = 22.989770 - electron)
        body.peaks().table().select(na);
        body.peaks().assignText().setText("Na+");
        body.peaks().assignSelected();
        assertEquals(22.98922, body.peaks().assignments().get(na).mass(), 1e-5);
        body.peaks().assignText().setText("Xx+");
        body.peaks().assignSelected();
        assertTrue(body.peaks().status().getText().contains("neither"), body.peaks().status().getText());

        Path csv = dir.resolve("peaks.csv");
        body.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(PeakExport.HEADER, lines.get(0));
        assertEquals(peaks.size() + 1, lines.size());
        assertTrue(lines.get(na + 1).contains(",Na+,22.989221"), lines.get(na + 1));
        while (display.readAndDispatch()) {
            // drain
        }
        Path png = Path.of("target", "sims-mass-spectrum.png");
        Files.createDirectories(png.getParent());
        Charts.savePng(shell, png);
        shell.dispose();
    }
}
