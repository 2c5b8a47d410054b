package org.interphase.eis.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.InitialGuess;
import org.interphase.eis.api.ParameterSpec;
import org.interphase.eis.api.SeededCircuit;
import org.interphase.eis.ui.internal.CircuitPanel;
import org.interphase.eis.ui.internal.DerivedQuantities;
import org.interphase.eis.ui.internal.DrtPanel;
import org.interphase.eis.ui.internal.FitCurves;
import org.interphase.eis.ui.internal.FitJob;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.ui.internal.FitSummaryPanel;
import org.interphase.eis.ui.internal.FitTabSettings;
import org.interphase.eis.ui.internal.ImpedanceCharts;
import org.interphase.eis.ui.internal.KkPanel;
import org.interphase.eis.ui.internal.ParameterRow;
import org.interphase.eis.ui.internal.ParameterTable;
import org.interphase.eis.ui.internal.QuantitiesTable;
import org.interphase.eis.ui.internal.ResultRecorder;
import org.interphase.ui.layout.ScrollColumn;
import org.interphase.eis.ui.internal.SeriesPanel;
import org.interphase.eis.ui.internal.SpectrumLoader;
import org.interphase.model.Measurement;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The content of the EIS editor, usable without a workbench: plots of the spectrum (Nyquist with equal
 * scales, Bode, residuals), the circuit with its diagram, start values and fixed parameters, a cancellable
 * fit job, the fit's statistics and warnings, and saving the result into the study through the editing
 * domain (undoable). Further tabs: the Kramers-Kronig test, the DRT, whose peaks can seed the circuit, and
 * the series across cycles.
 */
public final class EisEditorBody extends Composite {

    private static final int CURVE_POINTS = 300;
    private static final double HIGH_FREQUENCY_ZOOM = 20;

    private final Measurement measurement;
    private final EditingDomain domain;
    private final Optional<Path> file;
    private final Label header;
    private final CircuitPanel circuitPanel;
    private final ScrollColumn leftColumn;
    private final FitSummaryPanel summary;
    private final ImpedanceCharts charts;
    private final ParameterTable table;
    private final CTabFolder tabs;
    private final KkPanel kk;
    private final DrtPanel drt;
    private final SeriesPanel series;
    private final QuantitiesTable quantities;
    private final FitTabSettings settings;
    private final Map<String, ParameterRow> remembered = new HashMap<>();
    private ImpedanceData data;
    private FitRun lastRun;
    private FitJob job;

    public EisEditorBody(Composite parent, Measurement measurement, EditingDomain domain, Optional<Path> file) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        this.domain = domain;
        this.file = file;
        setLayout(new GridLayout(1, false));
        header = new Label(this, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tabs = new CTabFolder(this, SWT.TOP | SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm vertical = new SashForm(tabs, SWT.VERTICAL);
        tab("Fit", vertical);
        kk = new KkPanel(tabs);
        tab("Kramers-Kronig", kk);
        drt = new DrtPanel(tabs);
        tab("DRT", drt);
        series = new SeriesPanel(tabs);
        tab("Series", series);
        tabs.setSelection(0);
        drt.onSeed(this::seeded);
        SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
        // a short editor area scrolls the column instead of clipping the fit summary and its Save button
        leftColumn = new ScrollColumn(top);
        Composite left = leftColumn.content();
        circuitPanel = new CircuitPanel(left);
        circuitPanel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        nyquistButtons(left);
        summary = new FitSummaryPanel(left);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        charts = new ImpedanceCharts(top);
        top.setWeights(32, 68);
        SashForm bottom = new SashForm(vertical, SWT.HORIZONTAL);
        table = new ParameterTable(bottom);
        quantities = new QuantitiesTable(bottom);
        bottom.setWeights(76, 24);
        vertical.setWeights(74, 26);
        // a short editor area (1366 x 768 screen) puts the parameter table beside the charts (full height for the
        // plots) and the physical quantities under the table
        org.interphase.ui.layout.ShortAreaSash.install(vertical, SWT.VERTICAL, new int[] { 74, 26 }, new int[] { 62, 38 });
        org.interphase.ui.layout.ShortAreaSash.install(bottom, SWT.HORIZONTAL, new int[] { 76, 24 }, new int[] { 58, 42 });
        settings = new FitTabSettings(circuitPanel, table, EisEditorBody::algorithmVersion);

        circuitPanel.onCircuitChanged(this::circuitChanged);
        circuitPanel.guessButton().addListener(SWT.Selection, e -> guess());
        circuitPanel.fitButton().addListener(SWT.Selection, e -> fit());
        circuitPanel.cancelButton().addListener(SWT.Selection, e -> cancel());
        summary.saveButton().addListener(SWT.Selection, e -> save());
        table.onEdit(this::showQuantities);
        addDisposeListener(e -> cancel());
        load();
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /** A circuit seeded from DRT peaks: into the circuit field with its start values; the user then fits. */
    private void seeded(SeededCircuit s) {
        circuitPanel.circuitText().setText(s.circuit());
        double[] start = s.initial();
        List<ParameterRow> rows = table.rows();
        for (int i = 0; i < rows.size() && i < start.length; i++) {
            rows.get(i).editStart(start[i]);
        }
        table.refresh();
        circuitPanel.setStatus("Seeded from " + s.peaks().size() + " DRT peak(s)");
        tabs.setSelection(0);
    }

    private void nyquistButtons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        // wraps in a narrow column ("Zoom to arcs" was cut at 1366 x 768)
        org.eclipse.swt.layout.RowLayout l = new org.eclipse.swt.layout.RowLayout();
        l.wrap = true;
        l.center = true;
        l.marginTop = 0;
        l.marginBottom = 0;
        row.setLayout(l);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText("Nyquist:");
        Button all = new Button(row, SWT.PUSH);
        all.setText("All points");
        all.addListener(SWT.Selection, e -> charts.showAllNyquist());
        Button hf = new Button(row, SWT.PUSH);
        hf.setText("Zoom to arcs");
        hf.setToolTipText("Zooms to the high-frequency arcs: the points with |Z| up to " + (int) HIGH_FREQUENCY_ZOOM + " \u00D7 the smallest |Z|");
        hf.addListener(SWT.Selection, e -> charts.zoomNyquistToHighFrequency(HIGH_FREQUENCY_ZOOM));
    }

    private void load() {
        if (file.isEmpty()) {
            fail("The data file of this measurement cannot be located (source: " + measurement.getSourceUri()
                    + "). Fitting needs the file.", null);
            return;
        }
        try {
            SpectrumLoader.Loaded loaded = SpectrumLoader.load(file.get(), measurement.getSourceEntry(),
                    measurement.getImporterId());
            data = loaded.data();
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%s \u2014 %d points, %s Hz to %s Hz (%s, %s)",
                    measurement.getName(), data.size(), num(data.minFrequency()), num(data.maxFrequency()),
                    loaded.file().format(), file.get().getFileName()));
            loaded.note().ifPresent(n -> h.append("\nNote: ").append(n));
            header.setText(h.toString());
            charts.setData(FitCurves.of(data));
            kk.setData(data);
            drt.setData(data);
            offerSeries(loaded);
            lastSavedCircuit().ifPresent(c -> circuitPanel.circuitText().setText(c));
        } catch (ImportException e) {
            fail("Cannot read the spectrum: " + e.getMessage(), e);
        }
        layout(true, true);
    }

    /** The circuit of the newest CNLS fit saved for this measurement, to continue where the analyst stopped. */
    private Optional<String> lastSavedCircuit() {
        for (int i = measurement.getAnalyses().size() - 1; i >= 0; i--) {
            org.interphase.model.AnalysisResult a = measurement.getAnalyses().get(i);
            if (org.interphase.eis.ui.internal.ResultRecorder.ALGORITHM_ID.equals(a.getAlgorithmId()) && a.getSettings() != null) {
                try {
                    com.google.gson.JsonElement c = com.google.gson.JsonParser.parseString(a.getSettings()).getAsJsonObject()
                            .get("circuit");
                    if (c != null && c.isJsonPrimitive()) {
                        return Optional.of(c.getAsString());
                    }
                } catch (RuntimeException e) {
                    log("settings of " + a.getName() + " are not JSON; no circuit restored", e);
                }
            }
        }
        return Optional.empty();
    }

    /** The Series tab gets the loops of this file and the cell's other impedance spectra. */
    private void offerSeries(SpectrumLoader.Loaded loaded) {
        series.offer(measurement, file.get(), loaded.file(), settings, domain).forEach(p -> log("series: " + p, null));
    }

    /** Shows the Series tab with the spectra of {@code measurements} checked (every loop of their files). */
    public void showSeries(List<Measurement> measurements) {
        series.checkOnly(measurements);
        for (org.eclipse.swt.custom.CTabItem item : tabs.getItems()) {
            if (item.getControl() == series) {
                tabs.setSelection(item);
            }
        }
    }

    private static String num(double v) {
        return org.interphase.eis.ui.internal.Formats.number(v);
    }

    private void fail(String message, Throwable cause) {
        header.setText(message);
        header.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        circuitPanel.fitButton().setEnabled(false);
        log(message, cause);
    }

    private static void log(String message, Throwable cause) {
        try {
            ILog.of(EisEditorBody.class).error(message, cause);
        } catch (RuntimeException | LinkageError e) {
            // no running platform log (plain JUnit): the message is shown in the editor already
        }
    }

    private void circuitChanged() {
        lastRun = null;
        summary.show(null);
        leftColumn.relayout();
        showQuantities();
        charts.clearFit();
        Optional<Circuit> c = circuitPanel.circuit();
        if (c.isEmpty() || data == null) {
            table.setRows(List.of());
            circuitPanel.fitButton().setEnabled(false);
            return;
        }
        double[] guess = guesses(c.get());
        List<ParameterRow> rows = new ArrayList<>();
        List<ParameterSpec> specs = c.get().parameters();
        for (int i = 0; i < specs.size(); i++) {
            ParameterRow row = new ParameterRow(specs.get(i).name(), specs.get(i).unit(), guess[i]);
            ParameterRow old = remembered.get(row.name());
            if (old != null) {
                if (old.startEdited()) {
                    row.editStart(old.start());
                }
                row.setFixed(old.fixed());
                row.setQuantity(old.quantity());
            }
            remembered.put(row.name(), row);
            rows.add(row);
        }
        table.setRows(rows);
    }

    private double[] guesses(Circuit c) {
        try {
            return InitialGuess.of(c, data);
        } catch (RuntimeException e) {
            circuitPanel.setStatus("No data-driven guess (" + e.getMessage() + "); typical values used");
            log("initial guess failed for " + c, e);
            return c.typicalValues();
        }
    }

    private void guess() {
        circuitPanel.circuit().ifPresent(c -> {
            double[] g = guesses(c);
            List<ParameterRow> rows = table.rows();
            for (int i = 0; i < rows.size() && i < g.length; i++) {
                rows.get(i).guessStart(g[i]);
            }
            table.refresh();
            circuitPanel.setStatus("Start values guessed from the data");
        });
    }

    private void fit() {
        Optional<Circuit> c = circuitPanel.circuit();
        if (c.isEmpty() || data == null || job != null) {
            return;
        }
        double[] initial = settings.initial();
        FitOptions o = settings.options();
        Circuit circuit = c.get();
        ImpedanceData d = data;
        FitJob j = new FitJob(circuit, d, initial, o,
                r -> asyncUi(() -> fitDone(new FitRun(circuit, d, initial, o, r, Map.of()))),
                t -> asyncUi(() -> fitFailed(circuit, t)));
        j.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                asyncUi(() -> {
                    job = null;
                    circuitPanel.setRunning(false);
                    if (event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL) {
                        circuitPanel.setStatus("Fit cancelled; no result");
                    }
                });
            }
        });
        job = j;
        circuitPanel.setRunning(true);
        circuitPanel.setStatus("Fitting\u2026");
        summary.show(null);
        leftColumn.relayout();
        j.schedule();
    }

    private void asyncUi(Runnable r) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void fitDone(FitRun run) {
        if (circuitPanel.circuit().map(c -> !c.text().equals(run.circuit().text())).orElse(true)) {
            return; // the circuit changed meanwhile
        }
        lastRun = run;
        table.setResults(run.result().parameters());
        double[] p = run.result().values();
        charts.setFit(FitCurves.model(run.circuit(), p, data, CURVE_POINTS),
                FitCurves.residuals(run.circuit(), p, data));
        summary.show(run.result());
        leftColumn.relayout();
        showQuantities();
        circuitPanel.setStatus(String.format(Locale.ROOT, "Fitted in %.0f ms", run.result().wallTimeNanos() / 1e6));
    }

    /** Brug capacitance, relaxation frequencies and (with geometry and a bulk tag) conductivity of the last fit. */
    private void showQuantities() {
        if (lastRun == null) {
            quantities.show(List.of(), "No fit yet.");
            return;
        }
        FitRun run = lastRun.withQuantities(settings.quantities());
        try {
            quantities.show(DerivedQuantities.of(run, measurement), DerivedQuantities.note(run, measurement));
        } catch (RuntimeException e) {
            quantities.show(List.of(), "No physical quantities: " + e.getMessage());
        }
    }

    private void fitFailed(Circuit c, Throwable t) {
        String msg = "The fit of " + c.text() + " failed: " + t.getMessage();
        circuitPanel.setStatus("Fit failed");
        summary.setSaveStatus(msg);
        leftColumn.relayout();
        log(msg, t);
    }

    private void cancel() {
        FitJob j = job;
        if (j != null) {
            j.cancel();
        }
    }

    private void save() {
        if (lastRun != null && file.isPresent()) {
            summary.setSaveStatus(ResultRecorder.save(domain, measurement, lastRun.withQuantities(settings.quantities())));
            leftColumn.relayout();
        }
    }

    private static String algorithmVersion() {
        Bundle b = FrameworkUtil.getBundle(CnlsFitter.class);
        return b == null ? "unknown" : b.getSymbolicName() + " " + b.getVersion();
    }

    /** The spectrum shown, when it could be read. */
    public Optional<ImpedanceData> data() {
        return Optional.ofNullable(data);
    }

    /** The last finished fit of the current circuit. */
    public Optional<FitRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** Whether a fit job is running. */
    public boolean fitting() {
        return job != null;
    }

    public Label header() {
        return header;
    }

    /** The scrolled left column of the Fit tab (circuit, Nyquist buttons, fit summary). */
    public ScrolledComposite leftColumn() {
        return leftColumn.scroll();
    }

    public CircuitPanel circuitPanel() {
        return circuitPanel;
    }

    public FitSummaryPanel summary() {
        return summary;
    }

    public ImpedanceCharts charts() {
        return charts;
    }

    public ParameterTable table() {
        return table;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public KkPanel kkPanel() {
        return kk;
    }

    public DrtPanel drtPanel() {
        return drt;
    }

    public QuantitiesTable quantitiesTable() {
        return quantities;
    }

    public SeriesPanel seriesPanel() {
        return series;
    }
}
