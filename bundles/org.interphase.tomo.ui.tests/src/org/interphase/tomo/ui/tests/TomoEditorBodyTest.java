package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.TomographyVolume;
import org.interphase.model.edit.StudyEditing;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.InterfaceQuantities;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.TomoEditorBody;
import org.interphase.tomo.ui.internal.iface.InterfacePanel;
import org.interphase.tomo.ui.internal.iface.InterfaceResultWriter;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.tomo.ui.internal.seg.ProfileCsv;
import org.interphase.tomo.ui.internal.seg.SegmentationPanel;
import org.interphase.tomo.ui.internal.seg.RoiSpec;
import org.interphase.tomo.ui.internal.seg.SegmentationRun;
import org.interphase.tomo.ui.internal.view.OrthoViewer;
import org.interphase.tomo.ui.internal.view.SliceView;
import org.interphase.ui.chart.Charts;
import org.interphase.testing.SwtDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor body on the shared XCT stack (README: 16 slices of 728 x 728 uint8; Otsu threshold 91 as the
 * tomo tests established against an independent ImageIO computation) in a real shell under Xvfb.
 */
class TomoEditorBodyTest {

    private static final long TIMEOUT_MS = 60_000;

    private Display display;
    private Shell shell;
    private TomoEditorBody body;
    private TomographyVolume measurement;
    private Interface iface;
    private CycleState state;
    private AdapterFactoryEditingDomain domain;

    static Path cellVol() {
        return Path.of(System.getProperty("interphase.shared.data", "../../../shared/data"))
                .resolve("tomo/ucl_cylindrical_cell/cell_vol");
    }

    @BeforeEach
    void open() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        iface = f.createInterface();
        iface.setName("Li | Li6PS5Cl");
        state = f.createCycleState();
        measurement = f.createTomographyVolume();
        measurement.setName("cell_vol");
        measurement.setSourceUri(URI.createFileURI(cellVol().toAbsolutePath().toString()).toString());
        measurement.setInterface(iface);
        measurement.setCycleState(state);
        cell.getInterfaces().add(iface);
        cell.getCycleStates().add(state);
        cell.getMeasurements().add(measurement);
        domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Tomography editor test");
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 960);
        body = new TomoEditorBody(shell, measurement, domain, Optional.of(cellVol()));
        shell.open();
        assertTrue(waitUntil(() -> body.viewer() != null), "volume opened: " + body.messageLabel().getText());
        OrthoViewer v = body.viewer();
        assertTrue(waitUntil(() -> v.deliveries() >= 3 && body.displayPanel().histogram() != null),
                "three slices and the histogram arrived");
        flush();
    }

    @AfterEach
    void close() {
        shell.dispose();
        flush();
    }

    @Test
    void showsDimensionsAndRendersAllThreeViews() {
        assertTrue(body.infoLabel().getText().startsWith("16 × 728 × 728 (z × y × x) voxels, uint8, little-endian"),
                body.infoLabel().getText());
        OrthoViewer v = body.viewer();
        assertArrayEquals(new int[] { 8, 364, 364 }, v.position(), "starts in the middle");
        waitUntil(() -> java.util.Arrays.stream(Axis.values()).allMatch(a -> v.view(a).paintCount() > 0));
        for (Axis a : Axis.values()) {
            SliceView view = v.view(a);
            assertEquals(v.position()[a.ordinal()], view.index(), view.title());
            assertTrue(view.paintCount() > 0, view.title() + " painted");
            ImageData img = v.renderedSlice(a);
            assertEquals(view.sliceSize().x, img.width);
            assertTrue(distinctPixels(img) > 20, view.title() + " slice is not blank: " + distinctPixels(img));
            assertTrue(Charts.drawnPixels(view) > 200, view.title() + " canvas shows the slice");
        }
        assertEquals(new Point(728, 16), v.view(Axis.Y).sliceSize(), "XZ: x columns, z rows");
        assertEquals(11, v.view(Axis.Y).stretch(), "thin stack: z rows drawn 11 times taller (728 / (4 x 16))");
        assertEquals(1, v.view(Axis.Z).stretch());
        // auto window from the 0.5/99.5 percentiles of the (exact, 16-slice) histogram
        assertTrue(body.displayPanel().histogram().exact());
        WindowLevel w = v.window();
        assertTrue(w.lower() >= 0 && w.upper() <= 255 && w.upper() > w.lower(), w.toString());
        assertEquals(WindowLevel.percentiles(body.displayPanel().histogram().histogram(), 0.5, 99.5), w);
        assertEquals(16, body.displayPanel().histogram().histogram().total() / (728 * 728));
    }

    @Test
    void crosshairClicksAndWheelMoveTheOtherViews() throws Exception {
        OrthoViewer v = body.viewer();
        SliceView xy = v.view(Axis.Z);
        // at fit zoom a screen pixel covers about two voxels: the click lands on the voxel under the pixel
        int[] a = click(xy, 100, 200);
        int x = a[0];
        int y = a[1];
        assertTrue(Math.abs(x - 100) <= 2 && Math.abs(y - 200) <= 2, x + ", " + y);
        assertArrayEquals(new int[] { 8, y, x }, v.position());
        assertTrue(waitUntil(() -> v.view(Axis.Y).index() == y && v.view(Axis.X).index() == x),
                "XZ shows the clicked y, YZ the clicked x");
        assertArrayEquals(new int[] { x, 8 }, v.view(Axis.Y).crosshair(), "XZ crosshair at (x, z)");
        assertArrayEquals(new int[] { y, 8 }, v.view(Axis.X).crosshair(), "YZ crosshair at (y, z)");
        assertEquals(y, v.panel(Axis.Y).slider().getSelection(), "XZ slider follows");

        int[] b = click(v.view(Axis.Y), 300, 3); // in XZ: x near 300, z = 3 (z rows are drawn 11 pixels tall)
        assertEquals(3, b[1]);
        assertArrayEquals(new int[] { 3, y, b[0] }, v.position());
        assertTrue(waitUntil(() -> xy.index() == 3 && v.view(Axis.X).index() == b[0]), "XY moved to z = 3");

        v.panel(Axis.X).slider().setSelection(500);
        v.panel(Axis.X).slider().notifyListeners(SWT.Selection, new Event());
        assertTrue(waitUntil(() -> v.view(Axis.X).index() == 500), "YZ slider moves the slice");
        assertArrayEquals(new int[] { 500, y }, xy.crosshair(), "and the XY crosshair");

        Event wheel = new Event();
        wheel.count = 3;
        Point p = xy.toScreen(10, 10);
        wheel.x = p.x;
        wheel.y = p.y;
        xy.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(waitUntil(() -> xy.index() == 4), "wheel scrolls one slice");

        // pixel read-out: compare with the volume's own voxel
        Point over = xy.toScreen(364, 300);
        Event move = new Event();
        move.x = over.x;
        move.y = over.y;
        xy.notifyListeners(SWT.MouseMove, move);
        int[] at = xy.toSlice(over.x, over.y);
        float[] slice = new float[728 * 728];
        body.volume().orElseThrow().readSlice(Axis.Z, 4, slice);
        String expected = "x = " + at[0] + ", y = " + at[1] + ", z = 4   value = " + (int) slice[at[1] * 728 + at[0]];
        assertTrue(body.statusLabel().getText().contains(expected), body.statusLabel().getText() + " / " + expected);
    }

    @Test
    void otsuProfileSaveAndExports() throws Exception {
        // voxel size typed in the editor goes to the model as an undoable command
        // the UCL volume is downsampled 2x along z (data README): in-plane 2.5 µm, z 5 µm
        body.displayPanel().voxelSizeField().setText("2.5 2.5 5");
        body.displayPanel().voxelSizeField().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(2.5, measurement.getVoxelSizeUm());
        assertEquals(5.0, measurement.getVoxelSizeZUm());
        assertEquals("2.5 2.5 5", body.displayPanel().voxelSizeField().getText());
        assertTrue(domain.getCommandStack().canUndo());

        SegmentationPanel seg = body.segmentationPanel();
        assertEquals("Otsu", seg.methodCombo().getText());
        assertEquals(8, seg.planeSpinner().getSelection(), "contact plane defaults to the middle slice");
        seg.start();
        assertTrue(waitUntil(() -> seg.lastRun().isPresent() && !seg.running()),
                "segmentation finished: " + body.messageLabel().getText());
        flush();
        SegmentationRun run = seg.lastRun().orElseThrow();
        assertArrayEquals(new double[] { 91 }, run.thresholds(), "Otsu threshold of the stack");
        assertEquals("91", seg.thresholdText().getText());

        Volume volume = body.volume().orElseThrow();
        PhaseProfile expected = Segmentation.fractionProfile(volume, Axis.Z, 91);
        Chart chart = seg.charts().profileChart();
        for (int p = 0; p < 2; p++) {
            ISeries<?> s = chart.getSeriesSet().getSeries("phase" + p);
            assertEquals(16, s.getYSeries().length);
            assertArrayEquals(expected.fractions(p), s.getYSeries(), 0, "phase " + p + " per slice");
            assertEquals(75, s.getXSeries()[15], 1e-12, "slice 15 at 15 x 5 µm (the z edge)");
        }
        assertEquals("z position / µm", chart.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("fraction / 1", chart.getAxisSet().getYAxis(0).getTitle().getText());
        double contact = Segmentation.contact(volume, Axis.Z, 8, 91).fraction();
        assertEquals(contact, run.contact().fraction(), 0);
        assertTrue(run.voids().orElseThrow().count() > 0);
        assertEquals(run.voids().orElseThrow().phaseVoxels(), expected.total(0), "labelled voxels = void voxels");
        assertTrue(seg.resultsLabel().getText().contains("Contact fraction at z = 8"), seg.resultsLabel().getText());

        // the overlay follows the segmentation
        OrthoViewer v = body.viewer();
        assertArrayEquals(new double[] { 91 }, v.overlayThresholds());
        assertTrue(waitUntil(() -> !v.loading()));
        flush();

        // save to the study
        seg.saveButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(1, measurement.getAnalyses().size());
        AnalysisResult r = measurement.getAnalyses().get(0);
        assertEquals("tomo.segmentation", r.getAlgorithmId());
        ResultParameter vf = r.getParameters().stream().filter(p -> p.getQuantity() == QuantityKind.VOID_FRACTION)
                .findFirst().orElseThrow();
        assertEquals(expected.overallFraction(0), vf.getValue(), 0);
        assertSame(iface, vf.getInterface());
        assertSame(state, vf.getCycleState());
        ResultParameter cf = r.getParameters().stream().filter(p -> p.getQuantity() == QuantityKind.CONTACT_FRACTION)
                .findFirst().orElseThrow();
        assertEquals(contact, cf.getValue(), 0);
        assertSame(iface, cf.getInterface());
        assertArrayEquals(expected.fractions(0), r.getSeries().get(0).getY(), 0);
        assertEquals(16, r.getSeries().get(0).getX().length);

        // exports
        Path out = Path.of("target", "tomo-ui");
        Files.createDirectories(out);
        Path png = out.resolve("xy_slice.png");
        body.exportSlice(Axis.Z, png);
        ImageData read = new ImageLoader().load(png.toString())[0];
        assertEquals(728, read.width);
        assertEquals(728, read.height);
        Path csv = out.resolve("profile.csv");
        ProfileCsv.write(run, measurement.getSourceUri(), csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# thresholds (voxel value): 91;")), lines.toString());
        assertEquals(16 + 1, lines.stream().filter(l -> !l.startsWith("#")).count());

        Charts.savePng(shell, out.resolve("tomo-editor.png"));
        System.out.println("tomo-ui screenshot: " + out.resolve("tomo-editor.png").toAbsolutePath());

        // three phases by multi-level Otsu, viridis colours, voids-only overlay
        body.displayPanel().colourMapCombo().select(2);
        body.displayPanel().colourMapCombo().notifyListeners(SWT.Selection, new Event());
        seg.overlayCombo().select(2);
        seg.methodCombo().select(2);
        seg.methodCombo().notifyListeners(SWT.Selection, new Event());
        seg.start();
        assertTrue(waitUntil(() -> seg.lastRun().orElseThrow().thresholds().length == 2 && !seg.running()),
                "multi-level Otsu finished: " + body.messageLabel().getText());
        double[] t3 = seg.lastRun().orElseThrow().thresholds();
        PhaseProfile three = Segmentation.phaseProfile(volume, Axis.Z, t3);
        for (int p = 0; p < 3; p++) {
            assertArrayEquals(three.fractions(p), chart.getSeriesSet().getSeries("phase" + p).getYSeries(), 0);
        }
        assertTrue(waitUntil(() -> !v.loading()));
        flush();
        Charts.savePng(shell, out.resolve("tomo-editor-viridis-3phase.png"));
        System.out.println("multi-level Otsu thresholds " + t3[0] + ", " + t3[1]);

        domain.getCommandStack().undo();
        assertTrue(measurement.getAnalyses().isEmpty(), "undo removes the saved result");
        domain.getCommandStack().undo();
        assertEquals(0.0, measurement.getVoxelSizeUm(), "undo clears the voxel size");
        assertEquals(0.0, measurement.getVoxelSizeZUm(), "one undo clears all four voxel attributes");
        assertFalse(body.voxelSize().isPresent(), "the file has no voxel size either");
    }

    /** The automatic sample outline keeps the air around the cell out of the void fraction. */
    @Test
    void sampleOutlineRegionExcludesTheAir() throws Exception {
        SegmentationPanel seg = body.segmentationPanel();
        seg.roiPanel().kindCombo().select(RoiSpec.Kind.OUTLINE.ordinal());
        seg.start();
        assertTrue(waitUntil(() -> seg.lastRun().isPresent() && !seg.running()),
                "segmentation finished: " + body.messageLabel().getText());
        flush();
        SegmentationRun run = seg.lastRun().orElseThrow();
        Roi.Mask outline = assertInstanceOf(Roi.Mask.class, run.roi());
        assertEquals(308_247, outline.area(728, 728), "the outline area the tomo tests check against a row-scan fill");
        Volume volume = body.volume().orElseThrow();
        double t = run.thresholds()[0];
        PhaseProfile expected = Segmentation.phaseProfile(volume, Axis.Z, outline, Progress.NONE, t);
        assertEquals(expected.overallFraction(0), run.voidFraction(), 1e-15);
        assertTrue(run.voidFraction() < Segmentation.fractionProfile(volume, Axis.Z, t).overallFraction(0) - 0.01);
        assertSame(run.roi(), body.viewer().view(Axis.Z).roi(), "the region is drawn on the XY view");
        assertTrue(seg.resultsLabel().getText().contains("in mask (sample outline"), seg.resultsLabel().getText());
        Charts.savePng(shell, Path.of("target", "tomo-ui", "tomo-editor-roi-outline.png"));

        // the XY slice at the crosshair as a 16-bit TIFF: read back, the voxel values
        Path tif = Path.of("target", "tomo-ui", "slice_z8.tif");
        body.exportSliceTiff(Axis.Z, tif);
        java.awt.image.Raster raster = javax.imageio.ImageIO.read(tif.toFile()).getRaster();
        float[] z8 = new float[728 * 728];
        volume.readSlice(Axis.Z, body.viewer().position()[0], z8);
        int[] back = raster.getSamples(0, 0, 728, 728, 0, (int[]) null);
        for (int i = 0; i < back.length; i += 97) {
            assertEquals(z8[i], back[i]);
        }

        // a cylinder set on the XY view at the crosshair
        seg.roiPanel().kindCombo().select(RoiSpec.Kind.SET_ON_XY.ordinal());
        seg.roiPanel().radiusSpinner().setSelection(100);
        RoiSpec spec = seg.settings().roi();
        Roi.Cylinder c = assertInstanceOf(Roi.Cylinder.class, spec.manual());
        assertEquals(364, c.centreX());
        assertEquals(100, c.radius());
        // picked with two clicks on the XY view: centre (300, 320), rim (300, 440) -> radius 120
        seg.roiPanel().pickButton().setSelection(true);
        seg.roiPanel().pickButton().notifyListeners(SWT.Selection, new Event());
        SliceView xy = body.viewer().view(Axis.Z);
        int[] centre = click(xy, 300, 320); // the voxel under the clicked pixel (about 2 voxels per pixel)
        int[] rim = click(xy, 300, 440);
        Roi.Cylinder picked = assertInstanceOf(Roi.Cylinder.class, seg.settings().roi().manual());
        assertEquals(centre[0], picked.centreX());
        assertEquals(centre[1], picked.centreY());
        assertEquals(Math.round(Math.hypot(rim[0] - centre[0], rim[1] - centre[1])), picked.radius(), 0);
        assertSame(xy.roi(), xy.roi());
        assertInstanceOf(Roi.Cylinder.class, xy.roi(), "drawn on the XY view");
    }

    /** Interfaces placed from the cell's layers, measured and saved as results linked to the Interface. */
    @Test
    void interfaceFromTheLayerStack() throws Exception {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = (Cell) measurement.eContainer();
        Layer li = f.createLayer();
        li.setName("Li");
        li.setThicknessUm(20);
        Layer se = f.createLayer();
        se.setName("LPSCl");
        se.setThicknessUm(30);
        cell.getLayers().add(li);
        cell.getLayers().add(se);
        iface.setLower(li);
        iface.setUpper(se);
        body.setVoxelSize(Optional.of(new VoxelSize(2.5, 2.5, 5)));
        SegmentationPanel seg = body.segmentationPanel();
        seg.start();
        assertTrue(waitUntil(() -> seg.lastRun().isPresent() && !seg.running()));
        InterfacePanel ip = body.interfacePanel();
        ip.offsetText().setText("15"); // Li | LPSCl at 15 + 20 = 35 µm: z = 7 with 5 µm slices
        ip.halfWidthText().setText("10");
        ip.place();
        assertEquals("Li | LPSCl at 35 µm: z = 7", ip.planeCombo().getText());
        assertEquals(7, body.viewer().position()[0], "the crosshair moves to the plane");
        ip.start();
        assertTrue(waitUntil(() -> ip.lastInput().isPresent() && !ip.running()), body.messageLabel().getText());
        flush();
        InterfaceQuantities q = ip.lastInput().orElseThrow().quantities();
        InterfaceQuantities expected = InterfaceQuantities.measure(body.volume().orElseThrow(), Axis.Z, 7, 2, 91,
                Roi.WHOLE, Progress.NONE);
        assertEquals(expected.contact().fraction(), q.contact().fraction(), 0);
        assertEquals(expected.voidFraction(), q.voidFraction(), 0);
        assertArrayEquals(expected.voids().sizes(), q.voids().sizes());
        assertEquals(5, q.slabTo() - q.slabFrom() + 1);

        AnalysisResult r = body.saveInterface(ip.lastInput().orElseThrow());
        assertEquals(InterfaceResultWriter.ALGORITHM_ID, r.getAlgorithmId());
        ResultParameter contact = r.getParameters().get(0);
        assertEquals(QuantityKind.CONTACT_FRACTION, contact.getQuantity());
        assertSame(iface, contact.getInterface());
        assertSame(state, contact.getCycleState());
        assertEquals(QuantityKind.VOID_FRACTION, r.getParameters().get(1).getQuantity());
        assertEquals(expected.voids().count(), r.getParameters().get(2).getValue());
        assertEquals("µm³", r.getParameters().get(3).getUnit());
        assertEquals(expected.voids().meanSize() * 2.5 * 2.5 * 5, r.getParameters().get(3).getValue(), 1e-6);
        assertTrue(r.getSettings().contains("\"firstLayerOffsetUm\":15.0"), r.getSettings());
        assertTrue(measurement.getAnalyses().contains(r));
        domain.getCommandStack().undo();
        assertFalse(measurement.getAnalyses().contains(r), "undo removes the interface result");
        ((org.eclipse.swt.widgets.TabFolder) ip.getParent()).setSelection(1);
        flush();
        Charts.savePng(shell, Path.of("target", "tomo-ui", "tomo-editor-interface.png"));
    }

    @Test
    void missingFilesGiveAClearMessage() {
        TomographyVolume lost = InterphaseFactory.eINSTANCE.createTomographyVolume();
        lost.setName("lost");
        lost.setSourceUri("data/tomo/nowhere");
        Shell other = new Shell(display);
        other.setLayout(new FillLayout());
        TomoEditorBody unresolved = new TomoEditorBody(other, lost, domain, Optional.empty());
        assertEquals("The volume cannot be located: data/tomo/nowhere", unresolved.messageLabel().getText());
        Path missing = cellVol().resolveSibling("no_such_folder");
        TomoEditorBody absent = new TomoEditorBody(other, lost, domain, Optional.of(missing));
        assertTrue(waitUntil(() -> !absent.messageLabel().getText().isEmpty()));
        assertTrue(absent.messageLabel().getText().startsWith("Cannot open the volume: "), absent.messageLabel().getText());
        assertTrue(absent.messageLabel().getText().contains("no_such_folder"), absent.messageLabel().getText());
        assertTrue(absent.viewer() == null);
        other.dispose();
    }

    /** Clicks at the centre of voxel (col, row); returns the voxel under that pixel. */
    private int[] click(SliceView view, int col, int row) {
        Point p = view.toScreen(col, row);
        Event e = new Event();
        e.button = 1;
        e.count = 1;
        e.x = p.x;
        e.y = p.y;
        view.notifyListeners(SWT.MouseDown, e);
        view.notifyListeners(SWT.MouseUp, e);
        flush();
        return view.toSlice(p.x, p.y);
    }

    private static int distinctPixels(ImageData d) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < d.height; y += 2) {
            for (int x = 0; x < d.width; x += 2) {
                seen.add(d.getPixel(x, y));
            }
        }
        return seen.size();
    }

    private boolean waitUntil(BooleanSupplier condition) {
        return new SwtDriver(display).waitUntil(condition, TIMEOUT_MS);
    }

    private void flush() {
        new SwtDriver(display).flush();
    }
}
