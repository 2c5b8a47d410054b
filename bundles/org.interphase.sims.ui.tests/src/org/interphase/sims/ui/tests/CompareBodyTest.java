package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.ThicknessTrend;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.sims.ui.internal.compare.CompareBody;
import org.interphase.sims.ui.internal.compare.CompareSettings;
import org.interphase.sims.ui.internal.compare.TrendChart;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare tab on a study of four profiles (the positive MAPI file at cycle 0, twice at cycle 1 as
 * replicates, the negative one at cycle 2) with saved thicknesses 10, 14 and 16, 19 nm (+/- 1 nm).
 */
class CompareBodyTest {

    static final Path DIR = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "sims/iontof_depth_profiles");
    static final Path POS = DIR.resolve("I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
    static final Path NEG = DIR.resolve("I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt");

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SimsEditorBody body;
    private CompareBody compare;
    private DepthProfile first;
    private Interface iface;
    private CommandStack stack;

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        stack = domain.getCommandStack();
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        iface = f.createInterface();
        iface.setName("MAPI | ITO");
        cell.getInterfaces().add(iface);
        for (int c = 0; c < 3; c++) {
            CycleState s = f.createCycleState();
            s.setName("cycle " + c);
            s.setCycleNumber(c);
            cell.getCycleStates().add(s);
        }
        Object[][] rows = { { "pos c0", POS, 0, 10.0 }, { "pos c1 a", POS, 1, 14.0 }, { "pos c1 b", POS, 1, 16.0 },
                { "neg c2", NEG, 2, 19.0 } };
        for (Object[] r : rows) {
            DepthProfile p = f.createDepthProfile();
            p.setName((String) r[0]);
            p.setSourceUri(URI.createFileURI(((Path) r[1]).toAbsolutePath().toString()).toString());
            p.setInterface(iface);
            p.setCycleState(cell.getCycleStates().get((Integer) r[2]));
            AnalysisResult a = f.createAnalysisResult();
            a.setCreatedAt(new Date());
            ResultParameter q = f.createResultParameter();
            q.setQuantity(QuantityKind.INTERPHASE_THICKNESS);
            q.setUnit("nm");
            q.setValue((Double) r[3]);
            q.setStandardError(1);
            a.getParameters().add(q);
            p.getAnalyses().add(a);
            cell.getMeasurements().add(p);
        }
        first = (DepthProfile) cell.getMeasurements().get(0);
        study.getCells().add(cell);
        resource.getContents().add(study);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 900);
        shell.setText("ToF-SIMS compare");
        body = new SimsEditorBody(shell, first, domain, MeasurementFiles.resolve(first));
        shell.open();
        compare = body.compare();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!compare.loaded() && System.currentTimeMillis() < deadline) {
            dispatch();
        }
        assertTrue(compare.loaded(), "profiles read within 30 s");
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void overlayAlignMeanDifferenceTrendAndSave() throws Exception {
        assertEquals(4, compare.profiles().all().size());
        assertEquals(4, compare.data().size(), compare.message().getText());

        compare.controls().choose(List.of("total"), 0, null, EdgeDirection.FALLING, CompareSettings.Mode.OVERLAY);
        assertEquals(4, series().length);
        IAxis x = compare.overlay().chart().getAxisSet().getXAxis(0);
        IAxis y = compare.overlay().chart().getAxisSet().getYAxis(0);
        assertEquals("Sputter time / s", x.getTitle().getText());
        assertEquals("Intensity / counts", y.getTitle().getText());
        assertEquals(1226470, series()[0].getYSeries()[0], 1, "README: total first value of I241209m");

        // aligned on the README's Pb+ falling edge (t50 = 103.282 s); the negative file has no Pb+ and is named
        compare.controls().choose(List.of("Pb+"), 2, "Pb+", EdgeDirection.FALLING, CompareSettings.Mode.OVERLAY);
        assertEquals(3, series().length);
        assertEquals(-103.282, series()[0].getXSeries()[0], 1e-3);
        assertTrue(x.getTitle().getText().startsWith("Sputter time \u2212 t50(Pb+ falling)"), x.getTitle().getText());
        assertTrue(compare.message().getText().contains("neg c2: no signal 'Pb+'"), compare.message().getText());

        // identical replicates: mean +/- SD collapses onto the mean
        compare.controls().choose(List.of("Pb+"), 2, "Pb+", EdgeDirection.FALLING, CompareSettings.Mode.MEAN_SD);
        ISeries<?>[] m = series();
        assertEquals(3, m.length);
        assertEquals(m[0].getYSeries().length, m[2].getYSeries().length);
        for (int i = 0; i < m[0].getYSeries().length; i++) {
            assertEquals(m[0].getYSeries()[i], m[2].getYSeries()[i], 1e-9 * m[0].getYSeries()[i]);
        }
        compare.controls().choose(List.of("Pb+"), 0, null, EdgeDirection.FALLING, CompareSettings.Mode.RATIO);
        double[] ratio = series()[0].getYSeries();
        assertTrue(ratio.length > 100);
        assertTrue(Arrays.stream(ratio).allMatch(v -> Math.abs(v - 1) < 1e-12), "a profile over itself is 1");
        compare.controls().choose(List.of("Pb+"), 0, null, EdgeDirection.FALLING, CompareSettings.Mode.DIFFERENCE);
        assertTrue(Arrays.stream(series()[0].getYSeries()).allMatch(v -> v == 0), "a profile minus itself is 0");
        assertEquals(false, y.isLogScaleEnabled(), "differences change sign: linear axis");

        // trend: cycle 0 -> 10, cycle 1 -> mean(14, 16) = 15 +/- SD/sqrt 2 = 1, cycle 2 -> 19; slope 4.5 +/- sqrt(1/2)
        TrendChart trend = compare.trend();
        ISeries<?> pts = trend.chart().getSeriesSet().getSeries(TrendChart.POINTS);
        assertEquals(List.of(10.0, 15.0, 19.0), Arrays.stream(pts.getYSeries()).boxed().toList());
        assertEquals(List.of(1.0, 1.0, 1.0), Arrays.stream(pts.getYErrorBar().getPlusErrors()).boxed().toList());
        assertTrue(pts.getYErrorBar().isVisible());
        assertEquals("Cycle number", trend.chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("Interphase thickness / nm", trend.chart().getAxisSet().getYAxis(0).getTitle().getText());
        assertTrue(trend.chart().getSeriesSet().getSeries(TrendChart.LINE).getDescription().startsWith("growth 4.5"));

        compare.controls().choose(List.of("total", "Pb+"), 2, "Pb+", EdgeDirection.FALLING,
                CompareSettings.Mode.OVERLAY);
        assertEquals(6, series().length, "3 aligned profiles x (total, Pb+); the negative one has no Pb+ to align on");
        Path png = Path.of("target", "sims-compare.png");
        Files.createDirectories(png.getParent());
        Charts.savePng(shell, png);
        System.out.println("PNG: " + png.toAbsolutePath());

        int before = first.getAnalyses().size();
        compare.controls().saveTrendButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(before + 1, first.getAnalyses().size());
        AnalysisResult saved = first.getAnalyses().get(before);
        assertEquals(ThicknessTrend.ALGORITHM, saved.getAlgorithmId());
        assertEquals(2, saved.getInputs().size(), "two distinct files (inputs are a unique list)");
        assertTrue(saved.getInputs().get(0).startsWith("sha256:36037c2b"), saved.getInputs().get(0));
        ResultParameter c1 = saved.getParameters().get(1);
        assertEquals(15, c1.getValue(), 1e-12);
        assertEquals(1, c1.getStandardError(), 1e-12);
        assertEquals(1, c1.getCycleState().getCycleNumber());
        assertEquals(iface, c1.getInterface());
        ResultParameter rate = saved.getParameters().get(3);
        assertEquals("nm/cycle", rate.getUnit());
        assertEquals(4.5, rate.getValue(), 1e-12);
        assertEquals(Math.sqrt(0.5), rate.getStandardError(), 1e-12);
        assertEquals(iface, rate.getInterface());
        // the saved trend is not read back as a profile thickness
        compare.refresh();
        assertEquals(List.of(10.0, 15.0, 19.0), Arrays.stream(trend.chart().getSeriesSet().getSeries(TrendChart.POINTS)
                .getYSeries()).boxed().toList());
        stack.undo();
        assertEquals(before, first.getAnalyses().size(), "undo removes the trend");
    }

    private ISeries<?>[] series() {
        flush();
        return compare.overlay().chart().getSeriesSet().getSeries();
    }

    private void dispatch() {
        if (!display.readAndDispatch()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
