package org.interphase.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.MeasurementImport;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.EisResults;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesFitter;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;
import org.interphase.eis.api.Weighting;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CellConfiguration;
import org.interphase.model.ChargeState;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;

/**
 * The demo's trend over cycles: the AutoEIS battery dataset (130 impedance spectra of one Li-ion cell during
 * cycling, at discharged state) in a cell of its own, honestly labelled as a stand-in, since the solid-state
 * demo cell has no public multi-cycle series. The file is imported like a user's file ({@link MeasurementImport}):
 * the {@code .npy} importer reads 130 spectra, each linked to the cell's one interface and to its own cycle state
 * (cycle k+1 for spectrum k; the import command creates the 130 states in cycle order). The spectra are fitted as
 * one series, as the EIS editor's Series tab and {@code eis-series} fit them (warm starts, interchangeable
 * {@code p(R,CPE)} blocks labelled by relaxation time), and every fit is stored by {@link EisResults#cnls}.
 */
public final class DemoSeries {

    /** The file under the demo's {@code data} folder. */
    public static final String FILE = "eis/autoeis_battery_data.npy";
    /** Name of the stand-in cell. */
    public static final String CELL = "Li-ion cell stand-in (AutoEIS battery dataset)";
    /** Name of its one interface. */
    public static final String INTERFACE = "Electrode | electrolyte (lumped)";
    /** The circuit of the series (the data README's impedance.py baseline). */
    public static final String CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3";
    /** Start values of the first spectrum, circuit order (the data README's impedance.py guess). */
    private static final double[] GUESS = {0.15, 0.5, 1e-3, 0.8, 1, 1e-2, 0.8, 10, 0.7};

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private DemoSeries() {
    }

    /** Adds the stand-in cell with its 130 imported spectra, linked to its interface and cycle states. */
    public static Cell addCell(Study study, Path data) throws IOException {
        Cell cell = F.createCell();
        cell.setName(CELL);
        cell.setConfiguration(CellConfiguration.FULL_CELL);
        cell.setNotes("Li-ion cell stand-in (AutoEIS battery dataset), not a solid-state cell. 130 impedance spectra "
                + "of one battery cell during cycling, at discharged state (AUTODIAL/AutoEIS, MIT; no further "
                + "provenance is given). It is here because no public solid-state series of this length exists: it "
                + "shows how the Interface Timeline follows a resistance over cycles. The spectra cannot tell which "
                + "electrode an arc belongs to, so the fitted resistances sit on one lumped interface.");
        Layer negative = layer("Negative electrode (chemistry not given)", LayerRole.ANODE);
        Layer electrolyte = layer("Separator with electrolyte (not given)", LayerRole.INTERLAYER);
        Layer positive = layer("Positive electrode (chemistry not given)", LayerRole.CATHODE_COMPOSITE);
        cell.getLayers().addAll(List.of(negative, electrolyte, positive));
        Interface iface = F.createInterface();
        iface.setName(INTERFACE);
        iface.setLower(negative);
        iface.setUpper(electrolyte);
        iface.setNotes("Both electrodes' interfacial arcs, lumped (a two-electrode Li-ion cell).");
        cell.getInterfaces().add(iface);
        study.getCells().add(cell);

        Path file = data.resolve(FILE);
        List<MeasurementImport.FileResult> read = MeasurementImport.read(
                List.of(new MeasurementImport.Request(file, null, INTERFACE, null)), MeasurementImport.Storage.LINK,
                null, MeasurementImport.Progress.NONE);
        MeasurementImport.FileResult r = read.get(0);
        if (!r.ok()) {
            throw new IOException("demo file " + FILE + ": " + r.error());
        }
        // One request per spectrum, so each spectrum gets its own cycle state in the same import command.
        List<MeasurementImport.Request> requests = new ArrayList<>();
        List<MeasurementImport.FileResult> results = new ArrayList<>();
        for (int k = 0; k < r.measurements().size(); k++) {
            Measurement m = r.measurements().get(k);
            m.setSourceUri(DemoStudy.DATA + "/" + FILE);
            m.setName("AutoEIS cycle " + (k + 1));
            requests.add(new MeasurementImport.Request(file, r.importer(), INTERFACE, k + 1));
            results.add(new MeasurementImport.FileResult(r.file(), r.storedAt(), r.importer(), List.of(m), null));
        }
        MeasurementImport.command(cell, requests, results).execute();
        for (CycleState c : cell.getCycleStates()) {
            c.setChargeState(ChargeState.DISCHARGED);
        }
        return cell;
    }

    /** The stand-in cell of the demo study, if it has one. */
    public static Optional<Cell> cell(Study study) {
        return study.getCells().stream().filter(c -> CELL.equals(c.getName())).findFirst();
    }

    /**
     * Fits the series of the stand-in cell and adds one {@link EisResults#cnls} result per spectrum to its
     * measurement; returns the series result (for timings and tests).
     */
    public static SeriesResult fit(Study study, Path folder, Date created) throws ImportException {
        Cell cell = cell(study).orElseThrow(() -> new IllegalStateException("the demo has no " + CELL));
        List<ImpedanceData> spectra = EisReaders.readData(folder.resolve(DemoStudy.DATA).resolve(FILE), Optional.empty())
                .spectra();
        Circuit circuit = Circuit.parse(CIRCUIT);
        FitOptions options = FitOptions.local(Weighting.MODULUS);
        SeriesResult series = SeriesFitter.fit(circuit, spectra, GUESS, SeriesOptions.of(options), FitMonitor.NONE);
        Map<String, QuantityKind> tags = EisResults.defaultQuantities(circuit);
        String inputs = "series:" + String.join(";", series.labels());
        for (int i = 0; i < series.fits().size(); i++) {
            String label = series.labels().get(i);
            Measurement m = cell.getMeasurements().stream().filter(x -> label.equals(x.getSourceEntry())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no measurement for " + label));
            ImpedanceData d = spectra.stream().filter(x -> label.equals(x.label())).findFirst().orElseThrow();
            FitResult fit = series.fits().get(i);
            double[] x0 = fit.parameters().stream().mapToDouble(FittedParameter::initial).toArray();
            AnalysisResult result = EisResults.cnls(new FitRun(circuit, d, x0, options, fit, tags), m, created);
            result.setName("Series fit " + circuit.text() + " (" + (i + 1) + " of " + series.fits().size() + ")");
            result.getInputs().add(inputs);
            m.getAnalyses().add(result);
        }
        return series;
    }

    private static Layer layer(String name, LayerRole role) {
        Layer l = F.createLayer();
        l.setName(name);
        l.setRole(role);
        l.setNotes("Not documented by the dataset.");
        return l;
    }
}
