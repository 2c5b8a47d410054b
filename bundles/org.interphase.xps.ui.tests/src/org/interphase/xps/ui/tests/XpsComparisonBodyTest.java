package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Interphase;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.edit.StudyEditing;
import org.interphase.ui.chart.Charts;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.SpectrumComparison.Normalisation;
import org.interphase.xps.ui.XpsComparisonBody;
import org.interphase.xps.ui.internal.ComparisonChart;
import org.interphase.xps.ui.internal.SeriesRecord;
import org.interphase.xps.ui.internal.TrendChart;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison across cycles on three P 2p spectra of one cell (cycles 0, 1, 10): SPECS .xy files written
 * with the shared mm-specs.xy header (SpecsLab2, CPS, 50 scans x 0.1 s, BE 139.87 -> 119.87 step 0.05) and
 * synthetic data: Li3P (127.0 eV) growing against PS4 (131.95 eV), GL(30) doublets (0.86 eV, 2:1), FWHM 1.0,
 * on a Shirley-like step, Poisson noise.
 */
class XpsComparisonBodyTest {

    static final Path HEADER = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "xps/specs/mm-specs.xy");
    static final double[] CYCLES = { 0, 1, 10 };
    static final double[] LI3P = { 300, 1200, 3000 };
    static final double[] PS4 = { 4500, 3900, 2250 };

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private XpsComparisonBody body;
    private final List<XpsSpectrum> spectra = new ArrayList<>();
    private Interphase li3p;
    private CommandStack stack;
    private AdapterFactoryEditingDomain editing;

    @BeforeEach
    void open() throws Exception {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        editing = domain;
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("Li | LPSCl | Li");
        Interface iface = f.createInterface();
        iface.setName("Li | LPSCl");
        li3p = f.createInterphase();
        li3p.setName("Li3P");
        li3p.setSpecies("Li3P");
        iface.getInterphases().add(li3p);
        cell.getInterfaces().add(iface);
        List<String> header = Files.readAllLines(HEADER, StandardCharsets.ISO_8859_1).subList(0, 38);
        for (int i = 0; i < CYCLES.length; i++) {
            CycleState c = f.createCycleState();
            c.setName("cycle " + (int) CYCLES[i]);
            c.setCycleNumber((int) CYCLES[i]);
            cell.getCycleStates().add(c);
            Path file = dir.resolve("p2p-" + i + ".xy");
            write(file, header, LI3P[i], PS4[i], 11 + i);
            XpsSpectrum s = f.createXpsSpectrum();
            s.setName("P 2p #" + i);
            XpsRegion r = f.createXpsRegion();
            r.setLabel("P 2p");
            s.getRegions().add(r);
            s.setSourceUri(URI.createFileURI(file.toAbsolutePath().toString()).toString());
            s.setInterface(iface);
            s.setCycleState(c);
            cell.getMeasurements().add(s);
            spectra.add(s);
        }
        study.getCells().add(cell);
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1270, 900);
        shell.setText("XPS comparison across cycles");
        body = new XpsComparisonBody(shell, spectra.get(1), domain);
        shell.open();
        flush();
    }

    /** Writes a synthetic P 2p spectrum in CPS with the real file's header (counts = CPS x 5 s). */
    static void write(Path file, List<String> header, double li3p, double ps4, long seed) throws Exception {
        LineShape gl = LineShape.parse("GL(30)");
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(header);
        int n = 401;
        double[] x = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 139.87 - 0.05 * i;
            for (double[] c : new double[][] { { 127.0, li3p }, { 131.95, ps4 } }) {
                p[i] += c[1] / 1.5 * (gl.value(x[i] - c[0], 1.0) + 0.5 * gl.value(x[i] - c[0] - 0.86, 1.0));
            }
        }
        double cum = 0;
        double[] y = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            if (i < n - 1) {
                cum += 0.5 * (p[i] + p[i + 1]) * 0.05;
            }
            double cps = 500 + 0.03 * cum + p[i];
            double counts = cps * 5;
            y[i] = Math.max(0, Math.round(counts + Math.sqrt(counts) * gauss(rng))) / 5.0;
        }
        for (int i = 0; i < n; i++) {
            lines.add(String.format(Locale.ROOT, "%.2f  %.5f  2.44", x[i], y[i]));
        }
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void readableAtTheProductsEditorSize() throws Exception {
        org.eclipse.swt.graphics.Rectangle trim = shell.computeTrim(0, 0, 1170, 490);
        shell.setSize(trim.width, trim.height);
        body.fitPanel().tick(Set.of("Li3P", "PS4"));
        press(body.fitPanel().fitButton());
        waitJobs(1);
        flush();
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        Path out = Path.of("target").toAbsolutePath().resolve("xps-comparison-1170x490.png");
        Files.createDirectories(out.getParent());
        org.interphase.ui.chart.Charts.savePng(shell, out);
        for (org.eclipse.swtchart.Chart c : List.of(body.spectraChart().chart(), body.trendChart().chart())) {
            org.eclipse.swt.graphics.Point plot = c.getPlotArea().getSize();
            assertTrue(plot.y >= 100 && plot.x >= 200, "plot " + plot);
            assertTrue(c.getAxisSet().getYAxis(0).getTick().getTickLabelValues().length >= 2, "y tick labels");
        }
        // the left column scrolls: scrolled to, the Fit button is fully shown
        org.eclipse.swt.widgets.Composite p = body.fitPanel().fitButton().getParent();
        while (!(p instanceof org.eclipse.swt.custom.ScrolledComposite)) {
            p = p.getParent();
        }
        ((org.eclipse.swt.custom.ScrolledComposite) p).showControl(body.fitPanel().fitButton());
        flush();
        XpsLayoutTest.assertFullyShown(body.fitPanel().fitButton());
        org.interphase.ui.chart.Charts.savePng(shell, out.resolveSibling("xps-comparison-1170x490-scrolled.png"));
    }

    /** Fitted, at the editor area the product gives at a 1366 x 768 screen: plots, rows and titles (LayoutChecks). */
    @Test
    void readableAt1366x768() throws Exception {
        org.eclipse.swt.graphics.Point area = org.interphase.testing.LayoutChecks.EDITOR_AREA_1366x768;
        org.eclipse.swt.graphics.Rectangle trim = shell.computeTrim(0, 0, area.x, area.y);
        shell.setSize(trim.width, trim.height);
        body.fitPanel().tick(Set.of("Li3P", "PS4"));
        press(body.fitPanel().fitButton());
        waitJobs(1);
        new SwtDriver(display).settle(shell, 300);
        org.interphase.ui.chart.Charts.savePng(shell, Path.of("target", "screenshots", "xps-comparison-1366x768.png")
                .toAbsolutePath());
        List<String> problems = org.interphase.testing.LayoutChecks.check(body, 0.5, 3);
        System.out.println("XPS comparison at 1366x768: " + (problems.isEmpty() ? "ok" : problems));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void comparesFitsTheSeriesJointlyAndSavesTrends() throws Exception {
        assertEquals(3, body.ticked().size(), body.message());
        assertEquals(List.of(0.0, 1.0, 10.0), body.ticked().stream().map(c -> c.cycle()).toList(), "ordered by cycle");
        IAxis x = body.spectraChart().chart().getAxisSet().getXAxis(0);
        assertTrue(x.isReversed(), "BE axis reversed");
        assertEquals(ComparisonChart.X_TITLE, x.getTitle().getText());
        assertEquals("Intensity / fraction of maximum", body.spectraChart().chart().getAxisSet().getYAxis(0).getTitle().getText());
        ISeries<?>[] drawn = body.spectraChart().chart().getSeriesSet().getSeries();
        assertEquals(3, drawn.length);
        for (ISeries<?> s : drawn) {
            assertEquals(401, s.getXSeries().length, "common grid = the shared 0.05 eV grid");
            assertEquals(1, java.util.Arrays.stream(s.getYSeries()).max().orElseThrow(), 1e-12, "MAX normalised");
        }
        // difference to cycle 0: Li3P grew, so the difference is positive at 127 eV and negative at 132 eV
        body.controls().set(ComparisonChart.Mode.DIFFERENCE, Normalisation.NONE);
        body.refresh();
        ISeries<?>[] diff = body.spectraChart().chart().getSeriesSet().getSeries();
        assertEquals(3, diff.length, "two differences and the zero line");
        ISeries<?> d10 = diff[1];
        assertTrue(value(d10, 127.0) > 500, "Li3P difference at 127 eV: " + value(d10, 127.0));
        assertTrue(value(d10, 131.95) < -500, "PS4 difference at 131.95 eV: " + value(d10, 131.95));
        double[] w = body.controls().window();
        assertTrue(w[0] < 131.95 && w[1] > 131.95 && Math.abs(w[1] - w[0] - 1.0) < 1e-9, "reference window around PS4 of cycle 0: "
                + w[0] + ".." + w[1]);
        body.controls().set(ComparisonChart.Mode.OVERLAY, Normalisation.REFERENCE_PEAK);
        body.refresh();
        for (ISeries<?> s : body.spectraChart().chart().getSeriesSet().getSeries()) {
            assertEquals(1, value(s, (w[0] + w[1]) / 2) , 0.05, "reference peak ~1 after normalisation");
        }
        body.controls().set(ComparisonChart.Mode.STACK, Normalisation.AREA);
        body.refresh();
        assertTrue(body.spectraChart().chart().getAxisSet().getYAxis(0).getTitle().getText().contains("eV"));

        body.fitPanel().tick(Set.of("Li3P", "PS4"));
        press(body.fitPanel().fitButton());
        waitJobs(1);
        assertTrue(body.message().contains("fitted jointly"), body.message());
        ILineSeries<?> li = (ILineSeries<?>) body.trendChart().chart().getSeriesSet().getSeries("Li3P");
        assertNotNull(li, "trend of Li3P");
        assertEquals(TrendChart.X_TITLE, body.trendChart().chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(TrendChart.Y_TITLE, body.trendChart().chart().getAxisSet().getYAxis(0).getTitle().getText());
        assertTrue(li.getYErrorBar().isVisible(), "error bars");
        for (int i = 0; i < 3; i++) {
            double truth = 100 * LI3P[i] / (LI3P[i] + PS4[i]);
            double err = li.getYErrorBar().getPlusErrors()[i];
            assertEquals(CYCLES[i], li.getXSeries()[i], 0);
            assertTrue(err > 0 && err < 5, "error bar " + err);
            assertEquals(truth, li.getYSeries()[i], 4 * err + 0.5, "Li3P fraction at cycle " + CYCLES[i]);
        }
        body.controls().set(ComparisonChart.Mode.STACK, Normalisation.MAX);
        body.refresh();
        Charts.savePng(shell, png());

        press(body.fitPanel().saveButton());
        for (int i = 0; i < 3; i++) {
            XpsSpectrum s = spectra.get(i);
            assertEquals(1, s.getAnalyses().size(), body.message());
            AnalysisResult a = s.getAnalyses().get(0);
            assertEquals(SeriesRecord.ALGORITHM_ID, a.getAlgorithmId());
            assertEquals(3, a.getInputs().size(), "every file of the joint fit is an input");
            assertTrue(a.getInputs().get(0).startsWith("sha256:"));
            assertTrue(a.getSettings().contains("\"shared\":[\"Li3P.position\",\"Li3P.fwhm\",\"PS4.position\",\"PS4.fwhm\"]"),
                    a.getSettings());
            ResultParameter p = a.getParameters().stream().filter(q -> q.getQuantity() == QuantityKind.SPECIES_FRACTION
                    && q.getName().startsWith("Li3P")).findFirst().orElseThrow();
            assertEquals(li.getYSeries()[i], p.getValue(), 1e-9);
            assertEquals(s.getInterface(), p.getInterface());
            assertEquals(s.getCycleState(), p.getCycleState());
            assertEquals(li3p, p.getInterphase(), "linked to the interface's Li3P interphase");
            ResultParameter ps = a.getParameters().stream().filter(q -> q.getName().startsWith("PS4 fraction"))
                    .findFirst().orElseThrow();
            assertNull(ps.getInterphase(), "no PS4 interphase on the interface: none is invented");
        }
        stack.undo();
        for (XpsSpectrum s : spectra) {
            assertEquals(0, s.getAnalyses().size(), "one undo removes the whole series result");
        }
        assertFalse(body.message().isEmpty());
    }

    @Test
    void cellEditorSelectionTicksOnlyThoseSpectra() {
        var offered = org.interphase.ui.measurement.MeasurementSeries.applicableTo(List.of(spectra.get(2), spectra.get(0)));
        assertEquals(List.of("Compare XPS spectra across cycles\u2026"),
                offered.stream().map(org.interphase.ui.measurement.MeasurementSeriesContribution::label).toList());
        body.tickOnly(List.of(spectra.get(0), spectra.get(2)));
        assertEquals(List.of(0.0, 10.0), body.ticked().stream().map(c -> c.cycle()).toList());
    }

    @Test
    void recordedChargeCorrectionsMoveTheComparedSpectrum() throws Exception {
        XpsSpectrum s = spectra.get(2);
        org.interphase.xps.api.ChargeCorrection c = new org.interphase.xps.api.ChargeCorrection("PS4 S 2p3/2", 131.95,
                132.45, "peak maximum", "P 2p", java.time.Instant.parse("2026-11-22T12:00:00Z"));
        stack.execute(org.interphase.xps.ui.internal.ChargeCommands.apply(editing, s, c));
        var loaded = org.interphase.xps.ui.internal.SeriesCandidates.load(spectra.get(0),
                org.interphase.xps.api.SpeciesLibrary.shipped());
        assertEquals(List.of("P 2p"), loaded.coreLevels());
        var moved = loaded.of("P 2p").stream().filter(k -> k.spectrum() == s).findFirst().orElseThrow();
        assertEquals(139.87 - 0.5, moved.data().bindingEnergy()[0], 1e-9, "shift -0.5 eV applied");
        var kept = loaded.of("P 2p").stream().filter(k -> k.spectrum() == spectra.get(0)).findFirst().orElseThrow();
        assertEquals(139.87, kept.data().bindingEnergy()[0], 1e-9);
    }

    private static double value(ISeries<?> s, double be) {
        double[] xs = s.getXSeries();
        int best = 0;
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - be) < Math.abs(xs[best] - be)) {
                best = i;
            }
        }
        return s.getYSeries()[best];
    }

    private void press(org.eclipse.swt.widgets.Button b) {
        assertTrue(b.isEnabled(), b.getText() + " enabled; " + body.message());
        b.notifyListeners(SWT.Selection, new Event());
    }

    private void waitJobs(int n) {
        new SwtDriver(display).waitUntil(() -> body.completedJobs() >= n, 60_000);
        assertEquals(n, body.completedJobs(), "job finished within 60 s: " + body.message());
    }

    private Path png() throws Exception {
        Path out = Path.of(System.getProperty("user.dir")).resolve("target").resolve("xps-comparison.png");
        Files.createDirectories(out.getParent());
        flush();
        System.out.println("PNG: " + out.toAbsolutePath());
        return out;
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
