package org.interphase.eis.ui.internal;

import java.util.Date;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.eis.api.EisResults;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FitRun;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;

/**
 * Records a finished fit in the study: the result is built by the technique's builder
 * {@link EisResults#cnls} (the same call the batch engine and the demo make) and added by an EMF command, so
 * the Cell editor can undo and save it.
 */
public final class ResultRecorder {

    /** Algorithm id of CNLS circuit fits. */
    public static final String ALGORITHM_ID = EisResults.CNLS;

    private ResultRecorder() {
    }

    /** The result of {@code run} on {@code m} ({@link EisResults#cnls}). */
    public static AnalysisResult toResult(FitRun run, Measurement m, Date now) {
        return EisResults.cnls(run, m, now);
    }

    /**
     * Records {@code run} on {@code m} through the editing domain (undoable) and returns the message for the
     * user: where it went, or why it was not saved.
     */
    public static String save(EditingDomain domain, Measurement m, FitRun run) {
        AnalysisResult result = toResult(run, m, new Date());
        Command cmd = addCommand(domain, m, result);
        if (!cmd.canExecute()) {
            return "Not saved: the study does not accept the result (read-only?)";
        }
        domain.getCommandStack().execute(cmd);
        String where = m.getCycleState() == null ? "" : ", " + m.getCycleState().getName();
        return "Saved \u201C" + result.getName() + "\u201D to " + m.getName() + where
                + ". Undo in the Cell editor (Ctrl+Z); save the study to keep it.";
    }

    /** The command that adds {@code result} to {@code m}'s analyses. */
    public static Command addCommand(EditingDomain domain, Measurement m, AnalysisResult result) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result);
    }

    /** One line: circuit, weighting, statistics and warnings. */
    public static String summary(FitResult fit) {
        return EisResults.summary(fit);
    }
}
