package org.interphase.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisCommands;
import org.interphase.eis.api.EisResults;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.Weighting;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.model.technique.Techniques;
import org.interphase.model.util.Measurements;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.SimsCommands;
import org.interphase.sims.api.SimsResults;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Rois;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.TomoResults;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.xps.api.XpsCommands;
import org.interphase.xps.api.XpsResults;

/**
 * Runs the techniques' real analyses on the demo files, so the demo study opens with results on its
 * interfaces (nothing here is a hard-coded number): a circuit fit of each impedance spectrum, the
 * interfaces of a ToF-SIMS fragment, a P 2p species fit and the Otsu phase fractions of the tomography
 * slices, and the series fit of the Li-ion stand-in's 130 spectra ({@link DemoSeries}). Every result is made by the technique's result builder ({@code EisResults}, {@code SimsResults},
 * {@code XpsResults}, {@code TomoResults}), so the demo stores what the editors and the batch engine store.
 */
public final class DemoAnalyses {

    /** Creation time of the demo's results (fixed, so the demo study is the same on every installation). */
    private static final long CREATED = 0L;

    private DemoAnalyses() {
    }

    /** Adds the analyses to the demo study whose data live under {@code folder}. */
    public static void addTo(Study study, Path folder) throws IOException, ImportException {
        Cell cell = study.getCells().get(0);
        for (Measurement m : cell.getMeasurements()) {
            Path file = folder.resolve(m.getSourceUri());
            switch (Measurements.technique(m)) {
                case Techniques.EIS -> {
                    if (!file.toString().endsWith(".mpr")) {
                        circuitFit(m, file);
                    }
                }
                case Techniques.TOF_SIMS -> simsInterfaces(m, file);
                case Techniques.TOMOGRAPHY -> tomoFractions(m, file);
                case Techniques.XPS -> {
                    if (file.getFileName().toString().endsWith(".xy")) {
                        xpsFit(m, file);
                    }
                }
                default -> {
                    // a plug-in's technique: no demo analysis
                }
            }
        }
        if (DemoSeries.cell(study).isPresent()) {
            DemoSeries.fit(study, folder, new Date(CREATED));
        }
    }

    /** The circuit fit as {@code eis-fit FILE --circuit C --weighting modulus} makes it (16 data-driven starts). */
    private static void circuitFit(Measurement m, Path file) throws ImportException {
        boolean blocking = file.getFileName().toString().contains("LPSCl");
        String circuit = blocking ? "R0-p(R1,CPE1)-CPE2" : "L0-R0-p(R1,CPE1)-p(R2,CPE2)";
        Map<String, QuantityKind> tags = Map.of("R0", QuantityKind.BULK_RESISTANCE, "R1",
                blocking ? QuantityKind.GRAIN_BOUNDARY_RESISTANCE : QuantityKind.INTERFACIAL_RESISTANCE, "R2",
                QuantityKind.INTERFACIAL_RESISTANCE);
        FitRun run = EisCommands.fitRun(file, circuit, Optional.empty(), Weighting.MODULUS, 16, OptionalInt.empty(), false,
                tags);
        m.getAnalyses().add(EisResults.cnls(run, m, new Date(CREATED)));
    }

    /** The Cl- layer (the electrolyte's fragment): its edges and thickness in sputter time, raw counts. */
    private static void simsInterfaces(Measurement m, Path file) throws ImportException {
        if (DepthProfiles.readData(file).signal("Cl-").isEmpty()) {
            return;
        }
        m.getAnalyses().add(SimsResults.interfaces(m, SimsCommands.scan(file, List.of("Cl-"), "none"), new Date(CREATED)));
    }

    /** P 2p of the SPECS file fitted with three phosphorus species; their area shares become species fractions. */
    private static void xpsFit(Measurement m, Path file) throws IOException, ImportException {
        m.getAnalyses().add(XpsResults.fit(XpsCommands.fitRun(file, "P 2p", List.of("Li3P", "LixP", "PS4")), m, new Date(CREATED)));
    }

    /**
     * Void fraction of the cell, not of the scan: Otsu separates air from the sample, the sample outline (flood fill
     * of the air from the slice border) is the region of interest, and the lowest of three Otsu classes inside it is
     * the void/pore phase.
     */
    private static void tomoFractions(Measurement m, Path folder) throws IOException, ImportException {
        try (Volume v = Volumes.open(folder)) {
            double air = Segmentation.otsuThreshold(v);
            Roi.Mask outline = Rois.sampleOutline(v, air, Progress.NONE);
            double threshold = Segmentation.multiOtsuThresholds(v, 3, outline, Progress.NONE)[0];
            PhaseProfile profile = Segmentation.phaseProfile(v, Axis.Z, outline, Progress.NONE, threshold);
            double[] x = new double[profile.slices()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
            String settings = "{\"roi\":\"sample outline (air threshold otsu " + air + ")\",\"threshold\":"
                    + "\"multi-otsu 3 classes, lowest\",\"thresholds\":[" + threshold + "],\"axis\":\"z\"}";
            m.getAnalyses().add(TomoResults.segmentation(m, new TomoResults.Segmentation("Void fraction inside the "
                    + "sample outline, threshold " + threshold + ", " + v.sizeZ() + " slices", settings,
                    "Void/pore fraction inside the sample outline (air excluded), below threshold " + threshold,
                    profile.overallFraction(0), Optional.empty(), new double[] { threshold }, Optional.empty(), "slice",
                    x, List.of("void"), List.of(profile.fractions(0))), new Date(CREATED)));
        }
    }
}
