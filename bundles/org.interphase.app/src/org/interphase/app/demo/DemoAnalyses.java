package org.interphase.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.Technique;
import org.interphase.model.util.Measurements;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.Interfaces;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Rois;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.xps.api.XpsCommands;

/**
 * Runs the techniques' real analyses on the demo files, so the demo study opens with results on its
 * interfaces (nothing here is a hard-coded number): a circuit fit of each impedance spectrum, the
 * interfaces of a ToF-SIMS fragment, and the Otsu phase fractions of the tomography slices.
 */
public final class DemoAnalyses {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private DemoAnalyses() {
    }

    /** Adds the analyses to the demo study whose data live under {@code folder}. */
    public static void addTo(Study study, Path folder) throws IOException, ImportException {
        Cell cell = study.getCells().get(0);
        for (Measurement m : cell.getMeasurements()) {
            Path file = folder.resolve(m.getSourceUri());
            Technique t = Measurements.technique(m);
            switch (t) {
                case EIS -> {
                    if (!file.toString().endsWith(".mpr")) {
                        circuitFit(m, file);
                    }
                }
                case TOF_SIMS -> simsInterfaces(m, file);
                case TOMOGRAPHY -> tomoFractions(m, file);
                case XPS -> {
                    if (file.getFileName().toString().endsWith(".xy")) {
                        xpsFit(m, file);
                    }
                }
            }
        }
    }

    private static void circuitFit(Measurement m, Path file) throws ImportException {
        ImpedanceData data = EisReaders.readFirst(file);
        boolean blocking = file.getFileName().toString().contains("LPSCl");
        String circuit = blocking ? "R0-p(R1,CPE1)-CPE2" : "L0-R0-p(R1,CPE1)-p(R2,CPE2)";
        FitResult fit = CnlsFitter.fit(Circuit.parse(circuit), data, FitOptions.defaults().withWeighting(Weighting.MODULUS));
        AnalysisResult a = result(m, "eis.cnls", circuit + ", modulus weighting, " + fit.starts() + " starts",
                "{\"circuit\":\"" + circuit + "\",\"weighting\":\"modulus\"}");
        a.setSummary(circuit + ": pseudo-chi2 " + String.format(java.util.Locale.ROOT, "%.3g", fit.pseudoChiSquare())
                + (fit.flags().isEmpty() ? "" : ", flags " + fit.flags()));
        for (FittedParameter p : fit.parameters()) {
            QuantityKind q = switch (p.name()) {
                case "R0" -> QuantityKind.BULK_RESISTANCE;
                case "R1" -> blocking ? QuantityKind.GRAIN_BOUNDARY_RESISTANCE : QuantityKind.INTERFACIAL_RESISTANCE;
                case "R2" -> QuantityKind.INTERFACIAL_RESISTANCE;
                default -> QuantityKind.OTHER;
            };
            ResultParameter r = parameter(p.name(), p.value(), p.standardError(), p.unit(), q);
            r.setLower95(p.lower95());
            r.setUpper95(p.upper95());
            a.getParameters().add(r);
        }
    }

    private static void simsInterfaces(Measurement m, Path file) throws ImportException {
        ProfileData d = DepthProfiles.readData(file);
        Optional<SignalData> fragment = d.signal("Cl-");
        if (fragment.isEmpty()) {
            return;
        }
        Series s = Series.counts(d.timeS(), fragment.get().intensity());
        Optional<Edge> rise = Interfaces.edge(s, EdgeDirection.RISING);
        Optional<Edge> fall = Interfaces.edge(s, EdgeDirection.FALLING);
        AnalysisResult a = result(m, "sims.interfaces", "Cl- edges (50 %, 16-84 %), raw counts, no smoothing",
                "{\"signal\":\"Cl-\",\"normalisation\":\"none\",\"smoothing\":false}");
        a.setSummary("Cl- layer between the 50 % points of its rising and falling edges");
        fall.ifPresent(e -> e.width().ifPresent(w -> a.getParameters()
                .add(parameter("Cl- falling width 16-84 %", w, e.widthError(), "s", QuantityKind.INTERFACE_WIDTH))));
        if (rise.isPresent() && fall.isPresent()) {
            double thickness = fall.get().t50() - rise.get().t50();
            double err = Math.hypot(rise.get().t50Error(), fall.get().t50Error());
            a.getParameters().add(parameter("Cl- layer (sputter time)", thickness, err, "s", QuantityKind.INTERPHASE_THICKNESS));
        }
    }

    /** P 2p of the SPECS file fitted with three phosphorus species; their area shares become species fractions. */
    @SuppressWarnings("unchecked")
    private static void xpsFit(Measurement m, Path file) throws IOException, ImportException {
        List<String> species = List.of("Li3P", "LixP", "PS4");
        Map<String, Object> fit = XpsCommands.fit(file, "P 2p", species);
        AnalysisResult a = result(m, "xps.fit", "P 2p: " + String.join(", ", species) + ", Shirley, Poisson weights",
                "{\"region\":\"P 2p\",\"species\":[\"Li3P\",\"LixP\",\"PS4\"],\"background\":\"shirley\"}");
        a.setSummary("P 2p species shares, reduced chi2 " + fit.get("reducedChi2"));
        org.interphase.model.Interface iface = m.getInterface();
        for (Map<String, Object> c : (List<Map<String, Object>>) fit.get("components")) {
            String label = String.valueOf(c.get("name"));
            ResultParameter p = parameter(label + " fraction", number(c.get("areaPercent")), number(c.get("areaPercentError")),
                    "%", QuantityKind.SPECIES_FRACTION);
            if (iface != null) {
                iface.getInterphases().stream().filter(i -> label.equals(i.getSpecies())).findFirst().ifPresent(p::setInterphase);
            }
            a.getParameters().add(p);
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
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
            AnalysisResult a = result(m, "tomo.segmentation", "Void fraction inside the sample outline, threshold "
                    + threshold + ", " + v.sizeZ() + " slices",
                    "{\"roi\":\"sample outline (air threshold otsu " + air + ")\",\"threshold\":\"multi-otsu 3 classes, lowest\","
                            + "\"axis\":\"z\"}");
            a.setSummary("Void/pore fraction inside the sample outline (air excluded), below threshold " + threshold);
            a.getParameters().add(parameter("Void fraction", profile.overallFraction(0), Double.NaN, "",
                    QuantityKind.VOID_FRACTION));
            var series = F.createResultSeries();
            series.setName("void fraction per slice");
            series.setXLabel("slice");
            series.setYLabel("void fraction inside the outline");
            double[] x = new double[profile.slices()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
            series.setX(x);
            series.setY(profile.fractions(0));
            a.getSeries().add(series);
        }
    }

    private static AnalysisResult result(Measurement m, String algorithm, String name, String settings) {
        AnalysisResult a = F.createAnalysisResult();
        a.setName(name);
        a.setAlgorithmId(algorithm);
        a.setAlgorithmVersion("1.0.0");
        a.setSettings(settings);
        a.setCreatedAt(new Date(0));
        if (m.getSha256() != null) {
            a.getInputs().add("sha256:" + m.getSha256());
        }
        a.getInputs().add(m.getSourceUri());
        m.getAnalyses().add(a);
        return a;
    }

    private static ResultParameter parameter(String name, double value, double error, String unit, QuantityKind q) {
        ResultParameter p = F.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setStandardError(error);
        p.setUnit(unit);
        p.setQuantity(q);
        return p;
    }
}
