package org.interphase.xps.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;

/**
 * A component dragged in the plot, as one command on the editing domain's stack (so Edit > Undo takes it
 * back): sets the row's start position and area and shows the model at those values; undo restores the
 * values and the result shown before.
 */
public final class DragCommand extends AbstractCommand {

    private final RegionFit fit;
    private final ComponentRow row;
    private final double[] before;
    private final double[] after;
    private final Optional<FitResult> previous;
    private final Optional<MonteCarlo.Result> previousMonteCarlo;
    private final Runnable refresh;

    /** Moves {@code row} of {@code fit} to {@code position} with {@code area}; {@code refresh} redraws. */
    public DragCommand(RegionFit fit, ComponentRow row, double position, double area, Runnable refresh) {
        super(String.format(Locale.ROOT, "Drag %s to %.2f eV", row.name(), position));
        this.fit = fit;
        this.row = row;
        this.before = new double[] { row.value(ComponentRow.Field.POSITION), row.value(ComponentRow.Field.AREA) };
        this.after = new double[] { position, area };
        this.previous = fit.fit();
        this.previousMonteCarlo = fit.monteCarlo();
        this.refresh = refresh;
    }

    @Override
    protected boolean prepare() {
        return Double.isFinite(after[0]) && Double.isFinite(after[1]) && after[1] >= 0;
    }

    @Override
    public void execute() {
        set(after);
        fit.preview();
        refresh.run();
    }

    @Override
    public void undo() {
        set(before);
        fit.restore(previous, previousMonteCarlo);
        refresh.run();
    }

    @Override
    public void redo() {
        execute();
    }

    private void set(double[] v) {
        row.setValue(ComponentRow.Field.POSITION, v[0]);
        row.setValue(ComponentRow.Field.AREA, v[1]);
    }
}
