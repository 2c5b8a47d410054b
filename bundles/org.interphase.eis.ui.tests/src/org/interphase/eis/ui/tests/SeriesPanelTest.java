package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.SeriesResult;
import org.interphase.eis.ui.EisEditorBody;
import org.interphase.eis.ui.internal.SeriesPanel;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Series tab on a cell with four impedance measurements (cycles 1-4, written as CSV from known
 * parameters: the interfacial R2 grows 400, 500, 600, 700 Ohm, everything else constant): fit, trend with
 * error bars, CSV export, saving one result per cycle linked to interface and cycle state, undo.
 */
class SeriesPanelTest {

    static final Circuit CIRCUIT = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private EisEditorBody body;
    private CommandStack stack;
    private Interface iface;
    private final List<ImpedanceSpectrum> spectra = new ArrayList<>();

    static double[] truth(int cycle) {
        return new double[] {50, 200, 1e-9, 0.85, 300 + 100 * cycle, 1e-6, 0.8};
    }

    private Path write(int cycle) throws Exception {
        StringBuilder b = new StringBuilder();
        java.util.Random rnd = new java.util.Random(cycle);
        for (int i = 0; i < 50; i++) {
            double f = 1e7 * Math.pow(1e-8, i / 49.0);
            Complex z = CIRCUIT.impedance(f, truth(cycle));
            double n = 0.002 * z.abs();
            b.append(String.format(Locale.ROOT, "%.8e,%.8e,%.8e%n", f, z.re() + n * rnd.nextGaussian(),
                    z.im() + n * rnd.nextGaussian()));
        }
        Path p = dir.resolve("cycle" + cycle + ".csv");
        Files.writeString(p, b.toString());
        return p;
    }

    @BeforeEach
    void open() throws Exception {
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("Li | LPSCl | Li");
        iface = f.createInterface();
        iface.setName("Li | LPSCl");
        cell.getInterfaces().add(iface);
        cell.setAreaCm2(0.785);
        org.interphase.model.Layer se = f.createLayer();
        se.setName("Li6PS5Cl pellet");
        se.setRole(org.interphase.model.LayerRole.SOLID_ELECTROLYTE);
        se.setThicknessUm(500);
        cell.getLayers().add(se);
        for (int c = 4; c >= 1; c--) { // added out of order: the tab sorts by cycle
            CycleState s = f.createCycleState();
            s.setName("after cycle " + c);
            s.setCycleNumber(c);
            cell.getCycleStates().add(s);
            ImpedanceSpectrum m = f.createImpedanceSpectrum();
            m.setName("PEIS cycle " + c);
            m.setSourceUri(URI.createFileURI(write(c).toAbsolutePath().toString()).toString());
            m.setInterface(iface);
            m.setCycleState(s);
            cell.getMeasurements().add(m);
            spectra.add(0, m);
        }
        study.getCells().add(cell);
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1260, 900);
        ImpedanceSpectrum first = spectra.get(0);
        body = new EisEditorBody(shell, first, domain, MeasurementFiles.resolve(first));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void seriesFitTrendExportSaveUndo() throws Exception {
        SeriesPanel panel = body.seriesPanel();
        assertEquals(4, panel.spectraTable().getItemCount(), "the cell's four impedance spectra are offered");
        assertEquals("PEIS cycle 1", panel.spectraTable().getItem(0).getText(0));
        assertEquals("4", panel.spectraTable().getItem(3).getText(1), "sorted by cycle number");
        body.circuitPanel().circuitText().setText(CIRCUIT.text());
        flush();
        body.tabs().setSelection(3);
        panel.sharedText().setText("R0, CPE1_1");
        panel.fitButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> panel.result().isPresent() && !panel.running(), 120_000), "series job finished");
        SeriesResult r = panel.result().orElseThrow();
        assertFalse(r.cancelled());
        assertEquals(4, r.fits().size());
        assertEquals(50, r.sharedParameter("R0").orElseThrow().value(), 1.5, "shared bulk R0");

        panel.parameterCombo().select(CIRCUIT.indexOf("R2"));
        panel.parameterCombo().notifyListeners(SWT.Selection, new Event());
        flush();
        ISeries<?> t = panel.trendChart().trend();
        assertEquals(4, t.getXSeries().length);
        for (int c = 1; c <= 4; c++) {
            assertEquals(c, t.getXSeries()[c - 1], 0, "x is the cycle number of the measurement's cycle state");
            assertEquals(300 + 100 * c, t.getYSeries()[c - 1], 0.03 * (300 + 100 * c), "R2 of cycle " + c);
        }
        double[] err = t.getYErrorBar().getPlusErrors();
        assertTrue(t.getYErrorBar().isVisible() && err[0] > 0 && err[0] < 30, "+-1 sigma bars: " + err[0]);
        assertEquals("cycle", panel.trendChart().chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("R2 / \u03A9", panel.trendChart().chart().getAxisSet().getYAxis(0).getTitle().getText());
        assertEquals(4, panel.resultTable().getItemCount());
        settle(300);
        // the status line's "see Flags" points to a column that is on screen without scrolling: beside Cycle
        assertEquals("Flags", panel.resultTable().getColumn(2).getText());
        int flagsRight = 0;
        for (int c = 0; c <= 2; c++) {
            flagsRight += panel.resultTable().getColumn(c).getWidth();
        }
        assertTrue(flagsRight <= panel.resultTable().getClientArea().width, "Flags column ends at " + flagsRight
                + " px, table shows " + panel.resultTable().getClientArea().width + " px");
        Charts.savePng(shell, Path.of("target").toAbsolutePath().resolve("eis-series.png"));

        Path csv = dir.resolve("series.csv");
        panel.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("label,cycle,R0 [Ohm]"), lines.get(0));

        panel.saveButton().notifyListeners(SWT.Selection, new Event());
        flush();
        for (int c = 1; c <= 4; c++) {
            ImpedanceSpectrum m = spectra.get(c - 1);
            assertEquals(1, m.getAnalyses().size(), "one result on " + m.getName());
            AnalysisResult a = m.getAnalyses().get(0);
            ResultParameter r2 = a.getParameters().stream().filter(p -> p.getName().equals("R2")).findFirst().orElseThrow();
            assertSame(iface, r2.getInterface());
            assertSame(m.getCycleState(), r2.getCycleState());
            assertEquals(c, r2.getCycleState().getCycleNumber());
            ResultParameter r0 = a.getParameters().stream().filter(p -> p.getName().equals("R0")).findFirst().orElseThrow();
            assertEquals(r.sharedParameter("R0").orElseThrow().standardError(), r0.getStandardError(), 0,
                    "shared parameter carries the joint uncertainty");
        }
        stack.undo();
        assertTrue(spectra.stream().allMatch(m -> m.getAnalyses().isEmpty()), "one undo removes the whole series");
    }

    @Test
    void cellEditorSelectionOpensTheSeriesTabWithThoseSpectraChecked() {
        var contribution = org.interphase.ui.measurement.MeasurementSeries.applicableTo(List.of(spectra.get(2), spectra.get(0)));
        assertEquals(List.of("Fit circuit across cycles\u2026"),
                contribution.stream().map(org.interphase.ui.measurement.MeasurementSeriesContribution::label).toList());
        body.showSeries(List.of(spectra.get(0), spectra.get(2)));
        var table = body.seriesPanel().spectraTable();
        List<Boolean> checked = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            checked.add(table.getItem(i).getChecked());
        }
        assertEquals(List.of(true, false, true, false), checked, "cycles 1 and 3 checked");
        assertEquals(body.seriesPanel(), body.tabs().getSelection().getControl());
    }

    @Test
    void reopeningASpectrumRestoresTheCircuitOfItsLastSavedFit() {
        ImpedanceSpectrum m = spectra.get(1);
        org.interphase.model.AnalysisResult older = InterphaseFactory.eINSTANCE.createAnalysisResult();
        older.setAlgorithmId("eis.cnls");
        older.setSettings("{\"circuit\":\"R0-p(R1,C1)\"}");
        org.interphase.model.AnalysisResult newer = InterphaseFactory.eINSTANCE.createAnalysisResult();
        newer.setAlgorithmId("eis.cnls");
        newer.setSettings("{\"circuit\":\"R0-p(R1,CPE1)-CPE2\"}");
        m.getAnalyses().add(older);
        m.getAnalyses().add(newer);
        body.dispose();
        body = new EisEditorBody(shell, m, null, MeasurementFiles.resolve(m));
        shell.layout(true, true);
        assertEquals("R0-p(R1,CPE1)-CPE2", body.circuitPanel().circuitText().getText());
        assertTrue(body.circuitPanel().circuit().isPresent(), "restored circuit parses");
    }

    @Test
    void physicalQuantitiesOfAFitShownAndSaved() throws Exception {
        body.circuitPanel().circuitText().setText(CIRCUIT.text());
        flush();
        body.table().rows().stream().filter(r -> r.name().equals("R1")).findFirst().orElseThrow()
                .setQuantity(org.interphase.model.QuantityKind.BULK_RESISTANCE);
        body.circuitPanel().fitButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> body.lastRun().isPresent() && !body.fitting(), 120_000), "fit finished");
        org.eclipse.swt.widgets.Table q = body.quantitiesTable().table();
        List<String> names = java.util.Arrays.stream(q.getItems()).map(i -> i.getText(0)).toList();
        assertEquals(List.of("Ceff(R1,CPE1)", "f(R1,CPE1)", "Ceff(R2,CPE2)", "f(R2,CPE2)", "sigma_ion(R1)"), names);
        // cycle 1: R1 = 200 Ohm (fitted within 3 %), L = 500 um = 0.05 cm, A = 0.785 cm^2 -> 3.18e-4 S/cm
        double r1 = body.lastRun().orElseThrow().result().parameter("R1").orElseThrow().value();
        assertEquals(200, r1, 6);
        double sigma = Double.parseDouble(q.getItem(4).getText(1));
        assertEquals(0.05 / (r1 * 0.785), sigma, 1e-3 * sigma, "shown with 4 significant digits");
        assertEquals("S/cm", q.getItem(4).getText(3));
        assertTrue(body.quantitiesTable().note().getText().contains("L = 500.0 \u00B5m (Li6PS5Cl pellet), A = 0.7850 cm\u00B2"),
                body.quantitiesTable().note().getText());
        // Brug C = Q^(1/n) R^((1-n)/n) of the fitted values, and within 10 % of the truth (Q = 1e-9, n = 0.85, R = 200)
        double[] v = body.lastRun().orElseThrow().result().values();
        double ce = Math.pow(v[2], 1 / v[3]) * Math.pow(v[1], (1 - v[3]) / v[3]);
        double shown = Double.parseDouble(q.getItem(0).getText(1));
        assertEquals(ce, shown, 1e-3 * ce);
        double truth = Math.pow(1e-9, 1 / 0.85) * Math.pow(200, 0.15 / 0.85);
        assertEquals(truth, shown, 0.1 * truth);
        settle(300);
        Charts.savePng(shell, Path.of("target").toAbsolutePath().resolve("eis-quantities.png"));
        body.summary().saveButton().notifyListeners(SWT.Selection, new Event());
        flush();
        AnalysisResult a = spectra.get(0).getAnalyses().get(0);
        ResultParameter s = a.getParameters().stream().filter(p -> p.getName().equals("sigma_ion(R1)")).findFirst()
                .orElseThrow();
        assertEquals(sigma, s.getValue(), 0.001 * sigma);
        assertTrue(s.getStandardError() > 0 && s.getStandardError() < 0.05 * sigma, "propagated from sigma(R1)");
        assertSame(iface, s.getInterface());
        assertEquals("S/cm", s.getUnit());
        ResultParameter c = a.getParameters().stream().filter(p -> p.getName().equals("Ceff(R1,CPE1)")).findFirst()
                .orElseThrow();
        assertEquals(org.interphase.model.QuantityKind.CAPACITANCE, c.getQuantity());
        assertTrue(c.getNotes().startsWith("Brug"), c.getNotes());
    }

    @Test
    void loopsOfAMultiLoopFileAreOfferedWithTheirOwnCycleNumbers() throws Exception {
        // one CSV with two sweeps (cycle 1 and 2 data back to back): the delimited reader cuts at the restart
        Path two = dir.resolve("two-loops.csv");
        Files.writeString(two, Files.readString(write(1)) + Files.readString(write(2)));
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        ImpedanceSpectrum m = f.createImpedanceSpectrum();
        m.setName("PEIS loops");
        m.setSourceUri(URI.createFileURI(two.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(m);
        List<String> problems = new ArrayList<>();
        List<org.interphase.eis.ui.internal.SeriesSpectra.Entry> entries = org.interphase.eis.ui.internal.SeriesSpectra
                .of(m, two, org.interphase.eis.ui.internal.SeriesSpectra.read(two), problems);
        assertEquals(List.of("loop 1", "loop 2"), entries.stream().map(e -> e.data().label()).toList());
        assertEquals(2, entries.get(1).data().cycle().getAsInt());
        assertTrue(entries.stream().allMatch(e -> e.measurement() == m), "loops without own measurement belong to it");
        assertEquals(50, entries.get(1).data().size());
        assertTrue(problems.isEmpty(), problems.toString());
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
