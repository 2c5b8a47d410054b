package org.interphase.eis.ui.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.SeriesResult;
import org.interphase.model.AnalysisResult;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;

/**
 * The results of a series as one undoable command: an {@link AnalysisResult} per fitted spectrum added
 * to that spectrum's measurement (so its parameters link to the measurement's Interface and CycleState),
 * built like single fits ({@link org.interphase.eis.api.EisResults#cnls}) with the series context in the inputs; shared
 * parameters carry the joint fit's uncertainty.
 */
public final class SeriesRecorder {

    private SeriesRecorder() {
    }

    /**
     * @param entries the spectra in the order the series was fitted (same labels as {@code r})
     */
    public static Command command(EditingDomain domain, Circuit circuit, SeriesResult r, List<SeriesSpectra.Entry> entries,
            FitOptions options, Map<String, QuantityKind> quantities) {
        CompoundCommand cc = new CompoundCommand("Save series fit of " + circuit.text());
        Date now = new Date();
        for (int i = 0; i < r.fits().size(); i++) {
            int k = indexOf(entries, r.labels().get(i));
            SeriesSpectra.Entry e = entries.get(k);
            FitResult fit = r.fits().get(i);
            FitRun run = new FitRun(circuit, e.data(), fit.parameters().stream().mapToDouble(FittedParameter::initial)
                    .toArray(), options, fit, quantities);
            AnalysisResult result = ResultRecorder.toResult(run, e.measurement(), now);
            result.setName("Series fit " + circuit.text() + " (" + (i + 1) + " of " + r.fits().size() + ")");
            result.getInputs().add("series:" + String.join(";", r.labels()));
            if (!r.shared().isEmpty()) {
                result.getInputs().add("shared:" + String.join(",", r.shared().stream().map(FittedParameter::name).toList()));
                for (ResultParameter p : result.getParameters()) {
                    r.sharedParameter(p.getName()).ifPresent(s -> {
                        p.setStandardError(s.standardError());
                        p.setLower95(s.lower95());
                        p.setUpper95(s.upper95());
                        p.setFixed(false);
                        p.setNotes("shared across the series (joint fit)");
                    });
                }
            }
            cc.append(ResultRecorder.addCommand(domain, e.measurement(), result));
        }
        return cc;
    }

    private static int indexOf(List<SeriesSpectra.Entry> entries, String label) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).data().label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no spectrum " + label);
    }
}
