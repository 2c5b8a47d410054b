package org.interphase.xps.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.Species;
import org.interphase.xps.api.SpeciesLibrary;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.ui.internal.BackgroundControls;
import org.interphase.xps.ui.internal.ChargeCommands;
import org.interphase.xps.ui.internal.ChargePanel;
import org.interphase.xps.ui.internal.ComponentDrag;
import org.interphase.xps.ui.internal.ComponentRow;
import org.interphase.xps.ui.internal.ComponentTable;
import org.interphase.xps.ui.internal.DragCommand;
import org.interphase.xps.ui.internal.FitJobs;
import org.interphase.xps.ui.internal.FitRecord;
import org.interphase.xps.ui.internal.QuantPanel;
import org.interphase.xps.ui.internal.RegionFit;
import org.interphase.xps.ui.internal.RegionList;
import org.interphase.xps.ui.internal.SavedFit;
import org.interphase.ui.layout.ScrollColumn;
import org.interphase.xps.ui.internal.ResultsPanel;
import org.interphase.xps.ui.internal.SpectrumPanel;

/**
 * The XPS measurement editor's content, usable without a workbench: region list, background and charge
 * correction on the left; spectrum with residuals, components, fit results and quantification on the right.
 * Model changes (charge correction, saved fits) go through EMF commands on the editing domain.
 */
public final class XpsEditorBody extends Composite {

    private final XpsSpectrum spectrum;
    private final EditingDomain domain;
    private final Optional<Path> file;
    private final Label message;
    private final RegionList regionList;
    private final Table regions;
    private final BackgroundControls background;
    private final ChargePanel charge;
    private final SpectrumPanel chart;
    private final ComponentTable components;
    private final ResultsPanel results;
    private final CTabFolder lower;
    private final QuantPanel quant;
    private final Button fitButton;
    private final Button mcButton;
    private final Button cancelButton;
    private final Button saveButton;
    private final Spinner trials;
    private final List<XpsRegionData> raw = new ArrayList<>();
    private final List<RegionFit> fits = new ArrayList<>();
    private final CommandStackListener stackListener;
    private SpeciesLibrary library;
    private double shift;
    private Optional<Job> running = Optional.empty();
    private int completed;

    public XpsEditorBody(Composite parent, XpsSpectrum spectrum, EditingDomain domain, Optional<Path> file) {
        super(parent, SWT.NONE);
        this.spectrum = spectrum;
        this.domain = domain;
        this.file = file;
        setLayout(new GridLayout(1, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm main = new SashForm(this, SWT.HORIZONTAL);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = ScrollColumn.create(main, 1);
        regionList = new RegionList(left, this::showRegion);
        regions = regionList.table();
        GridData rg = new GridData(SWT.FILL, SWT.TOP, true, false);
        // header and three whole rows (was a fixed 72 px: two and a half rows under GTK)
        rg.heightHint = org.interphase.ui.layout.Scrolling.tableHeight(regions, 3) + 2;
        regions.setLayoutData(rg);
        background = new BackgroundControls(left, this::changed, this::error);
        background.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        charge = new ChargePanel(left, () -> selected().map(RegionFit::data).orElseThrow(
                () -> new IllegalArgumentException("no region selected")), this::correct, this::error);
        charge.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        quant = new QuantPanel(left);
        GridData qg = new GridData(SWT.FILL, SWT.FILL, true, true);
        qg.heightHint = 110;
        quant.setLayoutData(qg);

        SashForm right = new SashForm(main, SWT.VERTICAL);
        chart = new SpectrumPanel(right);
        lower = new CTabFolder(right, SWT.TOP | SWT.BORDER);
        components = new ComponentTable(lower, this::changed, this::error);
        tab("Components", components);
        results = new ResultsPanel(lower);
        tab("Fit results", results);
        lower.setSelection(0);
        // the fit buttons sit beside the tabs, so both tables keep their rows in a short editor area
        Composite buttons = new Composite(lower, SWT.NONE);
        GridLayout bg = new GridLayout(6, false);
        bg.marginHeight = 0;
        bg.marginWidth = 2;
        buttons.setLayout(bg);
        lower.setTopRight(buttons, SWT.RIGHT | SWT.WRAP);
        fitButton = button(buttons, "Fit", this::startFit);
        mcButton = button(buttons, "Monte Carlo errors", this::startMonteCarlo);
        Label refits = new Label(buttons, SWT.NONE);
        refits.setText("refits:");
        trials = new Spinner(buttons, SWT.BORDER);
        trials.setValues(200, 10, 5000, 0, 50, 500);
        cancelButton = button(buttons, "Cancel", () -> running.ifPresent(Job::cancel));
        saveButton = button(buttons, "Save fit to study", this::save);
        // beside the spectrum (short editor area) the tab row is narrow: the buttons wrap to their own row with
        // short labels, the full ones in their tooltips
        int fullWidth = buttons.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        lower.addListener(SWT.Resize, e -> {
            boolean narrow = lower.getSize().x < fullWidth + 16;
            if (narrow == "Save".equals(saveButton.getText())) {
                return;
            }
            mcButton.setText(narrow ? "MC errors" : "Monte Carlo errors");
            mcButton.setToolTipText(narrow ? "Monte Carlo errors: refit noisy copies of the data" : null);
            refits.setText(narrow ? "" : "refits:");
            trials.setToolTipText("Monte Carlo refits");
            saveButton.setText(narrow ? "Save" : "Save fit to study");
            saveButton.setToolTipText(narrow ? "Save fit to study" : null);
            buttons.layout(true);
            lower.setTopRight(buttons, SWT.RIGHT | SWT.WRAP);
            lower.layout(true, true);
        });
        right.setWeights(60, 40);
        // a short editor area (1366 x 768 screen) puts the tables beside the spectrum, which keeps the full height
        org.interphase.ui.layout.ShortAreaSash.install(right, SWT.VERTICAL, new int[] { 60, 40 }, new int[] { 55, 45 });
        main.setWeights(24, 76);

        ComponentDrag.install(chart.spectrum(), () -> selected().flatMap(RegionFit::fit), this::dragged);
        stackListener = e -> getDisplay().asyncExec(this::followModel);
        domain.getCommandStack().addCommandStackListener(stackListener);
        addDisposeListener(e -> {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            running.ifPresent(Job::cancel);
        });
        load();
    }

    private void tab(String title, org.eclipse.swt.widgets.Control control) {
        CTabItem item = new CTabItem(lower, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void load() {
        try {
            library = SpeciesLibrary.shipped();
        } catch (IOException e) {
            error("The species library could not be read: " + e.getMessage());
        }
        if (file.isEmpty()) {
            error("The data file of '" + spectrum.getName() + "' cannot be found (source " + spectrum.getSourceUri() + ").");
            updateButtons();
            return;
        }
        try {
            raw.addAll(XpsFiles.readFor(file.get(), spectrum.getImporterId()));
        } catch (ImportException e) {
            error(e.getMessage());
            updateButtons();
            return;
        }
        shift = ChargeCommands.totalShift(spectrum);
        List<String> restored = new ArrayList<>();
        for (XpsRegionData r : raw) {
            RegionFit f = new RegionFit(shifted(r, shift));
            SavedFit.restore(spectrum, f, speciesFor(f.data())).ifPresent(restored::add);
            fits.add(f);
        }
        charge.showShift(shift, EnergyScale.history(spectrum).size());
        refreshRegions();
        if (!fits.isEmpty()) {
            regions.select(0);
            showRegion();
        }
        if (!restored.isEmpty()) {
            info(String.join(" ", restored));
        }
    }

    private static XpsRegionData shifted(XpsRegionData r, double s) {
        return s == 0 ? r : EnergyScale.apply(r, new ChargeCorrection("recorded corrections", s, 0, "sum", r.label(),
                Instant.EPOCH));
    }

    private void refreshRegions() {
        regionList.show(fits);
    }

    /** The selected region's fit set-up. */
    public Optional<RegionFit> selected() {
        int i = regions.getSelectionIndex();
        return i < 0 || i >= fits.size() ? Optional.empty() : Optional.of(fits.get(i));
    }

    /** Selects region i. */
    public void select(int i) {
        regions.select(i);
        showRegion();
    }

    private void showRegion() {
        selected().ifPresent(f -> {
            background.setRegion(f);
            components.setRegion(f, speciesFor(f.data()));
            redraw(f);
        });
        updateButtons();
    }

    private List<Species> speciesFor(XpsRegionData d) {
        if (library == null) {
            return List.of();
        }
        return library.coreLevelOf(d).map(library::forCoreLevel).orElse(List.of());
    }

    private void changed() {
        selected().ifPresent(this::redraw);
        refreshRegions();
        updateButtons();
    }

    private void redraw(RegionFit f) {
        double[] x = f.data().bindingEnergy();
        double[] y = f.data().cps();
        double[][] w = f.window();
        double[] bg;
        try {
            bg = f.previewBackground();
        } catch (IllegalArgumentException e) {
            bg = new double[0];
            error("Background: " + e.getMessage());
        }
        chart.show(f.data().label() + (f.fit().isEmpty() ? " (not fitted)" : f.fit().get().iterations() == 0 ? " (start values, not fitted)" : ""), x, y, w[0], bg, f.fit());
        results.show(f.fit(), f.monteCarlo());
        components.refresh();
        quant.showRegions(fits, library, this::error);
    }

    private void startFit() {
        Optional<RegionFit> sel = selected();
        if (sel.isEmpty() || running.isPresent()) {
            return;
        }
        RegionFit f = sel.get();
        try {
            int[] w = f.range();
            Job job = FitJobs.fit(getDisplay(), f.data().label(), f.data().bindingEnergy(), f.data().cps(), w[0], w[1],
                    f.model(), f.options(), r -> {
                finished();
                f.setFit(r);
                lower.setSelection(1);
                info(String.format(Locale.ROOT, "%s fitted: reduced \u03c7\u00b2 %.3f.", f.data().label(), r.reducedChi2()));
                changed();
            }, this::failed);
            run(job);
        } catch (IllegalArgumentException e) {
            error("Cannot fit: " + e.getMessage());
        }
    }

    private void startMonteCarlo() {
        Optional<RegionFit> sel = selected();
        if (sel.isEmpty() || sel.get().fit().isEmpty() || running.isPresent()) {
            return;
        }
        RegionFit f = sel.get();
        FitResult best = f.fit().get();
        int[] w = f.range();
        MonteCarlo.Window window = new MonteCarlo.Window(f.data().bindingEnergy(), f.data().cps(), w[0], w[1]);
        run(FitJobs.monteCarlo(getDisplay(), f.data().label(), best, window, trials.getSelection(), r -> {
            finished();
            if (f.fit().orElse(null) == best) {
                f.setMonteCarlo(r);
            }
            lower.setSelection(1);
            info(String.format(Locale.ROOT, "Monte Carlo: %d refits%s, %d not converged.", r.trials(),
                    r.cancelled() ? " (cancelled)" : "", r.notConverged()));
            changed();
        }, this::failed));
    }

    private void run(Job job) {
        running = Optional.of(job);
        updateButtons();
        job.schedule();
    }

    private void finished() {
        running = Optional.empty();
        completed++;
    }

    private void failed(String text) {
        finished();
        error(text);
        updateButtons();
    }

    private void correct(ChargeCorrection c) {
        domain.getCommandStack().execute(ChargeCommands.apply(domain, spectrum, c));
        followModel();
        info("given shift".equals(c.reference())
                ? String.format(Locale.ROOT, "Charge correction: shift %+.3f eV applied to every region (Edit > Undo "
                        + "reverts it).", c.shift())
                : String.format(Locale.ROOT, "Charge correction: %s found at %.3f eV, shift %+.3f eV applied to every "
                        + "region.", c.reference(), c.measuredEnergy(), c.shift()));
    }

    /** A component dragged in the plot: new start position and area as one undoable command. */
    private void dragged(String name, double position, double area) {
        selected().ifPresent(rf -> rf.rows().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(row -> {
            domain.getCommandStack().execute(new DragCommand(rf, row, position, area, this::changed));
            info(String.format(Locale.ROOT, "%s moved to %.2f eV, area %.0f (shown without fitting; Fit refines it, "
                    + "Edit > Undo takes it back).%s", name, position, area, row.link(ComponentRow.Field.POSITION).isEmpty()
                            ? "" : " Its position is linked, so only the area changed."));
        }));
    }

    /** Follows charge corrections done or undone on the command stack. */
    private void followModel() {
        if (isDisposed()) {
            return;
        }
        double now = ChargeCommands.totalShift(spectrum);
        charge.showShift(now, EnergyScale.history(spectrum).size());
        if (now != shift) {
            double delta = now - shift;
            shift = now;
            for (int i = 0; i < fits.size(); i++) {
                fits.get(i).setData(shifted(raw.get(i), now), delta);
            }
            refreshRegions();
            showRegion();
        }
    }

    private void save() {
        Optional<RegionFit> sel = selected();
        if (sel.isEmpty() || sel.get().fit().isEmpty() || file.isEmpty()) {
            return;
        }
        AnalysisResult a = FitRecord.build(spectrum, sel.get().data().label(), sel.get());
        domain.getCommandStack().execute(FitRecord.command(domain, spectrum, a));
        info("Saved to the study: " + a.getSummary() + " (undo in the Cell editor).");
    }

    private void updateButtons() {
        boolean idle = running.isEmpty();
        Optional<RegionFit> sel = selected();
        fitButton.setEnabled(idle && sel.isPresent() && !sel.get().rows().isEmpty());
        mcButton.setEnabled(idle && sel.isPresent() && sel.get().fit().isPresent());
        // a restored or dragged model shown without fitting is not a result to save
        saveButton.setEnabled(idle && sel.isPresent() && sel.get().fit().filter(f -> f.iterations() > 0).isPresent()
                && file.isPresent());
        cancelButton.setEnabled(!idle);
    }

    private void error(String text) {
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(text);
        layout(true);
        ILog.of(XpsEditorBody.class).warn(text);
    }

    private void info(String text) {
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        message.setText(text);
        layout(true);
    }

    /** Jobs finished so far (tests wait on this). */
    public int completedJobs() {
        return completed;
    }

    public boolean busy() {
        return running.isPresent();
    }

    public Label message() {
        return message;
    }

    public Table regions() {
        return regions;
    }

    public SpectrumPanel chart() {
        return chart;
    }

    /** The tab folder below the chart: components (0) and fit results (1). */
    public CTabFolder lowerTabs() {
        return lower;
    }

    public ComponentTable components() {
        return components;
    }

    public BackgroundControls background() {
        return background;
    }

    public ChargePanel charge() {
        return charge;
    }

    public ResultsPanel results() {
        return results;
    }

    public QuantPanel quantification() {
        return quant;
    }

    public Button fitButton() {
        return fitButton;
    }

    public Button monteCarloButton() {
        return mcButton;
    }

    public Button saveButton() {
        return saveButton;
    }

    public Spinner trials() {
        return trials;
    }
}
