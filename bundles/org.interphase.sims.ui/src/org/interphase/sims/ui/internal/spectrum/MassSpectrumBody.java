package org.interphase.sims.ui.internal.spectrum;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.interphase.core.api.ImportException;
import org.interphase.model.MassSpectrum;
import org.interphase.sims.api.MassSpectra;
import org.interphase.sims.api.MassSpectrumData;

/**
 * The mass-spectrum editor's content: intensity versus m/z, the peak list, calibration from assigned peaks and
 * CSV export. Works without a workbench.
 */
public final class MassSpectrumBody extends Composite {

    /** Default peak threshold as a fraction of the largest bin. */
    public static final double THRESHOLD_FRACTION = 0.005;

    private final Label message;
    private final MassSpectrum measurement;
    private MassSpectrumData data;
    private SpectrumChart chart;
    private PeakPanel peaks;
    private Button log;

    public MassSpectrumBody(Composite parent, MassSpectrum measurement, Optional<Path> file) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        setLayout(new GridLayout(1, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (file.isEmpty()) {
            error("The data file of '" + measurement.getName() + "' cannot be located", null);
            return;
        }
        try {
            data = MassSpectra.readData(file.get());
        } catch (ImportException e) {
            error("Cannot read the mass spectrum: " + e.getMessage(), e);
            return;
        }
        log = new Button(this, SWT.CHECK);
        log.setText("Log intensity");
        log.setSelection(true);
        SashForm down = new SashForm(this, SWT.VERTICAL);
        down.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new SpectrumChart(down);
        peaks = new PeakPanel(down);
        down.setWeights(58, 42);
        // a short editor area (1366 x 768 screen) puts the peak table beside the spectrum
        org.interphase.ui.layout.ShortAreaSash.install(down, SWT.VERTICAL, new int[] { 58, 42 }, new int[] { 58, 42 });
        log.addListener(SWT.Selection, e -> plot());
        peaks.addChangeListener(() -> {
            findPeaks(peaks.threshold());
            plot();
        });
        peaks.exportButton().addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] { "*.csv" });
            d.setFileName(measurement.getName() + "-peaks.csv");
            String target = d.open();
            if (target != null) {
                export(Path.of(target));
            }
        });
        double max = 0;
        for (double v : data.intensity()) {
            max = Math.max(max, v);
        }
        findPeaks(THRESHOLD_FRACTION * max);
        plot();
        message.setText(data.size() + " bins" + data.binning().map(b -> ", binning " + b + " channels").orElse("")
                + data.deadtimeCorrection().map(d -> d ? ", dead-time corrected" : ", no dead-time correction")
                        .orElse(""));
    }

    private void findPeaks(double threshold) {
        if (peaks.calibration().isPresent() && threshold == peaks.threshold()) {
            return; // a new calibration only replots
        }
        peaks.setPeaks(MassSpectra.peaks(data, threshold), threshold);
    }

    /** Replots with the calibration when there is one, else with the file's m/z. */
    private void plot() {
        double[] mz = peaks.calibration().map(c -> c.masses(data.channel())).orElse(data.massToCharge());
        chart.show(measurement.getName() + (peaks.calibration().isPresent() ? " \u2014 recalibrated" : ""), mz,
                data.intensity(), log.getSelection());
    }

    /** Writes the peak list (with calibration and assignments) as CSV. */
    public void export(Path target) {
        try {
            PeakExport.write(target, peaks.peaks(), peaks.calibration(), peaks.assignments());
            message.setText("Peak list written to " + target);
            message.setForeground(null);
        } catch (IOException e) {
            error("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private void error(String text, Exception e) {
        message.setText(text);
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        if (e != null) {
            ILog.of(MassSpectrumBody.class).error(text, e);
        }
    }

    /** The chart. */
    public SpectrumChart chart() {
        return chart;
    }

    /** The peak panel. */
    public PeakPanel peaks() {
        return peaks;
    }

    /** The message line. */
    public Label message() {
        return message;
    }

    /** The data, empty when unreadable. */
    public Optional<MassSpectrumData> data() {
        return Optional.ofNullable(data);
    }

    /** Log intensity check box. */
    public List<Button> toggles() {
        return List.of(log);
    }
}
