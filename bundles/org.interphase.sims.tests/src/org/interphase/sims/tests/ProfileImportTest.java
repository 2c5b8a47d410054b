package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importers;
import org.interphase.model.DepthProfile;
import org.interphase.model.Polarity;
import org.interphase.model.SignalKind;
import org.interphase.model.SimsSignal;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.internal.SurfaceLabProfileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four shared SurfaceLab exports parse to the facts of data/README.md section 3. */
class ProfileImportTest {

    private final SurfaceLabProfileImporter importer = new SurfaceLabProfileImporter();

    @ParameterizedTest
    @CsvSource({
            // file, rows, signals, fields, N/A m/z, ratios, sums, inf cells, last time, step, dose last, fluence last, total first, polarity
            SharedData.POS + ", 165, 106, 111,  6, 5,  0, 133, 240.522, 1.4666, 1.51714e+12, 6.37847e+14, 1226470, POSITIVE",
            SharedData.NEG + ", 165, 132, 137, 20, 9, 10, 132, 240.522, 1.4666, 1.5154e+12,  6.41743e+14,  677428, NEGATIVE",
            SharedData.CONTROL + ", 70, 132, 137, 20, 9, 10,  21, 506.005, 7.333,  1.305e+13,   5.2341e+15,   140534, NEGATIVE",
            SharedData.PBI2 + ",    70, 132, 137, 20, 9, 10,  16, 506.005, 7.333,  1.3076e+13,  5.24506e+15,  121732, NEGATIVE" })
    void readsReferenceFacts(String name, int rows, int signals, int fields, int na, long ratios, long sums, int inf,
            double lastTime, double step, double doseLast, double fluenceLast, double totalFirst, Polarity polarity)
            throws Exception {
        Path file = SharedData.profile(name);
        assertTrue(importer.detect(FileProbe.of(file)) > 0.9);
        Imported imported = Importers.stamp(importer.read(file), file, importer);
        Map<String, Object> f = imported.facts();
        assertEquals(rows, f.get("rows"));
        assertEquals(rows - 1, f.get("points"), "the all-zero last row is dropped");
        assertEquals(true, f.get("emptyLastRowDropped"));
        assertEquals(signals, f.get("signalCount"));
        assertEquals(fields, f.get("fieldsPerRow"));
        assertEquals(na, f.get("massNotAvailable"));
        assertEquals(inf, f.get("infCells"));
        assertEquals(0, f.get("nanCells"));
        assertEquals(0.0, (double) f.get("sputterTimeFirstS"));
        assertEquals(lastTime, (double) f.get("sputterTimeLastS"), 1e-9);
        assertEquals(step, (double) f.get("timeStepMedianS"), 1e-3);
        assertEquals(doseLast, (double) f.get("doseLast"), doseLast * 1e-9);
        assertEquals(fluenceLast, (double) f.get("fluenceLast"), fluenceLast * 1e-9);
        assertEquals(totalFirst, (double) f.get("totalFirst"), 1e-6);
        assertEquals(polarity.getLiteral().toLowerCase(), f.get("polarity"));
        @SuppressWarnings("unchecked")
        Map<String, Object> kinds = (Map<String, Object>) f.get("signalKinds");
        assertEquals(1L, kinds.get("TOTAL"));
        assertEquals(ratios, kinds.get("RATIO"));
        assertEquals(sums, kinds.get("SUM"));
        assertEquals((long) signals - 1 - ratios - sums, kinds.get("ION"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) f.get("signals");
        assertEquals("total", labels.get(0));
        assertEquals(signals, labels.size());

        DepthProfile p = (DepthProfile) imported.measurements().get(0);
        assertEquals(polarity, p.getPolarity());
        assertEquals(rows - 1, p.getPointCount());
        assertEquals(lastTime, p.getSputterTimeS(), 1e-9);
        assertEquals(signals, p.getSignals().size());
        assertEquals(SurfaceLabProfileImporter.ID, p.getImporterId());
        assertEquals(64, p.getSha256().length());
        for (SimsSignal s : p.getSignals()) {
            if (s.getKind() == SignalKind.ION) {
                assertTrue(s.getMassToCharge() > 0, s.getLabel());
                assertEquals(polarity, s.getPolarity(), s.getLabel());
            } else {
                assertEquals(0.0, s.getMassToCharge(), s.getLabel());
            }
            if (s.getKind() == SignalKind.SUM) {
                assertTrue(s.getMembers().size() >= 2, s.getLabel());
            }
            if (s.getKind() == SignalKind.ION) {
                assertTrue(s.getMembers().isEmpty(), s.getLabel());
            }
        }
        // README: the negative files' summed signal '^206PbI_3-, ^207PbI_3-PbI_3-' has three members, two isotopes
        p.getSignals().stream().filter(s -> s.getLabel().equals("^206PbI_3-, ^207PbI_3-PbI_3-")).findFirst()
                .ifPresent(s -> {
                    assertEquals(List.of("^206PbI_3-", "^207PbI_3-", "PbI_3-"), s.getMembers());
                    assertEquals("206Pb, 207Pb", s.getIsotope());
                });
        if (polarity == org.interphase.model.Polarity.NEGATIVE && signals == 132) {
            assertTrue(p.getSignals().stream().anyMatch(s -> s.getLabel().equals("^206PbI_3-, ^207PbI_3-PbI_3-")));
        }
        p.getSignals().stream().filter(s -> s.getLabel().equals("^13CH_5N_2+ / ( Pb+ )")).findFirst()
                .ifPresent(s -> assertEquals("13C", s.getIsotope()));

        ProfileData d = DepthProfiles.readData(file);
        assertEquals(rows - 1, d.points());
        assertEquals(lastTime, d.totalSputterTimeS(), 1e-9);
        for (var s : d.signals()) {
            assertEquals(rows - 1, s.intensity().length);
            assertEquals(s.name().kind() == SignalKind.ION, s.massToCharge().isPresent(), s.label());
        }
        assertFalse(d.timeS()[d.points() - 1] >= lastTime, "the last kept point precedes the dropped row");
    }
}
