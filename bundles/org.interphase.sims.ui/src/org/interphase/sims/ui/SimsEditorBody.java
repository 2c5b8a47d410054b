package org.interphase.sims.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.interphase.core.api.Hashes;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.DepthProfile;
import org.interphase.model.Interphase;
import org.interphase.model.Layer;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.ui.layout.ScrollColumn;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.FragmentLibrary;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Ratios;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.ui.internal.ColumnMappingDialog;
import org.interphase.sims.ui.internal.MappingPrompt;
import org.interphase.sims.ui.internal.ProfileSource;
import org.interphase.sims.ui.internal.DepthRuleControl;
import org.interphase.sims.ui.internal.EdgeJob;
import org.interphase.sims.ui.internal.EdgeRow;
import org.interphase.sims.ui.internal.InterfacePanel;
import org.interphase.sims.ui.internal.PlotSettings;
import org.interphase.sims.ui.internal.ProfileChart;
import org.interphase.sims.ui.internal.ProfileControls;
import org.interphase.sims.ui.internal.RatioControl;
import org.interphase.sims.ui.internal.ResultBuilder;
import org.interphase.sims.ui.internal.SignalPicker;
import org.interphase.sims.ui.internal.compare.CompareBody;

/**
 * The content of the depth-profile editor, usable without a workbench: signal picker, profile chart with
 * normalisation and depth rule, and the interfaces panel that saves interphase thicknesses to the study.
 */
public final class SimsEditorBody extends Composite {

    private final DepthProfile measurement;
    private final EditingDomain domain;
    private final Label message;
    private Path file;
    private ProfileData profile;
    private SignalPicker picker;
    private ProfileControls controls;
    private DepthRuleControl depth;
    private ProfileChart chart;
    private InterfacePanel interfaces;
    private EdgeJob job;
    private CTabFolder tabs;
    private CTabItem compareTab;
    private CompareBody compare;
    private RatioControl ratios;
    private int generation;
    private int completed;
    private PlotSettings settings = PlotSettings.defaults();
    private Optional<DepthScale> scale = Optional.empty();

    /**
     * @param file the measured file; when it is empty or cannot be read the editor says so and shows nothing else
     */
    public SimsEditorBody(Composite parent, DepthProfile measurement, EditingDomain domain, Optional<Path> file) {
        this(parent, measurement, domain, file,
                (name, lines, guess) -> ColumnMappingDialog.ask(parent.getShell(), name, lines, guess));
    }

    /**
     * @param prompt asked when the profile is generic delimited text whose mapping is neither stored in the
     *               measurement nor confidently guessed
     */
    public SimsEditorBody(Composite parent, DepthProfile measurement, EditingDomain domain, Optional<Path> file,
            MappingPrompt prompt) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        this.domain = domain;
        setLayout(new GridLayout(1, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (file.isEmpty()) {
            error("The data file of '" + measurement.getName() + "' cannot be located (source: "
                    + measurement.getSourceUri() + ")", null);
            return;
        }
        this.file = file.get();
        FragmentLibrary library;
        try {
            Optional<ProfileData> read = ProfileSource.read(measurement, domain, this.file, prompt);
            if (read.isEmpty()) {
                error("The columns of " + this.file.getFileName() + " were not confirmed: nothing to show", null);
                return;
            }
            profile = read.get();
            library = FragmentLibrary.shipped();
        } catch (ImportException | IOException e) {
            error("Cannot read the depth profile: " + e.getMessage(), e);
            return;
        }
        build(library);
        refreshAll();
    }

    private void build(FragmentLibrary library) {
        tabs = new CTabFolder(this, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm across = new SashForm(tabs, SWT.HORIZONTAL);
        CTabItem profileTab = new CTabItem(tabs, SWT.NONE);
        profileTab.setText("Profile");
        profileTab.setControl(across);
        compareTab = new CTabItem(tabs, SWT.NONE);
        compareTab.setText("Compare samples and cycles");
        tabs.setSelection(profileTab);
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == compareTab) {
                compare();
            }
        });
        // left: one scrolling column (signal list, settings, thickness); right: the plot above the edge table,
        // so the plot keeps most of the height at the product's editor size (about 1170 x 490 px)
        ScrollColumn column = new ScrollColumn(across);
        Composite settingsColumn = column.content();
        picker = new SignalPicker(settingsColumn, profile, library);
        GridData pickerData = new GridData(SWT.FILL, SWT.FILL, true, false);
        pickerData.heightHint = 280;
        picker.setLayoutData(pickerData);
        controls = new ProfileControls(settingsColumn, profile);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ratios = new RatioControl(settingsColumn, profile, this::addRatio);
        ratios.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<Layer> layers = measurement.eContainer() instanceof Cell c ? c.getLayers() : List.of();
        depth = new DepthRuleControl(settingsColumn, measurement.getCraterDepthNm(), profile.totalSputterTimeS(), layers);
        depth.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Group thicknessGroup = new Group(settingsColumn, SWT.NONE);
        thicknessGroup.setText("Interfaces and interphase thickness");
        thicknessGroup.setLayout(new GridLayout(1, false));
        thicknessGroup.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm down = new SashForm(across, SWT.VERTICAL);
        chart = new ProfileChart(down);
        List<Interphase> interphases = measurement.getInterface() == null ? List.of()
                : measurement.getInterface().getInterphases();
        interfaces = new InterfacePanel(down, thicknessGroup, interphases);
        down.setWeights(72, 28);
        // the edge table gets the room of its header and three and a half rows, the plot the rest
        // a short editor area (1366 x 768 screen) puts the edge table beside the plot, which keeps the full height
        org.interphase.ui.layout.ShortAreaSash.install(down, SWT.VERTICAL, new int[] { 72, 28 }, new int[] { 68, 32 });
        down.addListener(SWT.Resize, e -> {
            if (org.interphase.ui.layout.ShortAreaSash.isShort(down, SWT.VERTICAL)) {
                return;
            }
            int h = down.getClientArea().height;
            var t = interfaces.table().getTable();
            int tableHeight = t.getHeaderHeight() + (int) (3.6 * t.getItemHeight()) + 2 * t.getBorderWidth() + 4;
            if (h > 2 * tableHeight) {
                down.setWeights(h - tableHeight, tableHeight);
            }
        });
        across.setWeights(30, 70);
        column.relayout();
        picker.addChangeListener(this::refreshAll);
        controls.addChangeListener(this::refreshAll);
        depth.addChangeListener(this::refreshAll);
        interfaces.addSelectionListener(() -> replot(false));
        interfaces.addSaveListener(this::save);
    }

    /** Re-reads every control, replots, and starts the interface analysis of the plotted signals. */
    private void refreshAll() {
        try {
            settings = controls.settings();
            scale = depth.scale();
        } catch (IllegalArgumentException e) {
            error(e.getMessage(), null);
            return;
        }
        showMessage(scale.map(d -> "Depth rule: " + d.describe()).orElse("No depth rule: sputter time only"), false);
        chart.setDepthScale(scale);
        interfaces.setDepthScale(scale);
        List<EdgeJob.Input> inputs = new ArrayList<>();
        try {
            for (int i : picker.checked()) {
                SignalData s = profile.signals().get(i);
                inputs.add(new EdgeJob.Input(i, s.label(), settings.apply(profile, s)));
            }
        } catch (IllegalArgumentException e) {
            error(e.getMessage(), null);
            return;
        }
        replot(true);
        if (job != null) {
            job.cancel();
        }
        int gen = ++generation;
        interfaces.setStatus("Fitting the edges of " + inputs.size() + " signals\u2026");
        job = new EdgeJob(inputs, getDisplay(), rows -> {
            if (gen == generation && !isDisposed()) {
                interfaces.setRows(rows);
                interfaces.setStatus(rows.size() + " edges of " + inputs.size() + " signals");
                completed = gen;
                replot(false);
            }
        });
        job.schedule();
    }

    private void replot(boolean fitRange) {
        Optional<EdgeRow> marked = interfaces.selected();
        chart.mark(marked.orElse(null), interfaces.method(), marked.map(r -> picker.colour(r.signal())).orElse(null));
        List<ProfileChart.Line> lines = new ArrayList<>();
        for (int i : picker.checked()) {
            SignalData s = profile.signals().get(i);
            Series y = settings.apply(profile, s);
            lines.add(new ProfileChart.Line(i + ":" + s.label(), s.label(), y.x(), y.y(), picker.colour(i)));
        }
        String name = measurement.getName() == null ? file.getFileName().toString() : measurement.getName();
        chart.show(name + " \u2014 " + settings.describe(), settings.axisTitle(), settings.log(), lines, fitRange);
    }

    private void addRatio(String numerator, String denominator) {
        if (numerator.equals(denominator)) {
            error("A ratio needs two different signals", null);
            return;
        }
        String label = numerator + " / ( " + denominator + " )";
        if (profile.signal(label).isPresent()) {
            error("'" + label + "' is already a signal", null);
            return;
        }
        profile = Ratios.with(profile, Ratios.of(profile, numerator, denominator));
        picker.append(profile);
    }

    /** The ratio-signal control. */
    public RatioControl ratios() {
        return ratios;
    }

    private void save() {
        Optional<EdgeRow> a = interfaces.from();
        Optional<EdgeRow> b = interfaces.to();
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        try {
            String hash = Hashes.sha256(file);
            Series curve = settings.apply(profile, profile.signals().get(a.get().signal()));
            ResultBuilder.Request r = new ResultBuilder.Request(a.get(), b.get(), interfaces.method(), settings, scale,
                    interfaces.interphase(), hash, curve);
            AnalysisResult result = ResultBuilder.build(measurement, r);
            Command c = ResultBuilder.command(domain, measurement, result, interfaces.interphase(),
                    interfaces.writeThickness());
            domain.getCommandStack().execute(c);
            showMessage("Saved '" + result.getName() + "' to the study: " + result.getSummary(), true);
        } catch (IOException e) {
            error("Cannot hash the data file: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the message line; only news the user must see (errors, saves) takes a line above the tabs, the
     * depth-rule note stays in the label's text (and the axis titles) without costing the plot height.
     */
    private void showMessage(String text, boolean prominent) {
        message.setText(text);
        message.setForeground(null);
        GridData data = (GridData) message.getLayoutData();
        if (data.exclude == prominent) {
            data.exclude = !prominent;
            message.setVisible(prominent);
            layout(true, true);
        }
    }

    private void error(String text, Exception e) {
        showMessage(text, true);
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        layout(true);
        if (e != null) {
            ILog.of(SimsEditorBody.class).error(text, e);
        }
    }

    /**
     * The compare tab's content, created (and its profiles read in a job) on first use; selects the tab.
     *
     * @throws IllegalStateException when the profile could not be read
     */
    public CompareBody compare() {
        if (profile == null) {
            throw new IllegalStateException("no profile");
        }
        if (compare == null) {
            compare = new CompareBody(tabs, measurement, profile, domain, () -> settings);
            compareTab.setControl(compare);
        }
        if (tabs.getSelection() != compareTab) {
            tabs.setSelection(compareTab);
        }
        return compare;
    }

    /** The profile shown, empty when the file could not be read. */
    public Optional<ProfileData> profile() {
        return Optional.ofNullable(profile);
    }

    /** The message line (rule used, saves, errors). */
    public Label message() {
        return message;
    }

    /** The signal picker. */
    public SignalPicker picker() {
        return picker;
    }

    /** Normalisation, log and smoothing controls. */
    public ProfileControls controls() {
        return controls;
    }

    /** The depth-rule control. */
    public DepthRuleControl depthRule() {
        return depth;
    }

    /** The chart. */
    public ProfileChart chart() {
        return chart;
    }

    /** The interfaces panel. */
    public InterfacePanel interfaces() {
        return interfaces;
    }

    /** Whether the interface analysis of the current settings has been delivered. */
    public boolean analysed() {
        return completed == generation;
    }
}
