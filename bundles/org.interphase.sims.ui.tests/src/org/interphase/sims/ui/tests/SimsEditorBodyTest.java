package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Interphase;
import org.interphase.model.Layer;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.sims.ui.internal.DepthRuleControl;
import org.interphase.sims.ui.internal.EdgeMethod;
import org.interphase.sims.ui.internal.EdgeRow;
import org.interphase.sims.ui.internal.ProfileChart;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the depth-profile editor body on the shared positive MAPI profile in a real shell (Xvfb in the
 * build) with a real editing domain, and checks widgets, chart and the saved result against
 * /work/shared/data/README.md.
 */
class SimsEditorBodyTest {

    static final Path FILE = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
            "sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
    static final String SHA256 = "36037c2b2fd99a756b37bd23277121b08da236e91451a8d4fc3112c0123366f3";

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private SimsEditorBody body;
    private DepthProfile profile;
    private Interface iface;
    private Interphase interphase;
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
        cell.setName("MAPI stack");
        Layer top = f.createLayer();
        top.setName("MAPI");
        top.setThicknessUm(0.05);
        Layer bottom = f.createLayer();
        bottom.setName("ITO");
        bottom.setThicknessUm(0.2);
        cell.getLayers().addAll(List.of(top, bottom));
        iface = f.createInterface();
        iface.setName("MAPI | ITO");
        iface.setUpper(top);
        iface.setLower(bottom);
        interphase = f.createInterphase();
        interphase.setSpecies("PbI2");
        iface.getInterphases().add(interphase);
        cell.getInterfaces().add(iface);
        cycle = f.createCycleState();
        cycle.setName("Pristine");
        cell.getCycleStates().add(cycle);
        profile = f.createDepthProfile();
        profile.setName("MAPI film, positive ions");
        profile.setSourceUri(URI.createFileURI(FILE.toAbsolutePath().toString()).toString());
        profile.setInterface(iface);
        profile.setCycleState(cycle);
        cell.getMeasurements().add(profile);
        study.getCells().add(cell);
        resource.getContents().add(study);

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 900);
        shell.setText("ToF-SIMS depth profile");
        body = new SimsEditorBody(shell, profile, domain, MeasurementFiles.resolve(profile));
        shell.open();
        waitForAnalysis();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void opensWithPickerDefaultsAndLogAxis() {
        assertTrue(body.profile().isPresent(), body.message().getText());
        assertEquals(106, body.picker().signalCount());
        assertEquals(6, body.picker().checked().size());
        IAxis y = body.chart().chart().getAxisSet().getYAxis(0);
        assertTrue(y.isLogScaleEnabled(), "log intensity axis by default");
        assertEquals("Intensity / counts", y.getTitle().getText());
        assertEquals(ProfileChart.TIME_TITLE, body.chart().chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(6, body.chart().chart().getSeriesSet().getSeries().length);
        assertTrue(body.chart().chart().getTitle().getText().contains("no smoothing"));
        assertTrue(Charts.drawnPixels(body.chart().chart()) > 1000, "chart drawn");

        body.picker().search().setText("pb");
        flush();
        long expected = body.profile().get().signals().stream()
                .filter(s -> s.label().toLowerCase(Locale.ROOT).contains("pb")).count();
        assertEquals(expected, body.picker().visibleSignalCount());
        assertTrue(expected >= 10, "many Pb signals: " + expected);

        body.picker().search().setText("");
        int before = body.picker().checked().size();
        var species = body.picker().species();
        int in = -1;
        for (int k = 0; k < species.getItemCount(); k++) {
            if (species.getItem(k).startsWith("In / Li-In anode")) {
                in = k;
            }
        }
        assertTrue(in > 0, "the library's In+ fragment is in the positive profile");
        species.select(in);
        species.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(body.picker().checked().stream().anyMatch(i -> body.profile().get().signals().get(i).label().equals("In+")));
        assertTrue(body.picker().checked().size() >= before);

        body.controls().select(org.interphase.sims.ui.internal.NormalisationMode.MATRIX, "Pb+");
        assertEquals("Intensity / Pb+ (ratio)", y.getTitle().getText());
        assertTrue(body.chart().chart().getTitle().getText().contains("normalised to Pb+"));
        body.controls().select(org.interphase.sims.ui.internal.NormalisationMode.TOTAL, null);
        assertEquals("Intensity / total ion (ratio)", y.getTitle().getText());
        body.controls().select(org.interphase.sims.ui.internal.NormalisationMode.MAX, null);
        double top = java.util.Arrays.stream(body.chart().chart().getSeriesSet().getSeries())
                .flatMapToDouble(s -> java.util.Arrays.stream(s.getYSeries())).max().orElseThrow();
        assertEquals(1.0, top, 1e-12, "max = 1");

        body.depthRule().set(DepthRuleControl.Rule.CRATER, "120", "240.522");
        Range t = body.chart().chart().getAxisSet().getXAxis(0).getRange();
        assertEquals(t.upper * 120 / 240.522, body.chart().depthAxis().orElseThrow().getRange().upper, 1e-9);
        body.depthRule().set(DepthRuleControl.Rule.LAYERS, "1, 0.5");
        assertTrue(body.chart().depthAxis().orElseThrow().getTitle().getText().contains("per-layer rates [1.0, 0.5]"),
                body.chart().depthAxis().get().getTitle().getText());
        assertTrue(body.message().getText().contains("switching at [50.0] s"), body.message().getText());
        body.depthRule().set(DepthRuleControl.Rule.NONE);
        assertTrue(body.chart().depthAxis().isEmpty());

        body.controls().setLog(false);
        assertFalse(y.isLogScaleEnabled());
        body.controls().setSmoothing(true, 5);
        assertTrue(body.chart().chart().getTitle().getText().contains("SMOOTHED (moving average, 5 points)"),
                body.chart().chart().getTitle().getText());
    }

    @Test
    void pbFallingEdgeMatchesReadmeAndThicknessIsSavedAndUndone() throws Exception {
        check("Pb+");
        check("In+");
        Optional<EdgeRow> pb = row("Pb+ falling");
        assertTrue(pb.isPresent(), "Pb+ falling edge listed");
        TableItem item = body.interfaces().table().getTable().getItem(body.interfaces().rows().indexOf(pb.get()));
        assertEquals("103.282", item.getText(2), "README: Pb+ falling t50 = 103.282 s");
        assertEquals(103.282, Double.parseDouble(item.getText(2)), 1e-3);
        assertEquals(7.590, Double.parseDouble(item.getText(4)), 1e-3, "README: Pb+ 16-84 % width");
        assertTrue(pb.get().fit().isPresent(), pb.get().fitError());
        assertEquals(103.282, pb.get().fit().get().centre(), 1.5, "erf centre near the interpolated t50");
        assertEquals(95.483, row("In+ rising").orElseThrow().t50(EdgeMethod.INTERPOLATION), 1e-3);

        body.interfaces().select("Pb+ falling");
        body.interfaces().setMethod(EdgeMethod.ERF_FIT);
        flush();
        assertEquals("Pb+ falling", body.chart().marked().orElseThrow().name());
        assertNotNull(body.chart().chart().getSeriesSet().getSeries("erf fit Pb+ falling"), "fit curve drawn");
        body.interfaces().setMethod(EdgeMethod.INTERPOLATION);

        body.depthRule().set(DepthRuleControl.Rule.CONSTANT, "0.5");
        waitForAnalysis();
        IAxis depth = body.chart().depthAxis().orElseThrow();
        Range t = body.chart().chart().getAxisSet().getXAxis(0).getRange();
        assertEquals(0.5 * t.upper, depth.getRange().upper, 1e-9);
        assertTrue(depth.getTitle().getText().startsWith(ProfileChart.DEPTH_TITLE));
        assertTrue(depth.getTitle().getText().contains("constant rate 0.5 nm/s"));

        body.interfaces().choose("In+ rising", "Pb+ falling");
        double seconds = 103.282 - 95.483;
        assertEquals(seconds, body.interfaces().thickness().orElseThrow().seconds(), 2e-3);
        assertEquals(0.5 * seconds, body.interfaces().thickness().orElseThrow().nm().getAsDouble(), 1e-3);
        Charts.savePng(shell, png());

        assertTrue(body.interfaces().saveButton().isEnabled());
        body.interfaces().saveButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(1, profile.getAnalyses().size(), body.message().getText());
        AnalysisResult r = profile.getAnalyses().get(0);
        assertEquals("sims.interfaces", r.getAlgorithmId());
        assertEquals("sha256:" + SHA256, r.getInputs().get(0));
        assertEquals(profile.getSourceUri(), r.getInputs().get(1), "the source file is named too");
        assertTrue(r.getSettings().contains("constant rate 0.5 nm/s"), r.getSettings());
        assertTrue(r.getSettings().contains("\"smoothing\":\"none\""), r.getSettings());
        ResultParameter nm = r.getParameters().stream()
                .filter(p -> p.getQuantity() == QuantityKind.INTERPHASE_THICKNESS && "nm".equals(p.getUnit()))
                .findFirst().orElseThrow();
        assertEquals(0.5 * seconds, nm.getValue(), 1e-3);
        assertTrue(nm.getStandardError() > 0);
        assertEquals(iface, nm.getInterface());
        assertEquals(cycle, nm.getCycleState());
        assertEquals(interphase, nm.getInterphase());
        assertEquals(4, r.getParameters().stream().filter(p -> p.getQuantity() == QuantityKind.INTERFACE_WIDTH).count());
        assertTrue(r.getParameters().stream().allMatch(p -> p.getInterface() == iface));
        assertEquals(0.5 * seconds, interphase.getThicknessNm(), 1e-3);

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(profile.getAnalyses().isEmpty(), "undo removes the result");
        assertEquals(0.0, interphase.getThicknessNm(), 0.0, "undo restores the interphase thickness");
    }

    private Path png() throws Exception {
        Path out = Path.of(System.getProperty("user.dir")).resolve("target").resolve("sims-editor.png");
        Files.createDirectories(out.getParent());
        flush();
        System.out.println("PNG: " + out.toAbsolutePath());
        return out;
    }

    /** Primary-ion dose normalisation (file's first Dose, then 2 pA x 0.5 s) and an added ratio signal. */
    @Test
    void doseNormalisationAndRatioSignal() {
        check("total");
        body.controls().select(org.interphase.sims.ui.internal.NormalisationMode.DOSE, null);
        IAxis y = body.chart().chart().getAxisSet().getYAxis(0);
        assertEquals("Intensity / (counts/primary ion)", y.getTitle().getText());
        assertEquals(1226470 / 2.47442e6, series("total").getYSeries()[0], 1e-6, "README total / first-row dose");
        body.controls().setDose(false, "2", "0.5");
        double ions = 2e-12 * 0.5 / 1.602176634e-19;
        assertEquals(1226470 / ions, series("total").getYSeries()[0], 1e-9);
        assertTrue(body.chart().chart().getTitle().getText().contains("per primary ion"));
        body.controls().setDose(false, "0", "0.5");
        assertTrue(body.message().getText().contains("must be positive"), body.message().getText());
        body.controls().select(org.interphase.sims.ui.internal.NormalisationMode.RAW, null);

        int before = body.picker().signalCount();
        body.ratios().add("Sn+", "Pb+");
        assertTrue(body.message().getText().contains("already a signal"), "SurfaceLab exported Sn+ / ( Pb+ )");
        body.ratios().add("In+", "Pb+");
        waitForAnalysis();
        assertEquals(before + 1, body.picker().signalCount());
        double[] ratio = series("In+ / ( Pb+ )").getYSeries();
        assertTrue(ratio.length > 100, "ratio plotted");
    }

    private org.eclipse.swtchart.ISeries<?> series(String label) {
        flush();
        for (var s : body.chart().chart().getSeriesSet().getSeries()) {
            if (label.equals(s.getDescription())) {
                return s;
            }
        }
        throw new AssertionError("no series " + label);
    }

    private void check(String label) {
        List<SignalData> s = body.profile().orElseThrow().signals();
        int i = -1;
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).label().equals(label)) {
                i = k;
                break;
            }
        }
        assertTrue(i >= 0, label);
        if (!body.picker().checked().contains(i)) {
            body.picker().setChecked(i, true);
        }
        waitForAnalysis();
    }

    private Optional<EdgeRow> row(String name) {
        return body.interfaces().rows().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private void waitForAnalysis() {
        assertTrue(new SwtDriver(display).waitUntil(body::analysed, 30_000), "interface analysis finished within 30 s");
        flush();
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
