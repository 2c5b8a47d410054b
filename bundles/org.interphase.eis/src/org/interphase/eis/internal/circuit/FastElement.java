package org.interphase.eis.internal.circuit;

import org.interphase.eis.api.Complex;

/**
 * Built-in elements that evaluate into primitive arrays without allocating (the fitter's hot path).
 * Writes Z to {@code z[0], z[1]} and, when {@code gRe} is not null, dZ/dp[offset + k] into
 * {@code gRe/gIm[offset + k]}.
 */
interface FastElement {

    void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm);

    /** {@link org.interphase.eis.api.ElementType#impedance} computed through {@link #evaluate}. */
    static Complex viaArrays(FastElement e, double w, double[] p, int o, int n, Complex[] grad) {
        double[] z = new double[2];
        if (grad == null) {
            e.evaluate(w, p, o, z, null, null);
        } else {
            double[] gRe = new double[o + n];
            double[] gIm = new double[o + n];
            e.evaluate(w, p, o, z, gRe, gIm);
            for (int k = o; k < o + n; k++) {
                grad[k] = new Complex(gRe[k], gIm[k]);
            }
        }
        return new Complex(z[0], z[1]);
    }
}
