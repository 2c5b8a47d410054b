package org.interphase.xps.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.SeriesFitter;
import org.interphase.xps.api.Species;
import org.interphase.xps.api.SpeciesLibrary;
import org.interphase.xps.api.SpeciesModels;
import org.interphase.xps.api.SpectrumComparison;
import org.interphase.xps.ui.internal.ComparisonChart;
import org.interphase.xps.ui.internal.ComparisonControls;
import org.interphase.xps.ui.internal.FitJobs;
import org.interphase.xps.ui.internal.SeriesCandidates;
import org.interphase.xps.ui.internal.SeriesCandidates.Candidate;
import org.interphase.xps.ui.internal.SeriesFitPanel;
import org.interphase.xps.ui.internal.SeriesRecord;
import org.interphase.xps.ui.internal.TrendChart;
import org.interphase.ui.layout.ScrollColumn;

/**
 * Comparison across cycles, usable without a workbench: the regions of one core level from every XPS
 * spectrum of the cell (ticked ones are compared), drawn overlaid, stacked or as differences on a common
 * binding-energy grid with a chosen normalisation; one model fitted jointly to the ticked series (shared
 * positions/FWHMs, per-spectrum areas) in a job; species fractions against cycle number with error bars;
 * results saved to every spectrum of the series by one undoable command.
 */
public final class XpsComparisonBody extends Composite {

    private final XpsSpectrum opened;
    private final EditingDomain domain;
    private final Label message;
    private final Combo coreLevel;
    private final Table members;
    private final ComparisonControls controls;
    private final SeriesFitPanel fitPanel;
    private final ComparisonChart spectra;
    private final TrendChart trend;
    private SpeciesLibrary library;
    private SeriesCandidates.Loaded loaded = new SeriesCandidates.Loaded(List.of(), List.of());
    private List<Candidate> shown = List.of();
    private Optional<Job> running = Optional.empty();
    private Optional<Fitted> last = Optional.empty();
    private int completed;

    /** A finished series fit with what it was fitted from. */
    private record Fitted(String coreLevel, List<Candidate> members, List<Species> species, SeriesFitter.Result result) {
    }

    public XpsComparisonBody(Composite parent, XpsSpectrum opened, EditingDomain domain) {
        super(parent, SWT.NONE);
        this.opened = opened;
        this.domain = domain;
        setLayout(new GridLayout(1, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm main = new SashForm(this, SWT.HORIZONTAL);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = ScrollColumn.create(main, 2);
        new Label(left, SWT.NONE).setText("Core level:");
        coreLevel = new Combo(left, SWT.READ_ONLY);
        coreLevel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        coreLevel.addListener(SWT.Selection, e -> showCoreLevel());
        members = new Table(left, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        members.setHeaderVisible(true);
        members.setLinesVisible(true);
        for (String[] c : new String[][] { { "Spectrum", "150" }, { "Region", "70" }, { "Cycle", "80" } }) {
            TableColumn col = new TableColumn(members, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        GridData mg = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        mg.heightHint = 110;
        members.setLayoutData(mg);
        members.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                refresh();
            }
        });
        controls = new ComparisonControls(left, this::refresh);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        fitPanel = new SeriesFitPanel(left, this::startFit, () -> running.ifPresent(Job::cancel), this::save);
        fitPanel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        SashForm right = new SashForm(main, SWT.VERTICAL);
        spectra = new ComparisonChart(right);
        trend = new TrendChart(right);
        right.setWeights(55, 45);
        // side by side in a wide, short editor area (the product's 1170 x 490), stacked in a tall one
        right.addListener(SWT.Resize, e -> {
            org.eclipse.swt.graphics.Point size = right.getSize();
            int o = size.y < 0.75 * size.x ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (right.getOrientation() != o) {
                right.setOrientation(o);
                right.layout(true, true);
                // SWTChart keeps the series' pixel coordinates of the old plot size until it lays out again
                getDisplay().asyncExec(() -> {
                    for (org.eclipse.swtchart.Chart c : new org.eclipse.swtchart.Chart[] { spectra.chart(), trend.chart() }) {
                        if (!c.isDisposed()) {
                            c.updateLayout();
                            c.redraw();
                        }
                    }
                });
            }
        });
        main.setWeights(30, 70);
        addDisposeListener(e -> running.ifPresent(Job::cancel));
        load();
    }

    private void load() {
        try {
            library = SpeciesLibrary.shipped();
        } catch (IOException e) {
            error("The species library could not be read: " + e.getMessage());
        }
        loaded = SeriesCandidates.load(opened, library);
        List<String> levels = loaded.coreLevels();
        coreLevel.setItems(levels.toArray(String[]::new));
        String first = loaded.candidates().stream().filter(c -> c.spectrum() == opened && !c.coreLevel().isEmpty())
                .map(Candidate::coreLevel).findFirst().orElse(levels.isEmpty() ? null : levels.get(0));
        if (first == null) {
            error("No region of this cell's XPS spectra belongs to a core level of the species library."
                    + problems());
            updateButtons();
            return;
        }
        coreLevel.select(levels.indexOf(first));
        showCoreLevel();
        if (!loaded.problems().isEmpty()) {
            error("Some spectra could not be read." + problems());
        }
    }

    private String problems() {
        return loaded.problems().isEmpty() ? "" : " " + String.join("; ", loaded.problems());
    }

    private void showCoreLevel() {
        String level = coreLevel.getText();
        shown = loaded.of(level);
        members.removeAll();
        for (Candidate c : shown) {
            TableItem it = new TableItem(members, SWT.NONE);
            it.setText(new String[] { String.valueOf(c.spectrum().getName()), c.data().label(), c.cycleName() });
            it.setChecked(true);
        }
        fitPanel.setSpecies(library == null ? List.of() : library.forCoreLevel(level));
        if (!shown.isEmpty()) {
            // reference window: +-0.5 eV around the strongest point of the first (earliest) spectrum
            double[] be = shown.get(0).data().bindingEnergy();
            double[] y = shown.get(0).data().cps();
            int m = 0;
            for (int i = 1; i < y.length; i++) {
                m = y[i] > y[m] ? i : m;
            }
            controls.setWindow(be[m] - 0.5, be[m] + 0.5);
        }
        last = Optional.empty();
        trend.clear();
        refresh();
    }

    /** Selects a core level by name (tests and callers). */
    public void selectCoreLevel(String level) {
        int i = Arrays.asList(coreLevel.getItems()).indexOf(level);
        if (i >= 0) {
            coreLevel.select(i);
            showCoreLevel();
        }
    }

    /** Ticks exactly the shown regions that belong to {@code spectra} and redraws. */
    public void tickOnly(List<XpsSpectrum> spectra) {
        for (int i = 0; i < shown.size(); i++) {
            members.getItem(i).setChecked(spectra.contains(shown.get(i).spectrum()));
        }
        refresh();
    }

    /** The ticked regions, in table order (by cycle). */
    public List<Candidate> ticked() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (members.getItem(i).getChecked()) {
                out.add(shown.get(i));
            }
        }
        return out;
    }

    private Optional<SpectrumComparison.Aligned> aligned() {
        List<Candidate> t = ticked();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        double[] w = controls.window();
        List<SpectrumComparison.Series> s = t.stream().map(c -> new SpectrumComparison.Series(c.cycleName() + " \u00b7 "
                + c.data().label(), c.data().bindingEnergy(), c.data().cps())).toList();
        return Optional.of(SpectrumComparison.align(s, controls.normalisation(), w[0], w[1], 0));
    }

    /** Redraws the spectra for the ticked regions and the display settings. */
    public void refresh() {
        try {
            Optional<SpectrumComparison.Aligned> a = aligned();
            if (a.isEmpty()) {
                spectra.clear();
                info("Tick at least one region to compare.");
            } else {
                spectra.show(a.get(), controls.normalisation(), controls.mode(), controls.offset());
                if (last.isEmpty()) {
                    int n = a.get().values().size();
                    info(String.format(Locale.ROOT, "%d %s of %s on a common grid of %d points (%.2f \u2013 %.2f eV).",
                            n, n == 1 ? "spectrum" : "spectra", coreLevel.getText(), a.get().grid().length, a.get().grid()[0],
                            a.get().grid()[a.get().grid().length - 1]));
                }
            }
        } catch (IllegalArgumentException e) {
            spectra.clear();
            error("Cannot compare: " + e.getMessage());
        }
        updateButtons();
    }

    private void startFit() {
        List<Candidate> t = ticked();
        List<Species> picked = fitPanel.ticked();
        if (running.isPresent() || t.isEmpty()) {
            return;
        }
        if (picked.isEmpty()) {
            error("Tick at least one species of " + coreLevel.getText() + " to fit the series.");
            return;
        }
        try {
            double[] grid = aligned().orElseThrow().grid();
            double lo = grid[grid.length - 1];
            double hi = grid[0];
            List<SeriesFitter.Member> ms = new ArrayList<>();
            for (Candidate c : t) {
                ms.add(crop(c, lo, hi));
            }
            PeakModel model = SpeciesModels.model(ms.get(0).x(), ms.get(0).y(), picked, BackgroundSpec.shirley(2));
            String level = coreLevel.getText();
            Job job = FitJobs.series(getDisplay(), level, ms, model, fitPanel.shared(), r -> {
                finished();
                if (isDisposed()) {
                    return;
                }
                last = Optional.of(new Fitted(level, t, picked, r));
                trend.show(r, t.stream().mapToDouble(Candidate::cycle).toArray());
                info(String.format(Locale.ROOT, "%s series of %d spectra fitted jointly: reduced \u03c7\u00b2 %.3f, "
                        + "shared %s.", level, t.size(), r.reducedChi2(), r.shared()));
                updateButtons();
            }, this::failed);
            running = Optional.of(job);
            updateButtons();
            job.schedule();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            error("Cannot fit the series: " + e.getMessage());
        }
    }

    /**
     * The points of a spectrum within lo..hi; a contiguous window keeps its region, so a held background is the
     * one a single fit of that range has (end levels centred on the window ends).
     */
    private static SeriesFitter.Member crop(Candidate c, double lo, double hi) {
        double[] x = c.data().bindingEnergy();
        double[] y = c.data().cps();
        int n = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo - 1e-9 && x[i] <= hi + 1e-9) {
                n++;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (n >= 2 && last - first + 1 == n) {
            return SeriesFitter.Member.window(c.label(), x, y, first, last, c.data().poissonFactor());
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (x[i] >= lo - 1e-9 && x[i] <= hi + 1e-9) {
                xs[k] = x[i];
                ys[k++] = y[i];
            }
        }
        return new SeriesFitter.Member(c.label(), xs, ys, c.data().poissonFactor());
    }

    private void save() {
        if (last.isEmpty()) {
            return;
        }
        Fitted f = last.get();
        try {
            domain.getCommandStack().execute(SeriesRecord.command(domain, f.coreLevel(), f.members(), f.species(),
                    f.result()));
            info("Saved the series fit to " + f.members().size() + " spectra (Edit > Undo removes it).");
        } catch (IOException e) {
            error("Cannot save: a data file could not be hashed: " + e.getMessage());
        }
    }

    private void failed(String text) {
        finished();
        if (!isDisposed()) {
            error(text);
            updateButtons();
        }
    }

    private void finished() {
        running = Optional.empty();
        completed++;
    }

    private void updateButtons() {
        if (!isDisposed()) {
            fitPanel.update(!ticked().isEmpty(), running.isPresent(), last.isPresent());
        }
    }

    private void info(String text) {
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        message.setText(text);
        layout(true);
    }

    private void error(String text) {
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(text);
        layout(true);
        org.eclipse.core.runtime.ILog.of(XpsComparisonBody.class).warn(text);
    }

    /** Jobs finished (tests wait on this). */
    public int completedJobs() {
        return completed;
    }

    public String message() {
        return message.getText();
    }

    public ComparisonControls controls() {
        return controls;
    }

    public SeriesFitPanel fitPanel() {
        return fitPanel;
    }

    public ComparisonChart spectraChart() {
        return spectra;
    }

    public TrendChart trendChart() {
        return trend;
    }
}
