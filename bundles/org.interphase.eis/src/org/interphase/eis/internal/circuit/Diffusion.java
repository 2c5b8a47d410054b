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

    /**
     * Open finite Warburg Z = R coth(s)/s, s = sqrt(j w tau) = x (1 + j) with x = sqrt(w tau / 2), written
     * out in real arithmetic (no allocation; the fitter's hot path). coth(s) = (1 + e)/(1 - e) with
     * e = exp(-2s); below |s| = SMALL the Laurent series of g = coth(s)/s and g'(s) is used (s^2 = j u,
     * u = w tau). dZ/dR = g, dZ/dtau = g'(s) s R / (2 tau).
     */
    static void open(double w, double r, double tau, int o, double[] z, double[] gRe, double[] gIm) {
        double u = w * tau;
        double x = Math.sqrt(u / 2);
        double gr;
        double gi;
        double pr;
        double pi;
        if (x * Math.sqrt(2) < SMALL) {
            gr = 1.0 / 3 - 2 * u * u / 945;
            gi = -1 / u - u / 45;
            double a = 1 / (u * x) - 2 * x / 45;
            pr = a - 8 * u * x / 945;
            pi = a + 8 * u * x / 945;
        } else {
            double t = Math.exp(-2 * x);
            double er = t * Math.cos(2 * x);
            double ei = -t * Math.sin(2 * x);
            double dr = 1 - er;
            double di = -ei;
            double dd = dr * dr + di * di;
            double nr = 1 + er;
            double ni = ei;
            double cr = (nr * dr + ni * di) / dd; // coth(s)
            double ci = (ni * dr - nr * di) / dd;
            gr = (cr + ci) / (2 * x); // coth / s, 1/s = (1 - j)/(2x)
            gi = (ci - cr) / (2 * x);
            double hr = cr * cr - ci * ci - 1; // csch^2 = coth^2 - 1
            double hi = 2 * cr * ci;
            double ar = (hr + hi) / (2 * x); // csch^2 / s
            double ai = (hi - hr) / (2 * x);
            double br = ci / (2 * x * x); // coth / s^2, 1/s^2 = -j/(2 x^2)
            double bi = -cr / (2 * x * x);
            pr = -(ar + br);
            pi = -(ai + bi);
        }
        z[0] = r * gr;
        z[1] = r * gi;
        if (gRe != null) {
            gRe[o] = gr;
            gIm[o] = gi;
            double k = x * r / (2 * tau); // g'(s) s = x (g'r - g'i, g'r + g'i)
            gRe[o + 1] = k * (pr - pi);
            gIm[o + 1] = k * (pr + pi);
        }
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
