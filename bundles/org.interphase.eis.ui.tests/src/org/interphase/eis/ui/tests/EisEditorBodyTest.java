package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.core.api.Hashes;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.ui.EisEditorBody;
import org.interphase.eis.ui.internal.CircuitShape;
import org.interphase.eis.ui.internal.Formats;
import org.interphase.eis.ui.internal.ImpedanceCharts;
import org.interphase.eis.ui.internal.ParameterRow;
import org.interphase.eis.ui.internal.ParameterTable;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The EIS editor body on the Li6PS5Cl ion-blocking spectrum (-25 °C, 79 points; ../shared/data/README.md
 * §1.3) in a real shell, with a study in a real editing domain: plots, circuit entry, a fit job, the
 * parameter table, saving the result and undoing it.
 */
class EisEditorBodyTest {

    static final String FILE = "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt";

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private EisEditorBody body;
    private ImpedanceSpectrum spectrum;
    private CommandStack stack;
    private Path data;

    @BeforeEach
    void open() throws Exception {
        data = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"), "eis", FILE);
        assertTrue(Files.isRegularFile(data), "shared data file missing: " + data);
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("EIS editor test");
        Cell cell = f.createCell();
        cell.setName("SS | LPSCl | SS");
        Interface iface = f.createInterface();
        iface.setName("SS | LPSCl");
        CycleState pristine = f.createCycleState();
        pristine.setName("Pristine");
        cell.getInterfaces().add(iface);
        cell.getCycleStates().add(pristine);
        spectrum = f.createImpedanceSpectrum();
        spectrum.setName("PEIS -25 °C");
        spectrum.setSourceUri(URI.createFileURI(data.toAbsolutePath().toString()).toString());
        spectrum.setInterface(iface);
        spectrum.setCycleState(pristine);
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        resource.getContents().add(study);

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("EIS editor body test");
        shell.setLayout(new FillLayout());
        shell.setSize(1260, 960);
        body = new EisEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
        shell.open();
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void plotsTheSpectrumWithEqualNyquistScales() throws Exception {
        ImpedanceCharts charts = body.charts();
        ISeries<?> nyq = charts.nyquist().getSeriesSet().getSeries(ImpedanceCharts.DATA);
        assertEquals(79, nyq.getXSeries().length, "79 points in the Nyquist plot (README §1.3)");
        assertEquals(79, charts.modulus().getSeriesSet().getSeries(ImpedanceCharts.DATA).getYSeries().length);
        assertEquals(79, charts.phase().getSeriesSet().getSeries(ImpedanceCharts.DATA).getYSeries().length);
        // Re Z from 359 Ohm, |Z| from 462 Ohm to 8.3 MOhm (README)
        assertEquals(359, Arrays.stream(nyq.getXSeries()).min().orElseThrow(), 1);
        double[] mod = charts.modulus().getSeriesSet().getSeries(ImpedanceCharts.DATA).getYSeries();
        assertEquals(462, Arrays.stream(mod).min().orElseThrow(), 1);
        assertEquals(8.3e6, Arrays.stream(mod).max().orElseThrow(), 0.05e6);
        assertTitles(charts.nyquist(), "Z' / \u03A9", "\u2212Z'' / \u03A9");
        assertTitles(charts.modulus(), "f / Hz", "|Z| / \u03A9");
        assertTitles(charts.phase(), "f / Hz", "\u2212\u03C6 / \u00B0");
        assertTitles(charts.residuals(), "f / Hz", "residual / %");
        assertTrue(charts.modulus().getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertTrue(charts.modulus().getAxisSet().getYAxis(0).isLogScaleEnabled(), "Bode |Z| is log-log");
        assertTrue(charts.phase().getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertEqualScale(charts.nyquist(), "after opening");
        settle(300);
        Charts.savePng(shell, pngDir().resolve("eis-editor-open.png"));
        assertTrue(body.header().getText().contains("79 points"), body.header().getText());

        shell.setSize(1000, 760); // resize: equal scales re-applied
        flush();
        assertEqualScale(charts.nyquist(), "after resizing");
        charts.zoomNyquistToHighFrequency(20);
        flush();
        assertEqualScale(charts.nyquist(), "zoomed to the arc");
        assertTrue(charts.nyquist().getAxisSet().getXAxis(0).getRange().upper < 20_000, "arc zoom shows kOhm");
        assertTrue(Charts.drawnPixels(charts.nyquist()) > 100, "Nyquist drawn");
    }

    @Test
    void invalidCircuitIsReportedWithItsPosition() {
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1");
        flush();
        String msg = body.circuitPanel().message().getText();
        assertTrue(msg.startsWith("Position "), msg);
        assertEquals(display.getSystemColor(SWT.COLOR_RED), body.circuitPanel().message().getForeground());
        assertFalse(body.circuitPanel().fitButton().isEnabled(), "no fit of an invalid circuit");
        assertTrue(body.circuitPanel().diagram().drawing().isEmpty());
        assertEquals(0, body.table().table().getItemCount());
        body.circuitPanel().circuitText().setText("R(RQ)Q"); // CDC
        flush();
        assertTrue(body.circuitPanel().message().getText().startsWith("CDC: R1-p(R2,Q1)-Q2"),
                body.circuitPanel().message().getText());
        assertTrue(body.circuitPanel().fitButton().isEnabled());
        assertEquals(6, body.table().table().getItemCount());
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1)-p(R2,CPE2); CPE2_1 = CPE1_1");
        flush();
        assertTrue(body.circuitPanel().message().getText().endsWith("7 parameters; linked: CPE2_1 = CPE1_1"),
                body.circuitPanel().message().getText());
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1); CPE1_0 = R1");
        flush();
        assertTrue(body.circuitPanel().message().getText().contains("different units"),
                body.circuitPanel().message().getText());
        assertFalse(body.circuitPanel().fitButton().isEnabled());
    }

    @Test
    void fitSaveUndo() throws Exception {
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1)-CPE2");
        flush();
        assertTrue(body.circuitPanel().message().getText().contains("6 parameters"));
        List<String> boxes = body.circuitPanel().diagram().drawing().orElseThrow().boxes().stream()
                .map(CircuitShape.Box::name).toList();
        assertEquals(List.of("R0", "R1", "CPE1", "CPE2"), boxes);
        Table table = new Table(body.table());
        assertEquals(6, table.rows());
        assertEquals("\u2014", table.cell("R1", "Value"), "no value before a fit: start values are not results");
        assertFalse(body.summary().saveButton().isEnabled());

        body.circuitPanel().fitButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(body.fitting() || body.lastRun().isPresent());
        assertTrue(waitUntil(() -> body.lastRun().isPresent() && !body.fitting(), 120_000), "fit job finished");
        FitResult fit = body.lastRun().orElseThrow().result();
        FittedParameter r1 = fit.parameter("R1").orElseThrow();
        // README §1.3: minima from several starts have R1 = 1262-1306 Ohm (impedance.py: 1306 +- 8.7)
        assertTrue(r1.value() > 1250 && r1.value() < 1320, "R1 = " + r1.value());
        assertTrue(r1.standardError() > 0 && r1.standardError() < 50, "R1 standard error " + r1.standardError());
        assertTrue(fit.pseudoChiSquare() < 0.03, "pseudo-chi2 " + fit.pseudoChiSquare() + " (README: 2.5e-2 to 2.8e-2)");
        assertFalse(fit.has(FitFlag.DID_NOT_MOVE));
        assertEquals(Formats.number(r1.value()), table.cell("R1", "Value"), "table shows the fitted R1");
        assertEquals(r1.value(), Double.parseDouble(table.cell("R1", "Value")), 0.001 * r1.value());
        assertEquals("\u03A9", table.cell("R1", "Unit"), "Ohm shown as the symbol");
        assertNotEquals("\u2014", table.cell("R1", "Std. error"));
        assertTrue(table.cell("R1", "95 % CI").startsWith("["), table.cell("R1", "95 % CI"));
        assertEquals(Formats.number(fit.pseudoChiSquare()), body.summary().value("pseudo-\u03C7\u00B2").getText());
        assertFalse(body.summary().flags().getText().isEmpty(), "flags line always says something");

        ImpedanceCharts charts = body.charts();
        assertTrue(charts.modulus().getAxisSet().getYAxis(0).isLogScaleEnabled(), "Bode |Z| still log-log");
        assertEquals(300, charts.nyquist().getSeriesSet().getSeries(ImpedanceCharts.FIT).getXSeries().length);
        double[] res = charts.residuals().getSeriesSet().getSeries(ImpedanceCharts.RES_IMAG).getYSeries();
        assertEquals(79, res.length);
        // README: impedance.py's fit has a max relative error of 4.9 %
        assertTrue(Arrays.stream(res).map(Math::abs).max().orElseThrow() < 8, "residuals within 8 %");
        assertEqualScale(charts.nyquist(), "after the fit");

        settle(500);
        assertTrue(body.circuitPanel().fitButton().isEnabled() && !body.circuitPanel().cancelButton().isEnabled(),
                "buttons back to idle after the job");
        Path png = pngDir().resolve("eis-editor-fit.png");
        Charts.savePng(shell, png);
        charts.zoomNyquistToHighFrequency(20);
        settle(300);
        Charts.savePng(shell, pngDir().resolve("eis-editor-fit-arc.png"));
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);

        // the user tags R1 (the pellet's arc) and saves
        ParameterRow row = body.table().rows().stream().filter(r -> r.name().equals("R1")).findFirst().orElseThrow();
        row.setQuantity(QuantityKind.BULK_RESISTANCE);
        body.table().refresh();
        assertTrue(body.summary().saveButton().isEnabled());
        body.summary().saveButton().notifyListeners(SWT.Selection, new Event());
        flush();
        assertEquals(1, spectrum.getAnalyses().size(), body.summary().saveStatus().getText());
        AnalysisResult result = spectrum.getAnalyses().get(0);
        assertEquals("eis.cnls", result.getAlgorithmId());
        assertTrue(result.getAlgorithmVersion().startsWith("1.0.0"), result.getAlgorithmVersion());
        assertTrue(result.getInputs().contains("sha256:" + Hashes.sha256(data)), result.getInputs().toString());
        assertTrue(result.getSummary().contains("R0-p(R1,CPE1)-CPE2"), result.getSummary());
        JsonObject settings = JsonParser.parseString(result.getSettings()).getAsJsonObject();
        assertEquals("R0-p(R1,CPE1)-CPE2", settings.get("circuit").getAsString());
        assertEquals("MODULUS", settings.get("weighting").getAsString());
        assertEquals(16, settings.get("starts").getAsInt());
        assertEquals(fit.pseudoChiSquare(),
                settings.getAsJsonObject("report").get("pseudoChiSquare").getAsDouble(), 1e-12);
        // 6 fitted parameters + Brug capacitance and relaxation frequency of p(R1,CPE1); no conductivity: the
        // test cell has no area and electrolyte thickness
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1", "CPE2_0", "CPE2_1", "Ceff(R1,CPE1)", "f(R1,CPE1)"),
                result.getParameters().stream().map(ResultParameter::getName).toList());
        ResultParameter saved = result.getParameters().stream().filter(p -> p.getName().equals("R1")).findFirst()
                .orElseThrow();
        assertEquals(r1.value(), saved.getValue());
        assertEquals(r1.standardError(), saved.getStandardError());
        assertTrue(saved.getLower95() < saved.getValue() && saved.getValue() < saved.getUpper95());
        assertEquals(QuantityKind.BULK_RESISTANCE, saved.getQuantity());
        assertSame(spectrum.getInterface(), saved.getInterface());
        assertSame(spectrum.getCycleState(), saved.getCycleState());
        assertEquals(QuantityKind.OTHER, result.getParameters().get(0).getQuantity(), "untagged R0");
        assertEquals(2, result.getSeries().size());
        assertEquals(79, result.getSeries().get(0).getX().length);

        assertTrue(stack.canUndo(), "saving is an undoable command");
        stack.undo();
        assertTrue(spectrum.getAnalyses().isEmpty(), "undo removes the result");
        stack.redo();
        assertEquals(1, spectrum.getAnalyses().size(), "redo restores it");
    }

    @Test
    void fixedParameterStaysAtItsStartValue() {
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1)-CPE2");
        flush();
        ParameterRow r0 = body.table().rows().get(0);
        r0.editStart(300);
        r0.setFixed(true);
        body.circuitPanel().startsSpinner().setSelection(2);
        body.circuitPanel().fitButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> body.lastRun().isPresent() && !body.fitting(), 120_000));
        FittedParameter p = body.lastRun().orElseThrow().result().parameter("R0").orElseThrow();
        assertEquals(300, p.value(), 0);
        assertTrue(p.has(FitFlag.FIXED));
        assertEquals("fixed", new Table(body.table()).cell("R0", "Flags"));
    }

    @Test
    void cancelledFitLeavesNoResult() {
        body.circuitPanel().circuitText().setText("R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");
        flush();
        body.circuitPanel().startsSpinner().setSelection(200);
        body.circuitPanel().fitButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(body.fitting());
        assertTrue(body.circuitPanel().cancelButton().isEnabled());
        body.circuitPanel().cancelButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> !body.fitting(), 60_000), "job ended");
        flush();
        assertTrue(body.lastRun().isEmpty(), "a cancelled fit has no result");
        assertEquals("Fit cancelled; no result", body.circuitPanel().status().getText());
        assertTrue(body.circuitPanel().fitButton().isEnabled());
        assertFalse(body.summary().saveButton().isEnabled(), "nothing to save");
        assertTrue(new Table(body.table()).cell("R1", "Value").equals("\u2014"));
    }

    @Test
    void missingFileIsReportedInTheEditor() {
        ImpedanceSpectrum lost = InterphaseFactory.eINSTANCE.createImpedanceSpectrum();
        lost.setName("lost");
        lost.setSourceUri("file:/nonexistent/lost.mpt");
        Shell other = new Shell(display);
        try {
            other.setLayout(new FillLayout());
            other.setSize(1000, 700);
            EisEditorBody b = new EisEditorBody(other, lost, null, MeasurementFiles.resolve(lost));
            other.open();
            flush();
            assertTrue(b.header().getText().startsWith("Cannot read the spectrum: lost.mpt: "),
                    b.header().getText());
            assertTrue(b.data().isEmpty());
            b.circuitPanel().circuitText().setText("R0-p(R1,C1)");
            flush();
            assertFalse(b.circuitPanel().fitButton().isEnabled(), "nothing to fit");
        } finally {
            other.dispose();
        }
    }

    private static void assertTitles(Chart c, String x, String y) {
        assertEquals(x, c.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(y, c.getAxisSet().getYAxis(0).getTitle().getText());
    }

    private static void assertEqualScale(Chart c, String when) {
        double[] u = Charts.unitsPerPixel(c);
        assertEquals(u[0], u[1], 0.01 * u[0], "Nyquist Ohm per pixel equal within 1 % " + when + ": x " + u[0]
                + ", y " + u[1]);
    }

    /** The test bundle's target folder (surefire runs in the bundle's folder). */
    private static Path pngDir() throws Exception {
        Path dir = Path.of("target").toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    private void flush() {
        new SwtDriver(display).flush();
    }

    /** Dispatches events for {@code ms} (lets GTK repaint before a screenshot). */
    private void settle(long ms) {
        new SwtDriver(display).settle(shell, ms);
    }

    private boolean waitUntil(BooleanSupplier condition, long timeoutMs) {
        return new SwtDriver(display).waitUntil(condition, timeoutMs);
    }

    /** Reads the parameter table's cells by row name and column title. */
    private record Table(ParameterTable table) {

        int rows() {
            return table.table().getItemCount();
        }

        String cell(String row, String column) {
            int c = ParameterTable.COLUMNS.indexOf(column);
            for (TableItem item : table.table().getItems()) {
                if (item.getText(1).equals(row)) {
                    return item.getText(c);
                }
            }
            throw new AssertionError("no row " + row);
        }
    }
}
