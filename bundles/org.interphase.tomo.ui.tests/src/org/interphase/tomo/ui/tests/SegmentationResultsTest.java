package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.VoxelSize;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.TomographyVolume;
import org.interphase.model.edit.StudyEditing;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.internal.seg.ProfileCsv;
import org.interphase.tomo.ui.internal.seg.ResultWriter;
import org.interphase.tomo.ui.internal.seg.SegmentationRun;
import org.interphase.tomo.ui.internal.seg.SegmentationSettings;
import org.interphase.tomo.ui.internal.seg.SegmentationSettings.Filter;
import org.interphase.tomo.ui.internal.seg.SegmentationSettings.Method;
import org.interphase.tomo.ui.internal.seg.Segmenter;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Segmentation runs, results in the model and the profile CSV on an analytic volume: 4 slices of 4 x 5
 * voxels, solid 200 and voids 10; slice z holds 0, 5, 10 and 20 voids (rows 0, 0-1, all), so the void
 * fractions are 0, 1/4, 1/2, 1, overall 35/80, and the voids form one 6-connected component of 35 voxels.
 */
class SegmentationResultsTest {

    static ArrayVolume steps() {
        float[] d = new float[4 * 4 * 5];
        java.util.Arrays.fill(d, 200);
        int[] voidRows = { 0, 1, 2, 4 };
        for (int z = 0; z < 4; z++) {
            for (int y = 0; y < voidRows[z]; y++) {
                for (int x = 0; x < 5; x++) {
                    d[(z * 4 + y) * 5 + x] = 10;
                }
            }
        }
        return ArrayVolume.of(4, 4, 5, DataType.UINT8, d);
    }

    static SegmentationSettings settings(Method m, double manual) {
        return new SegmentationSettings(m, manual, Filter.NONE, 0, Axis.Z, 1, true);
    }

    @Test
    void manualAndOtsuRunsGiveTheAnalyticProfile() throws Exception {
        Volume v = steps();
        SegmentationRun manual = Segmenter.run(v, settings(Method.MANUAL, 100), Optional.empty(), null);
        assertArrayEquals(new double[] { 100 }, manual.thresholds());
        assertArrayEquals(new double[] { 0, 0.25, 0.5, 1 }, manual.profile().fractions(0), 0);
        assertArrayEquals(new double[] { 1, 0.75, 0.5, 0 }, manual.profile().fractions(1), 0);
        assertEquals(35 / 80.0, manual.voidFraction(), 0);
        assertEquals(0.75, manual.contact().fraction(), 0, "plane z = 1: 15 of 20 voxels solid");
        assertEquals(1, manual.voids().orElseThrow().count());
        assertEquals(35, manual.voids().orElseThrow().largest());
        assertArrayEquals(new double[] { 0, 1, 2, 3 }, manual.positions(), 0);
        assertEquals("z slice / voxel", manual.positionTitle());

        // two values 10 and 200: Otsu splits between them; with integer bins the threshold is 10
        SegmentationRun otsu = Segmenter.run(v, settings(Method.OTSU, Double.NaN), Optional.of(VoxelSize.isotropic(2.5)), null);
        assertArrayEquals(new double[] { 10 }, otsu.thresholds());
        assertArrayEquals(manual.profile().fractions(0), otsu.profile().fractions(0), 0);
        assertArrayEquals(new double[] { 0, 2.5, 5, 7.5 }, otsu.positions(), 0);
        assertEquals("z position / µm", otsu.positionTitle());
        // anisotropic voxels: the depth axis uses the edge along the profile axis (z = 3 µm)
        SegmentationRun aniso = Segmenter.run(v, settings(Method.MANUAL, 100), Optional.of(new VoxelSize(1, 1, 3)), null);
        assertArrayEquals(new double[] { 0, 3, 6, 9 }, aniso.positions(), 0);

        SegmentationRun three = Segmenter.run(v, settings(Method.MULTI_OTSU, Double.NaN), Optional.empty(), null);
        assertEquals(2, three.thresholds().length);
        assertEquals(3, three.profile().phases());
    }

    @Test
    void filteredRunsAndCancellation() throws Exception {
        Volume v = steps();
        for (Filter f : Filter.values()) {
            SegmentationSettings s = new SegmentationSettings(Method.MANUAL, 100, f, 0.8, Axis.Y, 0, false);
            try (Volume src = Segmenter.source(v, s)) {
                assertTrue(f == Filter.NONE == (src == v), "a filter gives a filtered view: " + f);
                SegmentationRun r = Segmenter.run(src, s, Optional.empty(), null);
                assertEquals(4, r.profile().slices(), "y axis has 4 slices");
                double[] f0 = r.profile().fractions(0);
                double[] f1 = r.profile().fractions(1);
                for (int i = 0; i < 4; i++) {
                    assertEquals(1, f0[i] + f1[i], 1e-15);
                }
                assertTrue(r.voids().isEmpty());
            }
        }
        // cancelled in the middle of the first pass: the pass stops within a slice per worker
        int nz = 400;
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        ArrayVolume zeros = ArrayVolume.of(nz, 16, 16, DataType.UINT8, new float[nz * 16 * 16]);
        Volume big = new Volume() { // counts the slices read
            @Override
            public void readSlice(Axis axis, int index, float[] dest) {
                reads.incrementAndGet();
                zeros.readSlice(axis, index, dest);
            }

            @Override
            public int sizeZ() {
                return zeros.sizeZ();
            }

            @Override
            public int sizeY() {
                return zeros.sizeY();
            }

            @Override
            public int sizeX() {
                return zeros.sizeX();
            }

            @Override
            public DataType dataType() {
                return zeros.dataType();
            }

            @Override
            public java.nio.ByteOrder byteOrder() {
                return zeros.byteOrder();
            }

            @Override
            public java.util.OptionalDouble voxelSizeUm() {
                return java.util.OptionalDouble.empty();
            }

            @Override
            public String description() {
                return "counting";
            }

            @Override
            public void close() {
            }
        };
        NullProgressMonitor midway = new NullProgressMonitor() {
            @Override
            public void internalWorked(double work) {
                setCanceled(true); // at the first tick the job's monitor sees (after about 20 of 400 slices)
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> Segmenter.run(big, settings(Method.OTSU, Double.NaN), Optional.empty(), midway));
        assertTrue(reads.get() < nz / 4, "stopped early, read " + reads.get() + " of " + nz + " slices");

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> Segmenter.run(v, settings(Method.OTSU, Double.NaN), Optional.empty(), cancelled));
        assertThrows(IllegalArgumentException.class, () -> Segmenter.run(v,
                new SegmentationSettings(Method.MANUAL, 100, Filter.NONE, 0, Axis.Z, 4, false), Optional.empty(), null));
        assertThrows(IllegalArgumentException.class, () -> settings(Method.MANUAL, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentationSettings(Method.OTSU, 0, Filter.GAUSSIAN, 0, Axis.Z, 0, false));
    }

    @Test
    void resultIsLinkedToInterfaceAndCycleStateAndUndoable() throws Exception {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        Interface iface = f.createInterface();
        CycleState state = f.createCycleState();
        TomographyVolume m = f.createTomographyVolume();
        cell.getInterfaces().add(iface);
        cell.getCycleStates().add(state);
        cell.getMeasurements().add(m);
        m.setInterface(iface);
        m.setCycleState(state);
        m.setSourceUri("data/tomo/steps");
        m.setSha256("ab".repeat(32));

        SegmentationRun run = Segmenter.run(steps(), settings(Method.MANUAL, 100), Optional.of(VoxelSize.isotropic(2.5)), null);
        AnalysisResult r = ResultWriter.result(m, run);
        assertEquals("tomo.segmentation", r.getAlgorithmId());
        assertEquals(List.of("sha256:" + "ab".repeat(32), "file:data/tomo/steps"), r.getInputs());
        assertTrue(r.getCreatedAt() != null);
        JsonObject settings = JsonParser.parseString(r.getSettings()).getAsJsonObject();
        assertEquals("manual", settings.get("method").getAsString());
        assertEquals(100, settings.get("thresholds").getAsJsonArray().get(0).getAsDouble());
        assertEquals("z", settings.get("axis").getAsString());
        assertEquals(1, settings.get("contactPlane").getAsInt());
        assertEquals(2.5, settings.get("voxelSizeUm").getAsDouble());

        ResultParameter voids = parameter(r, QuantityKind.VOID_FRACTION);
        assertEquals(35 / 80.0, voids.getValue(), 0);
        assertSame(iface, voids.getInterface());
        assertSame(state, voids.getCycleState());
        ResultParameter contact = parameter(r, QuantityKind.CONTACT_FRACTION);
        assertEquals(0.75, contact.getValue(), 0);
        assertSame(iface, contact.getInterface());
        assertSame(state, contact.getCycleState());
        assertEquals("1", contact.getUnit());
        assertTrue(Double.isNaN(contact.getStandardError()), "no uncertainty claimed");
        assertArrayEquals(new double[] { 0, 0.25, 0.5, 1 }, r.getSeries().get(0).getY(), 0);
        assertArrayEquals(new double[] { 0, 2.5, 5, 7.5 }, r.getSeries().get(0).getX(), 0);
        assertEquals("z position / µm", r.getSeries().get(0).getXLabel());
        assertEquals("void size distribution", r.getSeries().get(r.getSeries().size() - 1).getName());

        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        domain.getCommandStack().execute(ResultWriter.addCommand(domain, m, r));
        assertEquals(List.of(r), m.getAnalyses());
        domain.getCommandStack().undo();
        assertTrue(m.getAnalyses().isEmpty(), "undo removes the result");
    }

    @Test
    void csvHasUnitsThresholdAndOneRowPerSlice() throws Exception {
        SegmentationRun run = Segmenter.run(steps(), settings(Method.MANUAL, 100), Optional.of(VoxelSize.isotropic(2.5)), null);
        String csv = ProfileCsv.text(run, "data/tomo/steps");
        List<String> lines = csv.lines().toList();
        assertTrue(csv.contains("# thresholds (voxel value): 100; rule: above means value > threshold"), csv);
        assertTrue(csv.contains("position unit: µm (voxel edge along z 2.5 µm)"), csv);
        assertTrue(csv.contains("fractions are dimensionless"), csv);
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("slice,z_position_um,void_fraction,phase1_fraction", rows.get(0));
        assertEquals(5, rows.size());
        assertEquals("1,2.5,0.25,0.75", rows.get(2));
        SegmentationRun px = Segmenter.run(steps(), settings(Method.MANUAL, 100), Optional.empty(), null);
        assertTrue(ProfileCsv.text(px, "x").contains("slice,z_position_voxel,"));
    }

    private static ResultParameter parameter(AnalysisResult r, QuantityKind kind) {
        return r.getParameters().stream().filter(p -> p.getQuantity() == kind).findFirst().orElseThrow();
    }
}
