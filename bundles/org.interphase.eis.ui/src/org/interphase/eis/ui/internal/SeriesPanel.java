package org.interphase.eis.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;
import org.interphase.model.QuantityKind;

/**
 * The Series tab: pick spectra of the cell (loops of the file, other impedance measurements), fit the
 * Fit tab's circuit to all of them with warm starts and optionally shared parameters as a cancellable
 * job, look at each parameter against the cycle with error bars and at the table, export the table as
 * CSV, and save one result per spectrum into the study (one undoable command).
 */
public final class SeriesPanel extends Composite {

    /** What the panel takes from the Fit tab. */
    public interface Source {
        Optional<Circuit> circuit();

        double[] initial();

        FitOptions options();

        Map<String, QuantityKind> quantities();

        String version();
    }

    private final Table spectra;
    private final Text shared;
    private final Button warm;
    private final Button fit;
    private final Button cancel;
    private final Button export;
    private final Button save;
    private final Label status;
    private final Combo parameter;
    private final SeriesTrendChart trend;
    private final Table results;
    private Source source;
    private EditingDomain domain;
    private List<SeriesSpectra.Entry> entries = List.of();
    private List<String> hashes = List.of();
    private SeriesResult result;
    private Circuit fitted;
    private SeriesJob job;

    /**
     * Parameter choice, trend chart and result table stacked when {@code right} is tall; when short the chart takes
     * the left cell at full height, the parameter choice and the table the right one.
     */
    private void arrange(Composite right, GridData rd) {
        int h = right.getClientArea().height;
        boolean side = h > 0 && h < org.interphase.ui.layout.ShortAreaSash.SHORT;
        GridLayout l = (GridLayout) right.getLayout();
        if (h <= 0 || (l.numColumns == 3) == side) {
            return;
        }
        l.numColumns = side ? 3 : 2;
        GridData cd = (GridData) trend.chart().getLayoutData();
        cd.horizontalSpan = side ? 1 : 2;
        cd.verticalSpan = side ? 2 : 1;
        rd.grabExcessVerticalSpace = side;
        rd.heightHint = side ? SWT.DEFAULT : 150;
        rd.widthHint = side ? Math.max(200, right.getClientArea().width * 2 / 5) : SWT.DEFAULT;
        // row-major: short, the chart comes first (two rows high), then "Parameter:", the combo and the table
        if (side) {
            trend.chart().moveAbove(right.getChildren()[0]);
        } else {
            trend.chart().moveBelow(parameter);
        }
        results.moveBelow(side ? parameter : trend.chart());
        right.layout(true, true);
    }

    public SeriesPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(4, false));
        label(left, "Spectra of this cell (checked ones are fitted, in cycle order):", 4);
        spectra = new Table(left, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        spectra.setHeaderVisible(true);
        spectra.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (String h : new String[] {"Spectrum", "Cycle", "Points", "Measurement"}) {
            new TableColumn(spectra, SWT.LEFT).setText(h);
        }
        label(left, "Shared parameters:", 1);
        shared = new Text(left, SWT.BORDER);
        GridData shd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        shd.widthHint = 120; // the field fills the row; its long hint alone made it wider than the column (cut)
        shared.setLayoutData(shd);
        shared.setMessage("e.g. R0, CPE1_1 (one value for the whole series)");
        warm = new Button(left, SWT.CHECK);
        warm.setText("Start each spectrum from the previous result");
        warm.setSelection(true);
        warm.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
        // the buttons wrap onto a second row in a narrow column instead of being cut at its edge
        Composite buttons = new Composite(left, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        org.eclipse.swt.layout.RowLayout rl = new org.eclipse.swt.layout.RowLayout();
        rl.marginLeft = 0;
        rl.marginRight = 0;
        rl.marginTop = 0;
        rl.marginBottom = 0;
        rl.wrap = true;
        rl.center = true;
        buttons.setLayout(rl);
        fit = button(buttons, "Fit series");
        cancel = button(buttons, "Cancel");
        export = button(buttons, "Export CSV\u2026");
        save = button(buttons, "Save to study");
        status = new Label(left, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        sd.widthHint = 300;
        sd.heightHint = 3 * status.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 4;
        status.setLayoutData(sd);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        label(right, "Parameter:", 1);
        parameter = new Combo(right, SWT.READ_ONLY);
        GridData pd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        pd.widthHint = 140;
        parameter.setLayoutData(pd);
        trend = new SeriesTrendChart(right);
        trend.chart().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        results = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        results.setHeaderVisible(true);
        GridData rd = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        rd.heightHint = 150;
        results.setLayoutData(rd);
        sash.setWeights(35, 65);
        // a short editor area (1366 x 768 screen): the result table beside the trend chart, which keeps the height
        right.addListener(SWT.Resize, e -> arrange(right, rd));
        fit.addListener(SWT.Selection, e -> fit());
        cancel.addListener(SWT.Selection, e -> cancelFit());
        export.addListener(SWT.Selection, e -> exportDialog());
        save.addListener(SWT.Selection, e -> save());
        parameter.addListener(SWT.Selection, e -> showTrend());
        setRunning(false);
        addDisposeListener(e -> cancelFit());
    }

    private static void label(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    /**
     * Offers the loops of {@code file} and the other impedance spectra of {@code m}'s cell; returns the
     * problems met (unreadable files), for the log.
     */
    public List<String> offer(org.interphase.model.Measurement m, Path file, org.interphase.eis.api.EisFile content,
            Source from, EditingDomain d) {
        List<String> problems = new ArrayList<>();
        List<SeriesSpectra.Entry> list = SeriesSpectra.of(m, file, content, problems);
        List<String> fileHashes = new ArrayList<>();
        for (SeriesSpectra.Entry e : list) {
            try {
                fileHashes.add(org.interphase.core.api.Hashes.sha256(e.file()));
            } catch (IOException ex) {
                problems.add(e.file() + ": " + ex.getMessage());
                fileHashes.add("unreadable");
            }
        }
        setSpectra(list, fileHashes, from, d);
        return problems;
    }

    /** The spectra to offer (all checked), their files' hashes, and where circuit and options come from. */
    public void setSpectra(List<SeriesSpectra.Entry> list, List<String> fileHashes, Source from, EditingDomain d) {
        entries = List.copyOf(list);
        hashes = List.copyOf(fileHashes);
        source = from;
        domain = d;
        spectra.removeAll();
        for (SeriesSpectra.Entry e : entries) {
            TableItem it = new TableItem(spectra, SWT.NONE);
            it.setText(new String[] {e.data().label(), Integer.toString(e.data().cycle().orElse(0)),
                Integer.toString(e.data().size()), e.measurement().getName()});
            it.setChecked(true);
        }
        Arrays.stream(spectra.getColumns()).forEach(TableColumn::pack);
        status.setText(entries.size() + " spectra available");
        setRunning(false);
    }

    /** Checks exactly the offered spectra that belong to {@code measurements}; returns how many are checked. */
    public int checkOnly(java.util.Collection<? extends org.interphase.model.Measurement> measurements) {
        int checked = 0;
        for (int i = 0; i < entries.size(); i++) {
            boolean on = measurements.contains(entries.get(i).measurement());
            spectra.getItem(i).setChecked(on);
            checked += on ? 1 : 0;
        }
        status.setText(checked + " of " + entries.size() + " spectra checked");
        return checked;
    }

    private void fit() {
        Optional<Circuit> c = source == null ? Optional.empty() : source.circuit();
        List<ImpedanceData> chosen = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (spectra.getItem(i).getChecked()) {
                chosen.add(entries.get(i).data());
            }
        }
        if (c.isEmpty() || chosen.isEmpty()) {
            status.setText(c.isEmpty() ? "Enter a valid circuit on the Fit tab first" : "Check at least one spectrum");
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String s : shared.getText().split("[,;\\s]+")) {
            if (!s.isBlank()) {
                names.add(s.strip());
            }
        }
        for (String n : names) {
            if (c.get().indexOf(n) < 0) {
                status.setText("No parameter " + n + " in " + c.get().text() + "; its parameters are "
                        + c.get().parameterNames());
                return;
            }
        }
        SeriesOptions o = new SeriesOptions(source.options(), warm.getSelection(), 1, names,
                names.isEmpty() ? Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())) : 1);
        Circuit circuit = c.get();
        status.setText("Fitting " + chosen.size() + " spectra\u2026");
        job = new SeriesJob(circuit, chosen, source.initial(), o, r -> ui(() -> done(circuit, r)),
                t -> ui(() -> failed(t)));
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                ui(() -> {
                    job = null;
                    setRunning(false);
                    if (event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL && result == null) {
                        status.setText("Series cancelled before the first spectrum was fitted");
                    }
                });
            }
        });
        setRunning(true);
        job.schedule();
    }

    private void ui(Runnable r) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void done(Circuit circuit, SeriesResult r) {
        result = r;
        fitted = circuit;
        String current = parameter.getText();
        parameter.setItems(circuit.parameterNames().toArray(String[]::new));
        int keep = circuit.parameterNames().indexOf(current);
        parameter.select(keep >= 0 ? keep : 0);
        showTrend();
        fillTable(r);
        long warnings = r.fits().stream().filter(f -> !f.warnings().isEmpty()).count();
        status.setText(String.format(Locale.ROOT, "%s%d spectra fitted in %.0f ms%s%s", r.cancelled() ? "Cancelled: " : "",
                r.fits().size(), r.wallTimeNanos() / 1e6, r.shared().isEmpty() ? "" : ", joint fit of "
                        + String.join(", ", r.shared().stream().map(FittedParameter::name).toList()),
                warnings == 0 ? "" : "; " + warnings + " with warnings (see Flags)"));
        setRunning(false);
    }

    private void failed(Throwable t) {
        status.setText("The series fit failed: " + t.getMessage());
        EisLog.error("series fit failed", t);
    }

    private void fillTable(SeriesResult r) {
        results.setRedraw(false);
        results.removeAll();
        for (TableColumn col : results.getColumns()) {
            col.dispose();
        }
        List<String> names = fitted.parameterNames();
        // Flags beside Cycle, where the status line's "see Flags" finds them without scrolling sideways
        List<String> head = new ArrayList<>(List.of("Spectrum", "Cycle", "Flags"));
        names.forEach(n -> head.add(n + " \u00B1 \u03C3"));
        head.add("pseudo-\u03C7\u00B2");
        head.forEach(h -> new TableColumn(results, SWT.LEFT).setText(h));
        for (int i = 0; i < r.fits().size(); i++) {
            FitResult f = r.fits().get(i);
            List<String> row = new ArrayList<>(List.of(r.labels().get(i), Integer.toString(r.cycles().get(i)),
                    Formats.flags(f.flags())));
            for (String n : names) {
                FittedParameter p = r.sharedParameter(n).orElseGet(() -> f.parameter(n).orElseThrow());
                row.add(Formats.number(p.value()) + " \u00B1 " + Formats.number(p.standardError()));
            }
            row.add(Formats.number(f.pseudoChiSquare()));
            new TableItem(results, SWT.NONE).setText(row.toArray(String[]::new));
        }
        Arrays.stream(results.getColumns()).forEach(TableColumn::pack);
        results.setRedraw(true);
    }

    private void showTrend() {
        if (result != null && !result.fits().isEmpty() && parameter.getSelectionIndex() >= 0) {
            trend.show(result, parameter.getText());
        }
    }

    private void cancelFit() {
        SeriesJob j = job;
        if (j != null) {
            j.cancel();
        }
    }

    private void exportDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.csv"});
        d.setFileName("eis-series.csv");
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) {
            exportCsv(Path.of(f));
        }
    }

    /** Writes the result table as CSV (UTF-8) to {@code file}; reports the outcome in the status line. */
    public void exportCsv(Path file) {
        if (result == null) {
            return;
        }
        try {
            Files.writeString(file, result.toCsv(), StandardCharsets.UTF_8);
            status.setText("Table written to " + file);
        } catch (IOException e) {
            status.setText("Cannot write " + file + ": " + e.getMessage());
            EisLog.error("cannot write " + file, e);
        }
    }

    private void save() {
        if (result == null || domain == null) {
            return;
        }
        Command cmd = SeriesRecorder.command(domain, fitted, result, entries, source.options(),
                source.quantities());
        if (!cmd.canExecute()) {
            status.setText("Not saved: the study does not accept the results (read-only?)");
            return;
        }
        domain.getCommandStack().execute(cmd);
        status.setText("Saved " + result.fits().size() + " results, one per spectrum, each linked to its measurement's"
                + " interface and cycle state. Undo in the Cell editor (Ctrl+Z).");
        save.setEnabled(false);
    }

    private void setRunning(boolean running) {
        if (isDisposed()) {
            return;
        }
        fit.setEnabled(!running && !entries.isEmpty());
        cancel.setEnabled(running);
        export.setEnabled(!running && result != null);
        save.setEnabled(!running && result != null && domain != null);
    }

    /** The last series result. */
    public Optional<SeriesResult> result() {
        return Optional.ofNullable(result);
    }

    /** Whether a series job is running. */
    public boolean running() {
        return job != null;
    }

    public Table spectraTable() {
        return spectra;
    }

    public Text sharedText() {
        return shared;
    }

    public Button fitButton() {
        return fit;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Button saveButton() {
        return save;
    }

    public Label status() {
        return status;
    }

    public Combo parameterCombo() {
        return parameter;
    }

    public SeriesTrendChart trendChart() {
        return trend;
    }

    public Table resultTable() {
        return results;
    }
}
