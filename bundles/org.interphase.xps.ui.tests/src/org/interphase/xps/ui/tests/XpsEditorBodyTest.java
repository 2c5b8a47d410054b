package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.ui.XpsEditorBody;
import org.interphase.xps.ui.internal.FitRecord;
import org.interphase.xps.ui.internal.RegionFit;
import org.interphase.xps.ui.internal.SpectrumPanel;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the XPS editor body on the shared SPECS P 2p file in a real shell (Xvfb in the build) with a real
 * editing domain, and checks widgets, chart and saved results against /work/shared/data/README.md
 * (1 curve P 2p, 401 points, BE 139.87 -> 119.87, sha256 2e308fa5...).
 */
class XpsEditorBodyTest {

    static final Path FILE = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "xps/specs/mm-specs.xy");
    static final String SHA256 = "2e308fa5aec0eef8789db6e4ebd43f42d1967edaa8e9174dbe7b571b8cc749a8";

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private XpsEditorBody body;
    private XpsSpectrum spectrum;
    private Interface iface;
    private Interphase li3p;
    private CycleState cycle;
    private CommandStack stack;

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("Li | LPSCl | NMC");
        iface = f.createInterface();
        iface.setName("Li | LPSCl");
        li3p = f.createInterphase();
        li3p.setName("Li3P");
        li3p.setSpecies("Li3P");
        iface.getInterphases().add(li3p);
        cell.getInterfaces().add(iface);
        cycle = f.createCycleState();
        cycle.setName("Cycle 1");
        cell.getCycleStates().add(cycle);
        spectrum = f.createXpsSpectrum();
        spectrum.setName("P 2p (SpecsLab2)");
        spectrum.setPhotonEnergyEV(1486.61);
        XpsRegion r = f.createXpsRegion();
        r.setLabel("P 2p");
        r.setBindingEnergyStartEV(139.87);
        r.setBindingEnergyEndEV(119.87);
        r.setPointCount(401);
        spectrum.getRegions().add(r);
        spectrum.setSourceUri(URI.createFileURI(FILE.toAbsolutePath().toString()).toString());
        spectrum.setInterface(iface);
        spectrum.setCycleState(cycle);
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        resource.getContents().add(study);

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1270, 1000);
        shell.setText("XPS spectrum");
        body = new XpsEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void opensTheRegionOnAReversedBindingEnergyAxis() {
        assertEquals(1, body.regions().getItemCount(), body.message().getText());
        assertEquals("P 2p", body.regions().getItem(0).getText(0));
        assertEquals("139.87 \u2013 119.87", body.regions().getItem(0).getText(1));
        assertEquals("401", body.regions().getItem(0).getText(2));
        IAxis x = body.chart().spectrum().getAxisSet().getXAxis(0);
        assertTrue(x.isReversed(), "BE axis reversed");
        assertTrue(body.chart().residuals().getAxisSet().getXAxis(0).isReversed(), "residual axis reversed too");
        assertEquals(SpectrumPanel.X_TITLE, x.getTitle().getText());
        assertEquals("Binding energy / eV", x.getTitle().getText());
        assertEquals("Intensity / cps", body.chart().spectrum().getAxisSet().getYAxis(0).getTitle().getText());
        ISeries<?> data = body.chart().spectrum().getSeriesSet().getSeries("data");
        assertEquals(401, data.getXSeries().length);
        assertEquals(139.87, data.getXSeries()[0], 1e-9, "README: first BE 139.87");
        assertEquals(119.87, data.getXSeries()[400], 1e-9, "README: last BE 119.87");
        assertTrue(x.getPixelCoordinate(139.87) < x.getPixelCoordinate(119.87), "139.87 eV drawn left of 119.87 eV");
        assertTrue(x.getPixelCoordinate(139.87) <= x.getPixelCoordinate(130) , "high BE on the left");
        // README: y first 661.882 counts/s (the file is CPS)
        assertEquals(661.882, data.getYSeries()[0], 1e-3);
        assertNotNull(body.chart().spectrum().getSeriesSet().getSeries("background"), "Shirley preview");
        assertTrue(Charts.drawnPixels(body.chart().spectrum()) > 1000, "chart drawn");
        assertTrue(body.components().species().getItemCount() >= 5, "P 2p species offered from the library");
        assertFalse(body.fitButton().isEnabled(), "nothing to fit yet");
    }

    @Test
    void fitsSpeciesSavesTheResultAndUndoes() throws Exception {
        body.background().setRange("134", "125");
        body.components().addSpecies("LixP");
        body.components().addPlain("130.3");
        body.components().addSpecies("Li3P");
        assertEquals(3, body.components().table().getItemCount());
        RegionFit rf = body.selected().orElseThrow();
        assertTrue(rf.rows().get(0).doublet().isPresent(), "P 2p species are doublets");
        assertEquals(0.84, rf.rows().get(0).doublet().get().splitting().value(), 0.1, "P 2p splitting ~0.84-0.87 eV");
        assertEquals(0.5, rf.rows().get(0).doublet().get().ratio().value(), 1e-12, "2j+1 ratio of p levels");
        // link the plain component's FWHM to LixP's (FWHM link column of row 1)
        body.components().edit(1, 8, "LixP");
        assertEquals("C2", rf.rows().get(1).name());
        // test for Li3P with its position and FWHM held (fixed check boxes): only its area is fitted
        body.components().edit(2, 4, "");
        body.components().edit(2, 7, "");
        assertEquals("\u2611", body.components().table().getItem(2).getText(4));
        assertTrue(rf.rows().get(2).fixed(org.interphase.xps.ui.internal.ComponentRow.Field.FWHM));
        assertEquals("LixP", body.components().table().getItem(1).getText(8));
        assertTrue(body.fitButton().isEnabled());

        press(body.fitButton());
        waitJobs(1);
        FitResult fit = rf.fit().orElseThrow(() -> new AssertionError(body.message().getText()));
        assertTrue(Double.isFinite(fit.reducedChi2()), "reduced chi2 " + fit.reducedChi2());
        assertEquals(fit.parameter("LixP.fwhm").orElseThrow().value(), fit.parameter("C2.fwhm").orElseThrow().value(),
                1e-9, "linked FWHM");
        for (String s : List.of("LixP", "C2", "Li3P", "envelope", "background", "data")) {
            assertNotNull(body.chart().spectrum().getSeriesSet().getSeries(s), s + " plotted");
        }
        assertNotNull(body.chart().residuals().getSeriesSet().getSeries("residuals"));
        Charts.savePng(shell, png());
        double max = Arrays.stream(fit.y()).max().orElseThrow();
        double rms = Math.sqrt(Arrays.stream(fit.residuals()).map(v -> v * v).average().orElseThrow());
        assertTrue(rms < 0.03 * max, "envelope close to data: rms " + rms + " vs max " + max);
        assertEquals(3, body.results().results().getItemCount());
        for (org.eclipse.swt.widgets.TableItem it : body.results().results().getItems()) {
            System.out.println("RESULT " + String.join(" | ", java.util.stream.IntStream.range(0, 7).mapToObj(it::getText).toList()));
        }
        assertTrue(body.results().results().getItem(0).getText(3).contains("\u00b1"), "area error shown");
        // a background above the data is said first in the summary (BackgroundCheck of the fit)
        System.out.println("SUMMARY " + body.results().summary().getText());
        assertEquals(fit.backgroundCheck().aboveData(), body.results().summary().getText()
                .startsWith("\u26a0 BACKGROUND ABOVE THE DATA"), fit.backgroundCheck().toString());
        // the components table shows each row's bounds and marks parameters the fit left on a bound
        for (int i = 0; i < rf.rows().size(); i++) {
            String name = rf.rows().get(i).name();
            String cell = body.components().table().getItem(i).getText(12);
            boolean atBound = fit.parameters().stream().anyMatch(p -> p.atBound() && p.name().startsWith(name + "."));
            System.out.println("BOUNDS " + name + ": " + cell);
            assertEquals(atBound, cell.contains("at bound"), name + ": " + cell);
        }
        assertEquals(body.chart().spectrum().getAxisSet().getXAxis(0).getRange().lower,
                body.chart().residuals().getAxisSet().getXAxis(0).getRange().lower, 1e-9, "shared x range");

        // a long Monte Carlo run is cancelled through the Cancel button
        body.trials().setSelection(5000);
        press(body.monteCarloButton());
        assertTrue(body.busy() && !body.fitButton().isEnabled(), "fit disabled while Monte Carlo runs");
        press(cancelButton());
        waitJobs(2);
        // cancelled while running (partial result) or before it started (no result): either way reported
        assertTrue(body.message().getText().contains("cancelled"), body.message().getText());
        rf.monteCarlo().ifPresent(m -> assertTrue(m.cancelled() && m.trials() < 5000, "stopped early: " + m.trials()));

        body.trials().setSelection(30);
        press(body.monteCarloButton());
        waitJobs(3);
        assertTrue(rf.monteCarlo().isPresent(), body.message().getText());
        assertFalse(rf.monteCarlo().get().cancelled());
        assertEquals(30, rf.monteCarlo().get().trials());
        assertFalse(body.results().results().getItem(0).getText(5).isEmpty(), "MC sigma shown");
        assertTrue(body.fitButton().isEnabled() && body.monteCarloButton().isEnabled(), "idle again");
        assertEquals(SpectrumPanel.RESIDUAL_TITLE,
                body.chart().residuals().getAxisSet().getYAxis(0).getTitle().getText());
        Charts.savePng(shell, png());

        press(body.saveButton());
        assertEquals(1, spectrum.getAnalyses().size(), body.message().getText());
        AnalysisResult a = spectrum.getAnalyses().get(0);
        assertEquals(FitRecord.ALGORITHM_ID, a.getAlgorithmId());
        assertEquals("sha256:" + SHA256, a.getInputs().get(0));
        assertEquals(spectrum.getSourceUri(), a.getInputs().get(1), "the source file is named too");
        assertTrue(a.getSettings().contains("\"link\":\"LixP\""), a.getSettings());
        assertTrue(a.getSettings().contains("SHIRLEY"), a.getSettings());
        List<ResultParameter> fr = a.getParameters().stream()
                .filter(p -> p.getQuantity() == QuantityKind.SPECIES_FRACTION).toList();
        assertEquals(3, fr.size());
        assertEquals(100, fr.stream().mapToDouble(ResultParameter::getValue).sum(), 1e-9);
        assertTrue(fr.stream().allMatch(p -> p.getInterface() == iface && p.getCycleState() == cycle));
        // a share whose area ended on its bound has no sigma (flagged), never a measured +-0
        assertTrue(fr.stream().allMatch(p -> p.getFlags().contains(org.interphase.model.ResultFlag.AT_BOUND)
                ? Double.isNaN(p.getStandardError()) && p.getFlags().contains(org.interphase.model.ResultFlag.SIGMA_UNDEFINED)
                : p.getStandardError() > 0 && (p.getLower95() <= p.getValue()
                        || p.getFlags().contains(org.interphase.model.ResultFlag.INTERVAL_EXCLUDES_FIT))),
                fr.stream().map(p -> p.getName() + " " + p.getStandardError() + " " + p.getFlags()).toList().toString());
        ResultParameter li = fr.stream().filter(p -> p.getName().startsWith("Li3P")).findFirst().orElseThrow();
        assertEquals(li3p, li.getInterphase(), "linked to the existing Li3P interphase");
        assertTrue(fr.stream().filter(p -> p != li).allMatch(p -> p.getInterphase() == null), "no interphase created");
        assertEquals(1, iface.getInterphases().size());

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(spectrum.getAnalyses().isEmpty(), "undo removes the saved fit");
    }

    @Test
    void chargeCorrectionGoesThroughTheCommandStack() {
        body.background().select(org.interphase.xps.api.BackgroundSpec.Kind.LINEAR);
        assertEquals(org.interphase.xps.api.BackgroundSpec.Kind.LINEAR, body.selected().orElseThrow().backgroundKind());
        body.background().setRange("136", "124");
        assertEquals(124, body.selected().get().lo(), 1e-12);
        // reference: the P 2p maximum (README: near 129.2 eV) moved to 129.0 eV
        body.charge().apply("129.0", "1.5");
        flush();
        assertEquals(1, EnergyScale.history(spectrum).size(), body.message().getText());
        double shift = EnergyScale.history(spectrum).get(0).shift();
        assertTrue(shift < 0 && shift > -0.6, "shift " + shift);
        assertEquals(139.87 + shift, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-9);
        ISeries<?> data = body.chart().spectrum().getSeriesSet().getSeries("data");
        assertEquals(139.87 + shift, data.getXSeries()[0], 1e-9, "chart follows the corrected scale");
        assertEquals(124 + shift, body.selected().get().lo(), 1e-9, "window moves with the scale");
        stack.undo();
        flush();
        assertTrue(EnergyScale.history(spectrum).isEmpty());
        assertEquals(139.87, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-12);
        assertEquals(139.87, body.chart().spectrum().getSeriesSet().getSeries("data").getXSeries()[0], 1e-9,
                "undo restores the chart");
    }

    @Test
    void givenShiftIsOneUndoableCommand() {
        body.charge().applyShift("-1.3");
        flush();
        assertEquals(1, EnergyScale.history(spectrum).size(), body.message().getText());
        assertEquals(-1.3, EnergyScale.history(spectrum).get(0).shift(), 1e-12);
        assertEquals(139.87 - 1.3, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-9);
        assertEquals(139.87 - 1.3, body.chart().spectrum().getSeriesSet().getSeries("data").getXSeries()[0], 1e-9);
        assertTrue(body.message().getText().contains("-1.300 eV"), body.message().getText());
        stack.undo();
        flush();
        assertTrue(EnergyScale.history(spectrum).isEmpty());
        assertEquals(139.87, spectrum.getRegions().get(0).getBindingEnergyStartEV(), 1e-12);
        body.charge().applyShift("abc");
        flush();
        assertTrue(EnergyScale.history(spectrum).isEmpty(), "a bad shift changes nothing");
    }

    private org.eclipse.swt.widgets.Button cancelButton() {
        for (org.eclipse.swt.widgets.Control c : body.fitButton().getParent().getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && "Cancel".equals(b.getText())) {
                return b;
            }
        }
        throw new AssertionError("no Cancel button");
    }

    @Test
    void averagingWindowAndShirleyClampReachPreviewAndFit() throws Exception {
        body.background().setRange("134", "125");
        body.background().setAveraging("0,5", true);
        RegionFit rf = body.selected().orElseThrow();
        assertEquals(0.5, rf.windowEV(), 0, "decimal comma accepted");
        assertTrue(rf.backgroundSpec().clamp());
        assertEquals(10, rf.backgroundSpec().halfWidth(rf.window()[0]), "0.5 eV at 0.05 eV steps");
        double[] bg = rf.previewBackground();
        // the envelope of the whole region (points outside the window included), as xps-background clamps
        double[] y = rf.data().cps();
        int from = rf.range()[0];
        for (int i = 0; i < bg.length; i++) {
            assertTrue(bg[i] <= org.interphase.xps.api.Backgrounds.endAverage(y, from + i, 10) + 1e-9,
                    "below the envelope at " + i);
        }
        body.components().addSpecies("LixP");
        press(body.fitButton());
        waitJobs(1);
        assertTrue(rf.fit().isPresent(), body.message().getText());
        body.background().setAveraging("x", false);
        assertTrue(body.message().getText().contains("number of eV"), body.message().getText());
    }

    @Test
    void draggingAComponentIsOneUndoableCommand() throws Exception {
        body.background().setRange("134", "125");
        body.components().addSpecies("LixP");
        press(body.fitButton());
        waitJobs(1);
        RegionFit rf = body.selected().orElseThrow();
        FitResult fitted = rf.fit().orElseThrow(() -> new AssertionError(body.message().getText()));
        double pos0 = rf.rows().get(0).value(org.interphase.xps.ui.internal.ComponentRow.Field.POSITION);
        double area0 = rf.rows().get(0).value(org.interphase.xps.ui.internal.ComponentRow.Field.AREA);
        org.eclipse.swtchart.Chart c = body.chart().spectrum();
        IAxis xa = c.getAxisSet().getXAxis(0);
        IAxis ya = c.getAxisSet().getYAxis(0);
        double[] curve = fitted.curves().get(0);
        int m = 0;
        for (int i = 1; i < curve.length; i++) {
            m = curve[i] > curve[m] ? i : m;
        }
        int px = xa.getPixelCoordinate(fitted.x()[m]);
        int py = ya.getPixelCoordinate(curve[m] + fitted.background()[m]);
        org.eclipse.swt.widgets.Control plot = (org.eclipse.swt.widgets.Control) c.getPlotArea();
        org.eclipse.swtchart.Range before = xa.getRange();
        mouse(plot, SWT.MouseDown, px + 2, py - 1);
        mouse(plot, SWT.MouseMove, px + 42, py + 30);
        assertEquals(before.lower, xa.getRange().lower, 1e-12, "dragging a component does not pan the chart");
        double shift = xa.getDataCoordinate(px + 42) - xa.getDataCoordinate(px + 2);
        double base = fitted.background()[m];
        double scale = (ya.getDataCoordinate(py + 30) - base) / (ya.getDataCoordinate(py - 1) - base);
        mouse(plot, SWT.MouseUp, px + 42, py + 30);
        flush();
        Path dragPng = Path.of(System.getProperty("user.dir")).resolve("target").resolve("xps-drag.png");
        Charts.savePng(shell, dragPng);
        assertTrue(shift < 0, "right is lower binding energy on the reversed axis: " + shift);
        double pos1 = rf.rows().get(0).value(org.interphase.xps.ui.internal.ComponentRow.Field.POSITION);
        assertEquals(fitted.components().get(0).position() + shift, pos1, 1e-9);
        assertEquals(fitted.components().get(0).area() * scale, rf.rows().get(0).value(
                org.interphase.xps.ui.internal.ComponentRow.Field.AREA), 1e-6 * area0);
        FitResult preview = rf.fit().orElseThrow();
        assertEquals(0, preview.iterations(), "shown at the dragged values, not refitted");
        assertEquals(pos1, preview.components().get(0).position(), 1e-12);
        assertTrue(stack.canUndo());
        stack.undo();
        flush();
        assertEquals(pos0, rf.rows().get(0).value(org.interphase.xps.ui.internal.ComponentRow.Field.POSITION), 1e-12);
        assertEquals(fitted, rf.fit().orElseThrow(), "the fit shown before the drag is back");
        stack.redo();
        assertEquals(pos1, rf.rows().get(0).value(org.interphase.xps.ui.internal.ComponentRow.Field.POSITION), 1e-12);
        assertTrue(body.message().getText().contains("moved to"), body.message().getText());
    }

    private static void mouse(org.eclipse.swt.widgets.Control c, int type, int x, int y) {
        Event e = new Event();
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.x = x;
        e.y = y;
        c.notifyListeners(type, e);
    }

    private void press(org.eclipse.swt.widgets.Button b) {
        assertTrue(b.isEnabled(), b.getText() + " enabled; " + body.message().getText());
        b.notifyListeners(SWT.Selection, new Event());
    }

    private void waitJobs(int n) {
        new SwtDriver(display).waitUntil(() -> body.completedJobs() >= n, 60_000);
        assertEquals(n, body.completedJobs(), "job finished within 60 s: " + body.message().getText());
    }

    private Path png() throws Exception {
        Path out = Path.of(System.getProperty("user.dir")).resolve("target").resolve("xps-editor.png");
        Files.createDirectories(out.getParent());
        flush();
        System.out.println("PNG: " + out.toAbsolutePath());
        return out;
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
