package org.interphase.sims.ui.internal;

import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sims.api.DepthScale;

/**
 * The distance between two interfaces, e.g. where an interphase fragment rises and where it falls.
 * Errors of the two positions are taken as independent: sigma = sqrt(sigmaA^2 + sigmaB^2); in depth each
 * time error is scaled by the local sputter rate dz/dt of the rule.
 *
 * @param seconds   |tB - tA|
 * @param secondsError its standard uncertainty (NaN when unknown)
 * @param nm        |z(tB) - z(tA)| when a depth rule is set
 * @param nmError   its standard uncertainty
 */
public record Thickness(double seconds, double secondsError, OptionalDouble nm, OptionalDouble nmError) {

    /** Thickness between edges {@code a} and {@code b} by {@code method}. */
    public static Thickness between(EdgeRow a, EdgeRow b, EdgeMethod method, Optional<DepthScale> scale) {
        double ta = a.t50(method);
        double tb = b.t50(method);
        double ea = a.t50Error(method);
        double eb = b.t50Error(method);
        double seconds = Math.abs(tb - ta);
        double err = Math.hypot(ea, eb);
        if (scale.isEmpty()) {
            return new Thickness(seconds, err, OptionalDouble.empty(), OptionalDouble.empty());
        }
        DepthScale d = scale.get();
        double nm = Math.abs(d.depthNm(tb) - d.depthNm(ta));
        double nmErr = Math.hypot(rate(d, ta) * ea, rate(d, tb) * eb);
        return new Thickness(seconds, err, OptionalDouble.of(nm), OptionalDouble.of(nmErr));
    }

    /** Local sputter rate dz/dt (nm/s) by a central difference. */
    static double rate(DepthScale d, double t) {
        double h = 1e-3;
        return (d.depthNm(t + h) - d.depthNm(Math.max(0, t - h))) / (t + h - Math.max(0, t - h));
    }
}
