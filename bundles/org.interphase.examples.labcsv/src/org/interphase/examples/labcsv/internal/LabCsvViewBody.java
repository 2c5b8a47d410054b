package org.interphase.examples.labcsv.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.examples.labcsv.api.LabCsvFile;
import org.interphase.examples.labcsv.api.LabCsvReader;
import org.interphase.ui.chart.Charts;

/**
 * The view's content as a plain composite (testable without a workbench): an Open button, the importer's
 * facts for the chosen file, and its Nyquist plot (Z' against -Z'') drawn with {@link Charts}.
 */
public final class LabCsvViewBody extends Composite {

    private final Label facts;
    private final Chart chart;

    public LabCsvViewBody(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        Button open = new Button(this, SWT.PUSH);
        open.setText("Open lab CSV...");
        facts = new Label(this, SWT.WRAP);
        facts.setText("Choose a lab CSV impedance file.");
        facts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart = Charts.create(this, null, "Z' / Ω", "-Z'' / Ω");
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart.getLegend().setVisible(false); // one spectrum: a legend would only take the plot's height
        open.addListener(SWT.Selection, e -> choose());
    }

    private void choose() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            show(Path.of(chosen));
        }
    }

    /** Reads {@code file} and shows its facts and plot; a bad file shows the importer's message instead. */
    public void show(Path file) {
        try {
            Imported imported = new LabCsvImporter().read(file);
            LabCsvFile data = LabCsvReader.read(file);
            facts.setText(file.getFileName() + ": " + format(imported.facts()));
            double[] minusZim = data.zImag();
            for (int i = 0; i < minusZim.length; i++) {
                minusZim[i] = -minusZim[i];
            }
            Charts.line(chart, "spectrum", data.zReal(), minusZim, new RGB(0, 90, 180), true, true);
            chart.getAxisSet().adjustRange();
            Charts.equalScale(chart);
        } catch (ImportException e) {
            facts.setText(e.getMessage());
            if (chart.getSeriesSet().getSeries("spectrum") != null) {
                chart.getSeriesSet().deleteSeries("spectrum");
            }
        }
        layout(true, true);
        chart.redraw();
    }

    /** The facts line shown above the chart. */
    public String factsText() {
        return facts.getText();
    }

    /** The chart (for tests and snapshots). */
    public Chart chart() {
        return chart;
    }

    static String format(Map<String, Object> facts) {
        return facts.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
