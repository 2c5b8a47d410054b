package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.eis.api.DrtResult;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.ui.EisEditorBody;
import org.interphase.eis.ui.internal.DrtChart;
import org.interphase.eis.ui.internal.DrtPanel;
import org.interphase.eis.ui.internal.KkCharts;
import org.interphase.eis.ui.internal.KkPanel;
import org.interphase.eis.ui.internal.ParameterRow;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.edit.StudyEditing;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Kramers-Kronig and DRT tabs of the EIS editor on real spectra (../shared/data/README.md): the Gamry
 * EISGALV file is KK-valid with the default plateau choice of M (M &ge; 30, as the headless tests
 * established); the Li6PS5Cl ion-blocking spectrum gives DRT peaks that seed a circuit into the Fit tab.
 */
class KkDrtTabsTest {

    private Display display;
    private Shell shell;
    private EisEditorBody body;

    private void open(String file) {
        Path data = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"), "eis", file);
        assertTrue(Files.isRegularFile(data), "shared data file missing: " + data);
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        ImpedanceSpectrum spectrum = InterphaseFactory.eINSTANCE.createImpedanceSpectrum();
        spectrum.setName(file);
        spectrum.setSourceUri(URI.createFileURI(data.toAbsolutePath().toString()).toString());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("EIS editor: " + file);
        shell.setLayout(new FillLayout());
        shell.setSize(1260, 900);
        body = new EisEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
            flush();
        }
    }

    @Test
    void kramersKronigTabShowsValidVerdictAndMasksClickedPoints() throws Exception {
        open("hybriddrt_EISGALV_EISTest3.DTA");
        int n = body.data().orElseThrow().size();
        body.tabs().setSelection(1);
        KkPanel kk = body.kkPanel();
        assertEquals(0, kk.methodCombo().getSelectionIndex(), "plateau is the default");
        assertFalse(kk.fixedMSpinner().isEnabled(), "M only for 'fixed M'");
        assertEquals(10, kk.thresholdSpinner().getSelection(), "1.0 % default threshold");
        kk.runButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> !kk.running() && kk.result().isPresent(), 60_000), "KK job finished");
        KkResult r = kk.result().orElseThrow();
        assertTrue(r.valid(), r.verdict());
        assertTrue(r.m() >= 30, "M " + r.m());
        assertTrue(kk.verdict().getText().startsWith("\u2714 Valid"), kk.verdict().getText());
        assertTrue(kk.verdict().getText().contains("M = " + r.m()), kk.verdict().getText());

        Chart res = kk.charts().residuals();
        assertEquals("f / Hz", res.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("relative residual / %", res.getAxisSet().getYAxis(0).getTitle().getText());
        assertTrue(res.getAxisSet().getXAxis(0).isLogScaleEnabled());
        ISeries<?> re = res.getSeriesSet().getSeries(KkCharts.RES_REAL);
        ISeries<?> im = res.getSeriesSet().getSeries(KkCharts.RES_IMAG);
        assertNotNull(re);
        assertNotNull(im);
        assertEquals(n, re.getYSeries().length);
        assertEquals(100 * r.residualReal()[0], re.getYSeries()[0], 1e-12, "residuals in %");
        assertEquals(1.0, res.getSeriesSet().getSeries(KkCharts.THRESHOLD_UP).getYSeries()[0], 1e-12);
        assertEquals(-1.0, res.getSeriesSet().getSeries(KkCharts.THRESHOLD_DOWN).getYSeries()[0], 1e-12);
        Chart chi2 = kk.charts().chi2();
        assertTrue(chi2.getAxisSet().getYAxis(0).isLogScaleEnabled(), "pseudo-chi2 on a log axis");
        assertEquals(r.m(), chi2.getSeriesSet().getSeries(KkCharts.CHOSEN).getXSeries()[0], 0);
        assertEquals(71, chi2.getSeriesSet().getSeries(KkCharts.CHI2).getXSeries().length, "M = 1 .. N");
        settle(500);
        Charts.savePng(shell, pngDir().resolve("eis-kk-tab.png"));

        // click the point with the largest residual: it is masked and the test runs again
        int worst = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(r.residualReal()[i]) > Math.abs(r.residualReal()[worst])) {
                worst = i;
            }
        }
        Point p = kk.charts().pixelOf(worst);
        OptionalInt hit = kk.charts().nearestPoint(p.x, p.y);
        assertTrue(hit.isPresent());
        click((Control) res.getPlotArea(), p);
        assertTrue(waitUntil(() -> !kk.running() && kk.result().orElseThrow() != r, 60_000), "KK re-run");
        assertEquals(Set.of(hit.getAsInt()), kk.masked());
        KkResult masked = kk.result().orElseThrow();
        assertEquals(Set.of(hit.getAsInt()), masked.masked());
        assertEquals(1, res.getSeriesSet().getSeries(KkCharts.MASKED_REAL).getXSeries().length);
        assertEquals(n - 1, res.getSeriesSet().getSeries(KkCharts.RES_REAL).getXSeries().length);
        assertTrue(kk.details().getText().contains("masked points: 1"), kk.details().getText());
        settle(300);
        Charts.savePng(shell, pngDir().resolve("eis-kk-tab-masked.png"));
        // a second click unmasks it
        Point q = kk.charts().pixelOf(hit.getAsInt());
        click((Control) res.getPlotArea(), q);
        assertTrue(waitUntil(() -> !kk.running() && kk.result().orElseThrow() != masked, 60_000), "KK re-run");
        assertTrue(kk.masked().isEmpty());
        assertNull(res.getSeriesSet().getSeries(KkCharts.MASKED_REAL));
    }

    @Test
    void drtTabFindsPeaksAndSeedsTheCircuit() throws Exception {
        open("hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
        body.tabs().setSelection(2);
        DrtPanel drt = body.drtPanel();
        assertEquals(0, drt.lambdaMethodCombo().getSelectionIndex(), "discrepancy principle by default");
        assertTrue(drt.capacitanceCheck().getSelection(), "blocking electrode detected: series C");
        assertFalse(drt.seedButton().isEnabled(), "nothing to seed yet");
        drt.runButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> !drt.running() && drt.result().isPresent(), 120_000), "DRT job finished");
        DrtResult r = drt.result().orElseThrow();
        assertFalse(r.peaks().isEmpty());
        assertEquals(r.peaks().size(), drt.peaks().getItemCount());
        assertEquals("\u03C4 / s", drt.peaks().getColumn(0).getText());
        Chart c = drt.chart().chart();
        assertEquals("\u03C4 / s", c.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("\u03B3 / \u03A9", c.getAxisSet().getYAxis(0).getTitle().getText());
        assertTrue(c.getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertEquals(r.tau().length, c.getSeriesSet().getSeries(DrtChart.GAMMA).getXSeries().length);
        assertEquals(r.peaks().size(), c.getSeriesSet().getSeries(DrtChart.PEAKS).getXSeries().length);
        assertTrue(drt.summary().getText().contains("discrepancy"), drt.summary().getText());
        // peak heights span > 3 decades next to the blocking electrode: log gamma axis by default, and back
        assertTrue(drt.logGammaCheck().getSelection());
        assertTrue(c.getAxisSet().getYAxis(0).isLogScaleEnabled());
        drt.logGammaCheck().setSelection(false);
        drt.logGammaCheck().notifyListeners(SWT.Selection, new Event());
        assertFalse(c.getAxisSet().getYAxis(0).isLogScaleEnabled());
        settle(300);
        Charts.savePng(shell, pngDir().resolve("eis-drt-tab-linear.png"));
        drt.logGammaCheck().setSelection(true);
        drt.logGammaCheck().notifyListeners(SWT.Selection, new Event());
        assertTrue(c.getAxisSet().getYAxis(0).isLogScaleEnabled());
        System.out.println("DRT tab: " + drt.summary().getText() + " | flags " + r.flags() + " | peaks " + r.peaks());
        settle(500);
        Charts.savePng(shell, pngDir().resolve("eis-drt-tab.png"));

        assertTrue(drt.seedButton().isEnabled());
        drt.seedButton().notifyListeners(SWT.Selection, new Event());
        flush();
        String circuit = body.circuitPanel().circuitText().getText();
        assertTrue(circuit.contains("p(R1,CPE1)"), circuit);
        assertEquals(0, body.tabs().getSelectionIndex(), "back on the Fit tab");
        assertTrue(body.circuitPanel().circuit().isPresent(), "seeded circuit parses");
        double[] starts = body.table().rows().stream().mapToDouble(ParameterRow::start).toArray();
        assertEquals(body.circuitPanel().circuit().get().parameterCount(), starts.length);
        assertArrayEquals(org.interphase.eis.api.Drt.seed(r, 3).initial(), starts, 0, "start values from the DRT");
        assertTrue(body.circuitPanel().fitButton().isEnabled(), "ready to fit");
        settle(300);
        Charts.savePng(shell, pngDir().resolve("eis-drt-seeded-fit-tab.png"));

        // manual lambda typed in: the DRT uses it
        body.tabs().setSelection(2);
        drt.lambdaMethodCombo().select(2);
        drt.lambdaText().setText("1e-2");
        drt.runButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> !drt.running() && drt.result().orElseThrow() != r, 120_000), "manual DRT");
        DrtResult manual = drt.result().orElseThrow();
        assertEquals(1e-2, manual.lambda(), 0);
        assertTrue(drt.summary().getText().contains("(manual)"), drt.summary().getText());
        assertEquals(manual.flags().size(), drt.warnings().getText().chars().filter(ch -> ch == '\u26A0').count(),
                "one warning line per flag: " + drt.warnings().getText());
    }

    @Test
    void drtWarningsOnTheGamryFile() {
        open("hybriddrt_EISGALV_EISTest3.DTA");
        body.tabs().setSelection(2);
        DrtPanel drt = body.drtPanel();
        drt.runButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> !drt.running() && drt.result().isPresent(), 120_000), "DRT job finished");
        DrtResult r = drt.result().orElseThrow();
        System.out.println("Gamry DRT flags " + r.flags() + ": " + drt.warnings().getText());
        assertEquals(r.flags().size(), drt.warnings().getText().chars().filter(ch -> ch == '\u26A0').count(),
                "one warning line per flag: " + drt.warnings().getText());
    }

    private void click(Control plot, Point p) {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.x = p.x;
            e.y = p.y;
            e.button = 1;
            plot.notifyListeners(type, e);
        }
    }

    private static Path pngDir() throws Exception {
        Path dir = Path.of("target").toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    private void flush() {
        new SwtDriver(display).flush();
    }

    private void settle(long ms) {
        new SwtDriver(display).settle(shell, ms);
    }

    private boolean waitUntil(BooleanSupplier condition, long timeoutMs) {
        return new SwtDriver(display).waitUntil(condition, timeoutMs);
    }
}
