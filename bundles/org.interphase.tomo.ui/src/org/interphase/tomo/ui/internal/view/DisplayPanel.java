package org.interphase.tomo.ui.internal.view;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.interphase.tomo.api.Histogram;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.ColourMap;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.SampledHistogram;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/**
 * Display controls under the slice views: the histogram of the volume with the window marked, lower and
 * upper window values, "Auto" (0.5 / 99.5 percentiles) and "Full" windows, the colour map and the voxel size
 * for scale bars (written to the model by the owner).
 */
public final class DisplayPanel extends Composite {

    /** Percentiles of the auto window. */
    public static final double AUTO_LOW = 0.5;
    /** Percentiles of the auto window. */
    public static final double AUTO_HIGH = 99.5;

    private final OrthoViewer viewer;
    private final Chart chart;
    private final Text lower;
    private final Text upper;
    private final Combo colourMap;
    private final Text voxelSize;
    private final Label note;
    private SampledHistogram histogram;
    private final Consumer<Optional<VoxelSize>> onVoxelSize;
    /** The voxel-size field holds text the user typed and that is not applied yet. */
    private boolean voxelSizeTyped;

    /**
     * @param onVoxelSize called with the voxel size the user entered (empty clears it)
     */
    /** Smallest height (px) at which the histogram chart still has a readable plot. */
    static final int HISTOGRAM_MIN_HEIGHT = 90;

    public DisplayPanel(Composite parent, OrthoViewer viewer, Consumer<Optional<VoxelSize>> onVoxelSize) {
        super(parent, SWT.NONE);
        this.viewer = viewer;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        chart = Charts.create(this, null, "voxel value", "log10(1 + voxels)");
        chart.getLegend().setVisible(false);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 120;
        cd.widthHint = 200;
        chart.setLayoutData(cd);

        Composite row1 = row(6);
        lower = field(row1, "Window", "lowest value shown (black in grey)");
        upper = field(row1, "to", "highest value shown (white in grey)");
        button(row1, "Auto", "window from the 0.5 and 99.5 percentiles of the histogram", this::auto);
        button(row1, "Full", "window over the whole value range", this::full);

        Composite row2 = row(4);
        new Label(row2, SWT.NONE).setText("Colours");
        colourMap = new Combo(row2, SWT.READ_ONLY);
        for (ColourMap m : ColourMap.values()) {
            colourMap.add(m.label());
        }
        colourMap.select(0);
        colourMap.addListener(SWT.Selection, e -> viewer.setColourMap(ColourMap.byLabel(colourMap.getText())));
        voxelSize = field(row2, "Voxel (µm)", "voxel edge in µm, or three edges 'x y z' for anisotropic voxels (empty or 0: unknown); Enter stores it in the study");
        this.onVoxelSize = onVoxelSize;
        voxelSize.addListener(SWT.Modify, e -> voxelSizeTyped = true);
        voxelSize.addListener(SWT.DefaultSelection, e -> applyTypedVoxelSize());
        voxelSize.addListener(SWT.FocusOut, e -> applyTypedVoxelSize());
        note = new Label(this, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // in a short editor area (1366 x 768 screen) the histogram is left out rather than drawn without a plot
        addListener(SWT.Resize, e -> fitHistogram());
        lower.addListener(SWT.DefaultSelection, e -> typedWindow());
        upper.addListener(SWT.DefaultSelection, e -> typedWindow());
        showWindow(viewer.window());
    }

    /** Shows the histogram chart only when the panel leaves it {@value #HISTOGRAM_MIN_HEIGHT} px or more. */
    private void fitHistogram() {
        int others = 0;
        int width = getClientArea().width;
        for (org.eclipse.swt.widgets.Control c : getChildren()) {
            if (c != chart) {
                others += c.computeSize(width, SWT.DEFAULT).y + ((GridLayout) getLayout()).verticalSpacing;
            }
        }
        boolean show = getClientArea().height - others >= HISTOGRAM_MIN_HEIGHT;
        GridData cd = (GridData) chart.getLayoutData();
        if (cd.exclude == show) {
            cd.exclude = !show;
            chart.setVisible(show);
            layout(true, true);
        }
    }

    /**
     * Applies the voxel size typed in the field, if it was edited since it was last shown or applied (Enter, focus
     * out, and before any analysis). Returns false when the text is not a voxel size (the panel says why).
     */
    public boolean applyTypedVoxelSize() {
        if (!voxelSizeTyped) {
            return true;
        }
        String s = voxelSize.getText().trim();
        Optional<VoxelSize> size;
        try {
            size = parseVoxelSize(s);
        } catch (IllegalArgumentException ex) {
            note.setText("Voxel size must be one positive number of µm or three ('x y z'), not '" + s + "'");
            return false;
        }
        voxelSizeTyped = false;
        note.setText("");
        onVoxelSize.accept(size);
        return true;
    }

    /** "0.65" (cubic), "0.65 0.65 1.3" (x y z) or empty / "0" (unknown). */
    public static Optional<VoxelSize> parseVoxelSize(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = s.split("[\\s;×x*]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i].replace(',', '.')); // NumberFormatException is an IllegalArgumentException
        }
        if (v.length == 1) {
            if (v[0] == 0) {
                return Optional.empty();
            }
            return Optional.of(VoxelSize.isotropic(v[0]));
        }
        if (v.length == 3) {
            return Optional.of(new VoxelSize(v[0], v[1], v[2]));
        }
        throw new IllegalArgumentException("one or three numbers are needed");
    }

    private Composite row(int columns) {
        Composite c = new Composite(this, SWT.NONE);
        GridLayout l = new GridLayout(columns, false);
        l.marginHeight = 0;
        l.marginWidth = 0;
        c.setLayout(l);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private static Text field(Composite parent, String label, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 45;
        t.setLayoutData(gd);
        t.setToolTipText(tip);
        return t;
    }

    private static void button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** The histogram chart. */
    public Chart chart() {
        return chart;
    }

    /** The colour-map selector. */
    public Combo colourMapCombo() {
        return colourMap;
    }

    /** The voxel-size field. */
    public Text voxelSizeField() {
        return voxelSize;
    }

    /** Shows the voxel size (from the model or the file). */
    public void showVoxelSize(Optional<VoxelSize> size) {
        voxelSize.setText(size.map(v -> v.isIsotropic() ? Numbers.format(v.x())
                : Numbers.format(v.x()) + " " + Numbers.format(v.y()) + " " + Numbers.format(v.z())).orElse(""));
        voxelSizeTyped = false;
    }

    /** Shows a computed histogram and applies the auto window. */
    public void setHistogram(SampledHistogram h) {
        histogram = h;
        Histogram hist = h.histogram();
        long[] c = hist.counts();
        int first = 0;
        while (first < c.length - 1 && c[first] == 0) {
            first++;
        }
        int last = c.length - 1;
        while (last > first && c[last] == 0) {
            last--;
        }
        int n = last - first + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double top = 0;
        for (int i = 0; i < n; i++) {
            x[i] = hist.centre(first + i);
            y[i] = Math.log10(1 + c[first + i]);
            top = Math.max(top, y[i]);
        }
        Charts.line(chart, "histogram", x, y, Palette.colour(7), true, false).setLineWidth(1);
        chart.getAxisSet().adjustRange();
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        yAxis.setRange(new Range(0, Math.max(1, top * 1.05)));
        note.setText(h.exact() ? "" : "histogram of " + h.slicesRead() + " of " + h.sliceCount() + " z slices");
        auto();
    }

    /** The histogram shown, when computed. */
    public SampledHistogram histogram() {
        return histogram;
    }

    /** Applies the percentile window. */
    public void auto() {
        if (histogram != null) {
            apply(WindowLevel.percentiles(histogram.histogram(), AUTO_LOW, AUTO_HIGH));
        }
    }

    private void full() {
        if (histogram != null) {
            apply(WindowLevel.percentiles(histogram.histogram(), 0, 100));
        }
    }

    private void typedWindow() {
        try {
            apply(new WindowLevel(Double.parseDouble(lower.getText().trim()), Double.parseDouble(upper.getText().trim())));
            note.setText("");
        } catch (IllegalArgumentException ex) {
            note.setText("Window: two numbers, lower < upper");
        }
    }

    /** Sets the window in the viewer and marks it on the histogram. */
    public void apply(WindowLevel w) {
        viewer.setWindow(w);
        showWindow(w);
    }

    private void showWindow(WindowLevel w) {
        lower.setText(Numbers.format(w.lower()));
        upper.setText(Numbers.format(w.upper()));
        if (histogram == null) {
            return;
        }
        Range yr = chart.getAxisSet().getYAxis(0).getRange();
        double[] ys = { 0, yr.upper };
        Charts.line(chart, "lower", new double[] { w.lower(), w.lower() }, ys, Palette.colour(1), true, false)
                .setLineWidth(1);
        Charts.line(chart, "upper", new double[] { w.upper(), w.upper() }, ys, Palette.colour(0), true, false)
                .setLineWidth(1);
        chart.redraw();
    }
}
