package org.interphase.eis.api;

import org.interphase.eis.internal.fit.AutoStart;
import org.interphase.eis.internal.fit.FitEngine;

/**
 * Complex nonlinear least-squares fitting of an equivalent circuit to an impedance spectrum
 * (J. R. Macdonald, Electrochim. Acta 35 (1990) 1483). Bounded Levenberg-Marquardt with analytic
 * derivatives; positive magnitudes fitted in log space; multi-start on request. The result is never the
 * start vector presented as a fit: a fit that does not move, stops at its iteration limit, ends on a
 * bound or leaves parameters undetermined says so in {@link FitResult#flags()}.
 */
public final class CnlsFitter {

    private CnlsFitter() {
    }

    /** Fits {@code circuit} to {@code data} from {@code initial} (circuit parameter order). */
    public static FitResult fit(Circuit circuit, ImpedanceData data, double[] initial, FitOptions options) {
        return FitEngine.fit(circuit, data, initial, options);
    }

    /**
     * As {@link #fit(Circuit, ImpedanceData, double[], FitOptions)}, polling {@code monitor} once per
     * iteration: a cancelled fit returns where it stopped, flagged {@link FitFlag#CANCELLED}.
     */
    public static FitResult fit(Circuit circuit, ImpedanceData data, double[] initial, FitOptions options,
            FitMonitor monitor) {
        return FitEngine.fit(circuit, data, initial, options, monitor);
    }

    /**
     * Fits without user guesses: starts from data-driven initial guesses and from the optima of nested
     * models in which one R‖CPE or R‖C block is held blocking (see {@code AutoStart}); the best fit wins.
     */
    public static FitResult fit(Circuit circuit, ImpedanceData data, FitOptions options) {
        return AutoStart.fit(circuit, data, options, FitMonitor.NONE);
    }

    /** As {@link #fit(Circuit, ImpedanceData, FitOptions)}, polling {@code monitor}. */
    public static FitResult fit(Circuit circuit, ImpedanceData data, FitOptions options, FitMonitor monitor) {
        return AutoStart.fit(circuit, data, options, monitor);
    }
}
