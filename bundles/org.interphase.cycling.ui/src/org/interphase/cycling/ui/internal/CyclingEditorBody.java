package org.interphase.cycling.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CycleStateLinks;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;

/**
 * The content of the cycling editor, usable without a workbench: the per-cycle table (its selection chooses
 * the cycles of the curve plots), the store button that writes the summary into the study linked to the
 * cell's cycle states (one undoable command), and the plots.
 */
public final class CyclingEditorBody extends Composite {

    private final Measurement measurement;
    private final EditingDomain domain;
    private final Label message;
    private final CycleTable table;
    private final CyclingCharts charts;
    private final Button store;
    private final Button createStates;
    private CyclingData data;
    private List<CycleSummary> cycles = List.of();

    /**
     * @param file the measured file; when it is empty or cannot be read the editor says so and shows no data
     */
    public CyclingEditorBody(Composite parent, Measurement measurement, EditingDomain domain, Optional<Path> file) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        this.domain = domain;
        setLayout(new GridLayout(1, false));
        ((GridLayout) getLayout()).marginHeight = 2;
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(2, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        left.setLayout(leftLayout);
        table = new CycleTable(left);
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        store = new Button(left, SWT.PUSH);
        store.setText("Store in study");
        store.setToolTipText("Store capacity retention and efficiencies per cycle, linked to the cell's cycle states");
        createStates = new Button(left, SWT.CHECK);
        createStates.setText("create missing cycle states");
        charts = new CyclingCharts(sash);
        sash.setWeights(40, 60);
        table.table().addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> showSelected()));
        store.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> store()));
        load(file);
    }

    private void load(Optional<Path> file) {
        if (file.isEmpty()) {
            message.setText("The measured file of '" + measurement.getName() + "' cannot be found.");
            store.setEnabled(false);
            return;
        }
        try {
            data = CyclingFiles.readFor(measurement, file.get());
            cycles = CyclingAnalysis.summarize(data, Optional.empty());
        } catch (ImportException e) {
            message.setText(e.getMessage());
            store.setEnabled(false);
            return;
        }
        message.setText(data.format() + ": " + data.size() + " points, " + cycles.size() + " cycles"
                + (data.cyclesDerived() ? " (numbered here: a cycle starts with each charge after a discharge)" : "")
                + ". Select cycles in the table to plot their curves (charge solid, discharge dashed).");
        store.setEnabled(measurement.eContainer() instanceof Cell && !cycles.isEmpty());
        table.show(cycles);
        charts.showCapacity(cycles);
        table.select(defaultCycles());
        showSelected();
    }

    /** First, middle and last cycle. */
    private List<Integer> defaultCycles() {
        List<Integer> out = new ArrayList<>();
        if (cycles.isEmpty()) {
            return out;
        }
        for (int i : new int[] {0, cycles.size() / 2, cycles.size() - 1}) {
            int c = cycles.get(i).cycle();
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private void showSelected() {
        if (data != null) {
            charts.showCycles(data, table.selectedCycles());
        }
    }

    /** Stores the summary in the study (one command on the editing domain). */
    void store() {
        Command c = CycleStateLinks.store(domain, measurement, cycles, Optional.empty(), createStates.getSelection(),
                new Date());
        domain.getCommandStack().execute(c);
        message.setText("Stored the summary of " + cycles.size() + " cycles in '" + measurement.getName() + "'."
                + (measurement.getInterface() == null
                        ? " The Interface Timeline shows retention and efficiency beside every interface of the cell"
                                + " (assign the record to an interface in Properties to show them on that one only)."
                        : " The Interface Timeline of '" + measurement.getInterface().getName() + "' shows them."));
    }

    /** The table of cycles. */
    public CycleTable table() {
        return table;
    }

    /** The plots. */
    public CyclingCharts charts() {
        return charts;
    }

    /** Whether the file was read. */
    public boolean loaded() {
        return data != null;
    }

    /** Selects cycles and plots them. */
    public void showCycles(List<Integer> cycleNumbers) {
        table.select(cycleNumbers);
        showSelected();
    }

    /** The "create missing cycle states" option. */
    public Button createStates() {
        return createStates;
    }

    /** Stores the summary, as the button does. */
    public void storeResults() {
        store();
    }

    @Override
    public boolean setFocus() {
        return !table.table().isDisposed() && table.table().setFocus();
    }
}
