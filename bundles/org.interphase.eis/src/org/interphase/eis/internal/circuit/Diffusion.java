package org.interphase.eis.internal.circuit;

import org.interphase.eis.api.Complex;

/** Impedance and derivatives of coth/tanh diffusion elements and the de Levie transmission line. */
final class Diffusion {

    private Diffusion() {
    }

    /** Below this |s| the Laurent series is used: coth(s) loses digits to cancellation there. */
    private static final double SMALL = 0.05;

    /** g(s) = coth(s)/s = 1/s^2 + 1/3 - s^2/45 + 2 s^4/945 - ... */
    static Complex g(Complex s) {
        if (s.abs() < SMALL) {
            Complex s2 = s.square();
            return s2.reciprocal().plus(1.0 / 3).plus(s2.times(-1.0 / 45)).plus(s2.square().times(2.0 / 945));
        }
        return s.coth().divide(s);
    }

    /** g'(s) = -(csch^2(s)/s + coth(s)/s^2), with csch^2 = coth^2 - 1. */
    static Complex gPrime(Complex s) {
        if (s.abs() < SMALL) {
            Complex s2 = s.square();
            return s2.times(s).reciprocal().times(-2).plus(s.times(-2.0 / 45)).plus(s2.times(s).times(8.0 / 945));
        }
        Complex coth = s.coth();
        Complex csch2 = coth.square().minus(Complex.ONE);
        return csch2.divide(s).plus(coth.divide(s.square())).negate();
    }

    static Complex open(double w, double r, double tau, int o, Complex[] grad) {
        Complex s = new Complex(0, w * tau).sqrt();
        Complex g = g(s);
        if (grad != null) {
            grad[o] = g;
            grad[o + 1] = gPrime(s).times(s).times(r / (2 * tau));
        }
        return g.times(r);
    }

    static Complex shortCircuit(double w, double r, double tau, int o, Complex[] grad) {
        Complex s = new Complex(0, w * tau).sqrt();
        Complex tanh = s.tanh();
        Complex h = tanh.divide(s);
        if (grad != null) {
            Complex sech2 = Complex.ONE.minus(tanh.square());
            Complex hPrime = sech2.times(s).minus(tanh).divide(s.square());
            grad[o] = h;
            grad[o + 1] = hPrime.times(s).times(r / (2 * tau));
        }
        return h.times(r);
    }

    static Complex transmissionLine(double w, double rion, double rct, double q, double a, int o, Complex[] grad) {
        Complex jwa = Complex.jOmegaPow(w, a);
        Complex zi = jwa.times(q).plus(1 / rct).reciprocal();
        Complex k = Complex.real(rion).divide(zi).sqrt();
        Complex g = g(k);
        Complex z = g.times(rion);
        if (grad != null) {
            Complex gp = gPrime(k);
            grad[o] = g.plus(gp.times(k).times(0.5));
            Complex dZdZi = gp.times(k).divide(zi).times(-0.5 * rion);
            Complex zi2 = zi.square();
            grad[o + 1] = dZdZi.times(zi2.times(1 / (rct * rct)));
            grad[o + 2] = dZdZi.times(zi2.times(jwa).negate());
            Complex lnjw = new Complex(Math.log(w), Math.PI / 2);
            grad[o + 3] = dZdZi.times(zi2.times(jwa).times(lnjw).times(-q));
        }
        return z;
    }
}
