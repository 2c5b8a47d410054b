package org.interphase.eis.internal.circuit;

import org.interphase.eis.api.Complex;

/** Havriliak-Negami relaxation Z = R / (1 + (j w tau)^alpha)^beta, and the Zarc (beta = 1). */
final class Relaxation {

    private Relaxation() {
    }

    /** Derivatives for R, tau, alpha and (when {@code withBeta}) beta are written from {@code grad[o]}. */
    static Complex havriliakNegami(double w, double r, double tau, double alpha, double beta, int o, Complex[] grad,
            boolean withBeta) {
        Complex lnjwt = new Complex(Math.log(w * tau), Math.PI / 2);
        Complex x = lnjwt.times(alpha).exp();
        Complex d = x.plus(1);
        Complex dPowMinusBeta = beta == 1 ? d.reciprocal() : d.log().times(-beta).exp();
        Complex z = dPowMinusBeta.times(r);
        if (grad != null) {
            Complex common = z.divide(d).times(-beta); // dZ/dx
            grad[o] = dPowMinusBeta;
            grad[o + 1] = common.times(x).times(alpha / tau);
            grad[o + 2] = common.times(x).times(lnjwt);
            if (withBeta) {
                grad[o + 3] = z.times(d.log()).negate();
            }
        }
        return z;
    }
}
