package org.interphase.sims.ui.internal.spectrum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.sims.api.IonMass;
import org.interphase.sims.api.MassCalibration;
import org.interphase.sims.api.MassSpectra;

/**
 * The peak list (apex m/z, calibrated centroid m/z, height, area, assignment) with the controls to assign exact
 * masses to chosen peaks, fit the calibration m = ((t - t0)/k)^2 on them, and export the list.
 */
public final class PeakPanel extends Composite {

    private final Table table;
    private final Text minHeight;
    private final Text assign;
    private final Button calibrate;
    private final Button export;
    private final Label status;
    private List<MassSpectra.Peak> peaks = List.of();
    private final Map<Integer, PeakExport.Assignment> assigned = new LinkedHashMap<>();
    private Optional<MassCalibration> calibration = Optional.empty();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Lays the controls out in 8, 4 or 2 columns, the most that fit the panel's width. */
    private void fitColumns() {
        GridLayout l = (GridLayout) getLayout();
        int width = getClientArea().width;
        int wanted = 2;
        for (int columns : new int[] { 8, 4 }) {
            if (controlsWidth(columns) <= width) {
                wanted = columns;
                break;
            }
        }
        if (l.numColumns != wanted) {
            l.numColumns = wanted;
            ((GridData) status.getLayoutData()).horizontalSpan = wanted;
            ((GridData) table.getLayoutData()).horizontalSpan = wanted;
            layout(true);
        }
    }

    /** Width the row(s) of controls need in {@code columns} columns (the widest row, with margins and spacing). */
    private int controlsWidth(int columns) {
        GridLayout l = (GridLayout) getLayout();
        org.eclipse.swt.widgets.Control[] all = getChildren();
        int[] column = new int[columns];
        int k = 0;
        for (org.eclipse.swt.widgets.Control c : all) {
            if (c == status || c == table) {
                continue;
            }
            // with the width hint the layout will use (the assignment field's hint text alone is narrower)
            int hint = c.getLayoutData() instanceof GridData d ? d.widthHint : SWT.DEFAULT;
            column[k % columns] = Math.max(column[k % columns], c.computeSize(hint, SWT.DEFAULT).x);
            k++;
        }
        int sum = 2 * l.marginWidth + (columns - 1) * l.horizontalSpacing;
        for (int w : column) {
            sum += w;
        }
        return sum;
    }

    public PeakPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(8, false));
        new Label(this, SWT.NONE).setText("Peaks above / counts");
        minHeight = new Text(this, SWT.BORDER);
        minHeight.setLayoutData(new GridData(70, SWT.DEFAULT));
        new Label(this, SWT.NONE).setText("Selected peak is");
        assign = new Text(this, SWT.BORDER);
        assign.setMessage("ion or m/z");
        assign.setToolTipText("an ion (e.g. Na+) or an m/z value");
        // 100 px: four columns of controls then fit the 478 px panel beside the spectrum at 1366 x 768 (110 px cut
        // this field by 5 px; two columns leave the peak table two rows)
        assign.setLayoutData(new GridData(100, SWT.DEFAULT));
        Button assignButton = new Button(this, SWT.PUSH);
        assignButton.setText("Assign");
        calibrate = new Button(this, SWT.PUSH);
        calibrate.setText("Calibrate");
        calibrate.setToolTipText("fit the mass calibration to the assigned peaks (two or more)");
        export = new Button(this, SWT.PUSH);
        export.setText("Export CSV\u2026");
        new Label(this, SWT.NONE);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        for (String[] c : new String[][] { { "#", "40" }, { "Apex m/z (file)", "120" }, { "Centroid / channel", "145" },
                { "Calibrated m/z", "120" }, { "Height / counts", "120" }, { "Area / counts", "120" },
                { "Assigned", "90" }, { "Exact m/z", "100" }, { "Residual / 10\u207b\u00b3 u", "130" } }) {
            TableColumn col = new TableColumn(table, SWT.RIGHT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        // narrow (beside the spectrum in a short editor area): the controls wrap to two or four rows
        addListener(SWT.Resize, e -> fitColumns());
        assignButton.addListener(SWT.Selection, e -> assignSelected());
        assign.addListener(SWT.DefaultSelection, e -> assignSelected());
        calibrate.addListener(SWT.Selection, e -> calibrate());
        minHeight.addListener(SWT.DefaultSelection, e -> listeners.forEach(Runnable::run));
    }

    /** Shows peaks (assignments and calibration are cleared). */
    public void setPeaks(List<MassSpectra.Peak> found, double threshold) {
        peaks = List.copyOf(found);
        assigned.clear();
        calibration = Optional.empty();
        minHeight.setText(String.format(Locale.ROOT, "%.4g", threshold));
        status.setText(peaks.size() + " peaks; assign two or more to calibrate");
        fill();
    }

    private void fill() {
        table.removeAll();
        for (int i = 0; i < peaks.size(); i++) {
            MassSpectra.Peak p = peaks.get(i);
            PeakExport.Assignment a = assigned.get(i);
            String cal = calibration.map(c -> f6(c.mass(p.centroid()))).orElse("");
            String res = a == null || calibration.isEmpty() ? ""
                    : String.format(Locale.ROOT, "%.3f", 1000 * (calibration.get().mass(p.centroid()) - a.mass()));
            new TableItem(table, SWT.NONE).setText(new String[] { Integer.toString(i + 1), f6(p.apexMass()),
                    String.format(Locale.ROOT, "%.2f", p.centroid()), cal, String.format(Locale.ROOT, "%.6g", p.height()),
                    String.format(Locale.ROOT, "%.6g", p.area()), a == null ? "" : a.ion(),
                    a == null ? "" : f6(a.mass()), res });
        }
    }

    private static String f6(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** Assigns the typed ion (exact mass from {@link IonMass}) or number to the selected peak. */
    public void assignSelected() {
        int i = table.getSelectionIndex();
        String text = assign.getText().strip();
        if (i < 0 || text.isEmpty()) {
            status.setText("Select a peak and type an ion (e.g. Na+) or an m/z");
            return;
        }
        double mass;
        try {
            mass = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            mass = IonMass.of(text).orElse(Double.NaN);
        }
        if (!(mass > 0)) {
            status.setText("'" + text + "' is neither an ion with known nuclides (Na+, PO_3-) nor a positive m/z");
            return;
        }
        assigned.put(i, new PeakExport.Assignment(text, mass));
        status.setText(assigned.size() + " peaks assigned");
        fill();
        table.select(i);
    }

    /** Fits t = t0 + k sqrt(m) to the assigned peaks' centroids (channels). */
    public void calibrate() {
        double[] t = new double[assigned.size()];
        double[] m = new double[assigned.size()];
        int j = 0;
        for (Map.Entry<Integer, PeakExport.Assignment> e : assigned.entrySet()) {
            t[j] = peaks.get(e.getKey()).centroid();
            m[j++] = e.getValue().mass();
        }
        try {
            MassCalibration c = MassCalibration.fit(t, m);
            calibration = Optional.of(c);
            status.setText(String.format(Locale.ROOT, "m = ((t \u2212 t0)/k)\u00b2: t0 = %.4g \u00b1 %.2g channels, "
                    + "k = %.6g \u00b1 %.2g channels/\u221au (%d peaks)", c.t0(), c.t0Error(), c.k(), c.kError(),
                    c.peaks()));
            fill();
            listeners.forEach(Runnable::run);
        } catch (IllegalArgumentException e) {
            status.setText("Cannot calibrate: " + e.getMessage());
        }
    }

    /** The selected-peak assignment field. */
    public Text assignText() {
        return assign;
    }

    /** The threshold field. */
    public double threshold() {
        return Double.parseDouble(minHeight.getText().strip());
    }

    /** The table. */
    public Table table() {
        return table;
    }

    /** The export button. */
    public Button exportButton() {
        return export;
    }

    /** The status line. */
    public Label status() {
        return status;
    }

    /** The peaks shown. */
    public List<MassSpectra.Peak> peaks() {
        return peaks;
    }

    /** Assignments by peak index. */
    public Map<Integer, PeakExport.Assignment> assignments() {
        return Map.copyOf(assigned);
    }

    /** The fitted calibration, if any. */
    public Optional<MassCalibration> calibration() {
        return calibration;
    }

    /** Called when the calibration or the threshold changes. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }
}
