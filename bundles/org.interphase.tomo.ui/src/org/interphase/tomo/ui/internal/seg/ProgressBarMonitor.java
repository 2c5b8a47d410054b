package org.interphase.tomo.ui.internal.seg;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/** Forwards a job's progress to its own monitor and mirrors it in an editor's progress bar and label. */
final class ProgressBarMonitor extends ProgressMonitorWrapper {

    private final ProgressBar bar;
    private final Label label;
    private volatile double total = 1;
    private volatile double done;

    ProgressBarMonitor(IProgressMonitor jobMonitor, ProgressBar bar, Label label) {
        super(jobMonitor);
        this.bar = bar;
        this.label = label;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        total = Math.max(1, totalWork);
        done = 0;
        update(name);
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        done += work;
        update(null);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        update(name);
    }

    private void update(String text) {
        if (bar.isDisposed()) {
            return;
        }
        int percent = (int) Math.min(100, Math.round(100 * done / total));
        bar.getDisplay().asyncExec(() -> {
            if (!bar.isDisposed()) {
                bar.setSelection(percent);
                if (text != null && !label.isDisposed()) {
                    label.setText(text + "…");
                }
            }
        });
    }
}
