package org.interphase.eis.ui.internal;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ImpedanceData;

/** The numbers the plots show: model curves on a log-spaced frequency grid and relative residuals. */
public final class FitCurves {

    /**
     * A complex curve over frequency.
     *
     * @param frequencyHz frequencies
     * @param re          Z' in Ohm
     * @param im          Z'' in Ohm (signed)
     */
    public record Curve(double[] frequencyHz, double[] re, double[] im) {

        /** -Z'' (positive for capacitive behaviour), the Nyquist ordinate. */
        public double[] minusIm() {
            double[] y = new double[im.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = -im[i];
            }
            return y;
        }

        /** |Z| in Ohm. */
        public double[] modulus() {
            double[] m = new double[re.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = Math.sqrt(re[i] * re[i] + im[i] * im[i]);
            }
            return m;
        }

        /** -phase in degrees (positive for capacitive behaviour). */
        public double[] minusPhaseDegrees() {
            double[] p = new double[re.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = -Math.toDegrees(Math.atan2(im[i], re[i]));
            }
            return p;
        }
    }

    /**
     * Relative residuals in percent, (Z_data - Z_fit) / |Z_data| per component (as in Boukamp's
     * Kramers-Kronig residual plots, J. Electrochem. Soc. 142 (1995) 1885).
     */
    public record Residuals(double[] frequencyHz, double[] realPercent, double[] imagPercent) {
    }

    private FitCurves() {
    }

    /** The data as a curve. */
    public static Curve of(ImpedanceData d) {
        return new Curve(d.frequencyHz(), d.zReal(), d.zImag());
    }

    /** The model at {@code n} log-spaced frequencies spanning the data (both ends included). */
    public static Curve model(Circuit c, double[] p, ImpedanceData d, int n) {
        double lo = Math.log10(d.minFrequency());
        double hi = Math.log10(d.maxFrequency());
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, n == 1 ? lo : hi - (hi - lo) * i / (n - 1));
        }
        return at(c, p, f);
    }

    /** The model at the given frequencies. */
    public static Curve at(Circuit c, double[] p, double[] frequencyHz) {
        double[] re = new double[frequencyHz.length];
        double[] im = new double[frequencyHz.length];
        for (int i = 0; i < frequencyHz.length; i++) {
            Complex z = c.impedance(frequencyHz[i], p);
            re[i] = z.re();
            im[i] = z.im();
        }
        return new Curve(frequencyHz.clone(), re, im);
    }

    /** Relative residuals of the model at the data frequencies. */
    public static Residuals residuals(Circuit c, double[] p, ImpedanceData d) {
        int n = d.size();
        double[] rr = new double[n];
        double[] ri = new double[n];
        for (int i = 0; i < n; i++) {
            Complex z = d.z(i);
            Complex m = c.impedance(d.frequency(i), p);
            double mod = z.abs();
            rr[i] = 100 * (z.re() - m.re()) / mod;
            ri[i] = 100 * (z.im() - m.im()) / mod;
        }
        return new Residuals(d.frequencyHz(), rr, ri);
    }
}
