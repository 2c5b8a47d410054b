package org.interphase.sims.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.model.AnalysisResult;
import org.interphase.model.DepthProfile;
import org.interphase.sims.api.Overlay;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.ThicknessTrend;
import org.interphase.sims.ui.internal.PlotSettings;
import org.interphase.ui.layout.ScrollColumn;
import org.interphase.ui.layout.Scrolling;
import org.interphase.ui.layout.ShortAreaSash;

/**
 * The compare tab: the study's depth profiles overlaid on a common axis (time, fluence, or an interface),
 * replicate mean +/- SD, difference and ratio of two profiles, and interphase thickness versus cycle from the
 * thickness results saved on each profile; the trend is saved to the study with one undoable command.
 */
public final class CompareBody extends Composite {

    private final DepthProfile current;
    private final EditingDomain domain;
    private final Supplier<PlotSettings> plotSettings;
    private final Label message;
    private final ProfileList list;
    private final CompareControls controls;
    private final OverlayChart overlay;
    private final TrendChart trend;
    private ProfileLoader.Loaded loaded;
    private List<ThicknessTrend.CyclePoint> trendPoints = List.of();
    private Optional<ThicknessTrend.Line> trendLine = Optional.empty();

    /**
     * @param profile      the editor's profile (its signals fill the pickers; the saved trend goes to it)
     * @param plotSettings the normalisation of the profile tab, applied to every compared profile
     */
    public CompareBody(Composite parent, DepthProfile current, ProfileData profile, EditingDomain domain,
            Supplier<PlotSettings> plotSettings) {
        super(parent, SWT.NONE);
        this.current = current;
        this.domain = domain;
        this.plotSettings = plotSettings;
        setLayout(new GridLayout(1, false));
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // left: one scrolling column (profile table above the controls); right: the overlay above the trend,
        // or beside it when the area is short (the product's editor at a 1366 x 768 screen is 1150 x 321 px)
        SashForm across = new SashForm(this, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ScrollColumn column = new ScrollColumn(across);
        list = new ProfileList(column.content(), current);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, false);
        ld.heightHint = Scrolling.tableHeight(list.table(), Math.max(3, Math.min(6, list.all().size())));
        list.table().setLayoutData(ld);
        controls = new CompareControls(column.content(), profile);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm down = new SashForm(across, SWT.VERTICAL);
        overlay = new OverlayChart(down);
        trend = new TrendChart(down);
        down.setWeights(56, 44);
        ShortAreaSash.install(down, SWT.VERTICAL, new int[] { 56, 44 }, new int[] { 56, 44 });
        across.setWeights(30, 70);
        column.relayout();
        list.addChangeListener(this::refresh);
        controls.addChangeListener(this::refresh);
        controls.saveTrendButton().addListener(SWT.Selection, e -> saveTrend());
        message.setText("Reading " + list.all().size() + " depth profiles\u2026");
        ProfileLoader loader = new ProfileLoader(list.all(), getDisplay(), l2 -> {
            if (!isDisposed()) {
                loaded = l2;
                refresh();
            }
        });
        addDisposeListener(e -> loader.cancel());
        loader.schedule();
    }

    /** Redraws overlay and trend from the loaded data and the current choices. */
    public void refresh() {
        if (loaded == null || isDisposed()) {
            return;
        }
        CompareSettings s = controls.settings();
        PlotSettings ps = plotSettings.get();
        List<Overlay.Profile> profiles = new ArrayList<>();
        for (DepthProfile p : list.checked()) {
            ProfileData d = loaded.data().get(p);
            if (d != null) {
                profiles.add(new Overlay.Profile(p.getName(), d));
            }
        }
        List<String> notes = new ArrayList<>(loaded.problems());
        try {
            Overlay.Result o = Overlay.of(profiles, s.signals(), s.alignment(), ps::apply);
            notes.addAll(o.skipped());
            CompareLines.Plot plot = CompareLines.of(o, s, ps.axisTitle(), ps.log());
            if (!plot.note().isEmpty()) {
                notes.add(0, plot.note());
            }
            long shown = o.curves().stream().map(Overlay.Curve::profile).distinct().count();
            overlay.show(shown + " of " + profiles.size() + " profiles \u2014 " + ps.describe(), o.xTitle(),
                    plot.yTitle(), plot.log(), plot.lines());
        } catch (IllegalArgumentException e) {
            notes.add(0, e.getMessage());
            overlay.show("", s.alignment().axisTitle(), ps.axisTitle(), ps.log(), List.of());
        }
        refreshTrend(s.trendUnit(), notes);
        message.setText(notes.isEmpty() ? profiles.size() + " profiles compared" : String.join("; ", notes));
        message.setForeground(null);
        layout(true);
    }

    private void refreshTrend(String unit, List<String> notes) {
        trendPoints = ThicknessTrend.byCycle(ThicknessTrend.points(list.checked(), unit));
        try {
            trendLine = Optional.of(ThicknessTrend.line(trendPoints));
        } catch (IllegalArgumentException e) {
            trendLine = Optional.empty();
            notes.add("trend: " + e.getMessage());
        }
        trend.show(trendPoints, trendLine, unit);
        controls.saveTrendButton().setEnabled(!trendPoints.isEmpty());
    }

    private void saveTrend() {
        if (trendPoints.isEmpty()) {
            return;
        }
        List<String> inputs = new ArrayList<>();
        for (DepthProfile p : list.checked()) {
            Optional.ofNullable(loaded.hashes().get(p)).ifPresent(inputs::add);
        }
        String unit = controls.settings().trendUnit();
        AnalysisResult r = TrendResult.build(current, current.getInterface(), trendPoints, trendLine, unit, inputs);
        domain.getCommandStack().execute(TrendResult.command(domain, current, r));
        message.setText("Saved '" + r.getName() + "' to the study: " + r.getSummary());
    }

    /** The profile table. */
    public ProfileList profiles() {
        return list;
    }

    /** The controls. */
    public CompareControls controls() {
        return controls;
    }

    /** The overlay chart. */
    public OverlayChart overlay() {
        return overlay;
    }

    /** The trend chart. */
    public TrendChart trend() {
        return trend;
    }

    /** The message line. */
    public Label message() {
        return message;
    }

    /** Whether the profiles have been read. */
    public boolean loaded() {
        return loaded != null;
    }

    /** The data read, by profile (empty before loading finished). */
    public Map<DepthProfile, ProfileData> data() {
        return loaded == null ? Map.of() : loaded.data();
    }
}
