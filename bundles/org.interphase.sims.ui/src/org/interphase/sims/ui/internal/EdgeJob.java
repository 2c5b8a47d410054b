package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.sims.api.Series;

/** Finds and fits the edges of many signals off the UI thread; delivers the rows on the display thread. */
public final class EdgeJob extends Job {

    /**
     * One signal to analyse.
     *
     * @param index  signal index
     * @param label  its label
     * @param series as plotted
     */
    public record Input(int index, String label, Series series) {
    }

    private final List<Input> inputs;
    private final Display display;
    private final Consumer<List<EdgeRow>> done;

    public EdgeJob(List<Input> inputs, Display display, Consumer<List<EdgeRow>> done) {
        super("Interfaces of " + inputs.size() + " SIMS signals");
        this.inputs = List.copyOf(inputs);
        this.display = display;
        this.done = done;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Fitting interfaces", inputs.size());
        List<EdgeRow> rows = new ArrayList<>();
        for (Input in : inputs) {
            if (sub.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            sub.subTask(in.label());
            rows.addAll(EdgeAnalysis.analyse(in.index(), in.label(), in.series()));
            sub.worked(1);
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!monitor.isCanceled()) {
                    done.accept(rows);
                }
            });
        }
        return Status.OK_STATUS;
    }
}
