package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.compare.CompareCyclesView;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.Test;

/**
 * Two volumes side by side: the shared stack ("cycle 0") and its slices 4..15 ("cycle 1", standing in for a
 * later scan of the same cell): synchronised crosshair and window, overlaid void-fraction profiles equal
 * to the API's per-slice profiles.
 */
class CompareCyclesTest {

    @Test
    void synchronisedSlicesAndOverlaidProfiles() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        VoxelSize size = new VoxelSize(2.5, 2.5, 5);
        try (Volume a = Volumes.withVoxelSize(Volumes.open(TomoEditorBodyTest.cellVol()), size);
                Volume b = Volumes.withVoxelSize(Volumes.crop(Volumes.open(TomoEditorBodyTest.cellVol()), Axis.Z, 4, 16),
                        size)) {
            CompareCyclesView view = new CompareCyclesView(shell, a, "cycle 0", b, "cycle 1", new WindowLevel(0, 255));
            shell.open();
            view.left().setPosition(3, 100, 200);
            assertArrayEquals(new int[] { 3, 100, 200 }, view.right().position(), "the right view follows");
            view.right().setPosition(14, 300, 320);
            assertArrayEquals(new int[] { 11, 300, 320 }, view.right().position(), "clamped to its 12 slices");
            assertArrayEquals(new int[] { 11, 300, 320 }, view.left().position(), "the left view follows");
            view.left().setWindow(new WindowLevel(10, 120));
            assertEquals(new WindowLevel(10, 120), view.right().window(), "same window");
            view.sameWindowButton().setSelection(false);
            view.left().setWindow(new WindowLevel(0, 200));
            assertEquals(new WindowLevel(10, 120), view.right().window(), "windows independent when unlinked");

            view.thresholdText().setText("91");
            view.computeProfiles();
            assertTrue(waitUntil(display, () -> view.chart().getSeriesSet().getSeries().length == 2 && !view.running()),
                    view.statusLabel().getText());
            ISeries<?> sa = view.chart().getSeriesSet().getSeries("a");
            ISeries<?> sb = view.chart().getSeriesSet().getSeries("b");
            assertArrayEquals(Segmentation.fractionProfile(a, Axis.Z, 91).fractions(0), sa.getYSeries(), 0);
            assertArrayEquals(Segmentation.fractionProfile(b, Axis.Z, 91).fractions(0), sb.getYSeries(), 0);
            assertEquals(16, sa.getXSeries().length);
            assertEquals(12, sb.getXSeries().length);
            assertEquals(55, sb.getXSeries()[11], 1e-12, "slice 11 at 11 x 5 µm");
            assertEquals("z position / µm", view.chart().getAxisSet().getXAxis(0).getTitle().getText());
            assertEquals("void fraction / 1", view.chart().getAxisSet().getYAxis(0).getTitle().getText());
            assertTrue(waitUntil(display, () -> !view.left().loading() && !view.right().loading()));
            shell.layout(true, true);
            view.chart().redraw();
            shell.update();
            long settle = System.currentTimeMillis() + 500;
            waitUntil(display, () -> System.currentTimeMillis() > settle);
            Charts.savePng(shell, Path.of("target", "tomo-ui", "tomo-compare-cycles.png"));
        } finally {
            shell.dispose();
        }
    }

    @Test
    void candidatesAreTheOtherVolumesOfTheCell() {
        org.interphase.model.InterphaseFactory f = org.interphase.model.InterphaseFactory.eINSTANCE;
        org.interphase.model.Cell cell = f.createCell();
        org.interphase.model.TomographyVolume before = f.createTomographyVolume();
        org.interphase.model.TomographyVolume after = f.createTomographyVolume();
        cell.getMeasurements().add(before);
        cell.getMeasurements().add(f.createImpedanceSpectrum());
        cell.getMeasurements().add(after);
        assertEquals(java.util.List.of(after),
                org.interphase.tomo.ui.internal.compare.CompareLauncher.candidates(before));
        assertTrue(org.interphase.tomo.ui.internal.compare.CompareLauncher.candidates(f.createTomographyVolume()).isEmpty());
    }

    static boolean waitUntil(Display display, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
