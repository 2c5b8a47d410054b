package org.interphase.eis.api;

import org.interphase.eis.internal.valid.KkTest;

/**
 * The linear Kramers-Kronig test (lin-KK) of Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta 131
 * (2014) 20: a series of M RC elements with fixed, log-spaced time constants spanning 1/omega_max ..
 * 1/omega_min (plus R0 and optionally a series L and C) is fitted to the spectrum by linear least squares
 * on real and imaginary parts together, weighted by 1/|Z|. Because that model is KK-compliant by
 * construction, large or structured residuals mean the data are not (drift, non-linearity, noise).
 * M is chosen by {@link KkMethod}; the default avoids the mu criterion's early stops.
 */
public final class KramersKronig {

    private KramersKronig() {
    }

    /** Runs the test. */
    public static KkResult test(ImpedanceData data, KkOptions options) {
        return KkTest.run(data, options);
    }

    /** Runs the test with {@link KkOptions#defaults()}. */
    public static KkResult test(ImpedanceData data) {
        return KkTest.run(data, KkOptions.defaults());
    }
}
