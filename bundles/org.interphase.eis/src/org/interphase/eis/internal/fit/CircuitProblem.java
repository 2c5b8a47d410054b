package org.interphase.eis.internal.fit;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.ImpedanceKernel;
import org.interphase.eis.api.Weighting;

/**
 * The CNLS problem of a circuit and a spectrum in the fitter's coordinates x: positive magnitudes as
 * ln(p) (so 1e-10 F and 1e5 Ohm are equally well conditioned), bounded exponents linearly; fixed and
 * linked parameters are left out (a linked parameter copies its source, whose Jacobian column gains the
 * linked one's derivative). Residuals are (X_model - X_data)/sigma for the real and imaginary parts with
 * X = Z, or X = Y = 1/Z for admittance fits (dY/dp = -Y^2 dZ/dp).
 */
public final class CircuitProblem implements LevenbergMarquardt.Problem {

    private final Circuit circuit;
    private final double[] f;
    private final double[] zRe;
    private final double[] zIm;
    private final double[] re;
    private final double[] im;
    private final boolean admittance;
    private final int[] linkTarget;
    private final int[] linkSource;
    private final double[] wRe;
    private final double[] wIm;
    private final int[] free;
    private final boolean[] log;
    private final double[] full;
    private final double[] omega;
    private final ImpedanceKernel kernel;

    /**
     * @param free  indices (in circuit order) of the fitted parameters
     * @param log   per free parameter: fitted as its logarithm
     * @param start full parameter vector supplying the fixed values
     */
    public CircuitProblem(Circuit circuit, ImpedanceData data, Weighting weighting, int[] free, boolean[] log,
            double[] start) {
        this(circuit, data, weighting, free, log, start, new int[0], new int[0], false);
    }

    /**
     * @param linkTarget circuit indices of linked parameters
     * @param linkSource the circuit index each of them copies
     * @param admittance residuals in Y = 1/Z
     */
    public CircuitProblem(Circuit circuit, ImpedanceData data, Weighting weighting, int[] free, boolean[] log,
            double[] start, int[] linkTarget, int[] linkSource, boolean admittance) {
        this.circuit = circuit;
        this.f = data.frequencyHz();
        this.zRe = data.zReal();
        this.zIm = data.zImag();
        this.admittance = admittance;
        this.linkTarget = linkTarget.clone();
        this.linkSource = linkSource.clone();
        int n = f.length;
        this.re = new double[n];
        this.im = new double[n];
        for (int i = 0; i < n; i++) {
            double d = admittance ? zRe[i] * zRe[i] + zIm[i] * zIm[i] : 1;
            re[i] = admittance ? zRe[i] / d : zRe[i];
            im[i] = admittance ? -zIm[i] / d : zIm[i];
        }
        this.wRe = new double[n];
        this.wIm = new double[n];
        for (int i = 0; i < n; i++) {
            double mod = Math.hypot(re[i], im[i]);
            switch (weighting) {
                case MODULUS, BOUKAMP -> { // identical: w = 1/(X'^2 + X''^2) on the squared residual
                    wRe[i] = 1 / mod;
                    wIm[i] = 1 / mod;
                }
                case UNIT -> {
                    wRe[i] = 1;
                    wIm[i] = 1;
                }
                case PROPORTIONAL -> {
                    wRe[i] = 1 / Math.max(Math.abs(re[i]), 0.01 * mod);
                    wIm[i] = 1 / Math.max(Math.abs(im[i]), 0.01 * mod);
                }
            }
        }
        this.free = free.clone();
        this.log = log.clone();
        this.full = start.clone();
        this.omega = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * f[i];
        }
        this.kernel = circuit.kernel();
    }

    @Override
    public int residuals() {
        return 2 * f.length;
    }

    @Override
    public int parameters() {
        return free.length;
    }

    /** The full parameter vector for fitter coordinates x. */
    public double[] toParameters(double[] x) {
        double[] p = full.clone();
        for (int j = 0; j < free.length; j++) {
            p[free[j]] = log[j] ? Math.exp(x[j]) : x[j];
        }
        for (int l = 0; l < linkTarget.length; l++) {
            p[linkTarget[l]] = p[linkSource[l]];
        }
        return p;
    }

    /** Fitter coordinates of a full parameter vector. */
    public double[] toCoordinates(double[] p) {
        double[] x = new double[free.length];
        for (int j = 0; j < free.length; j++) {
            x[j] = log[j] ? Math.log(p[free[j]]) : p[free[j]];
        }
        return x;
    }

    @Override
    public boolean evaluate(double[] x, double[] r, double[][] jac) {
        double[] p = toParameters(x);
        return residualsAt(p, r, jac, true);
    }

    /**
     * Residuals at the full parameter vector p; the Jacobian is taken with respect to the fitter
     * coordinates when {@code inCoordinates}, else with respect to the natural parameters.
     */
    public boolean residualsAt(double[] p, double[] r, double[][] jac, boolean inCoordinates) {
        ImpedanceKernel k = kernel;
        boolean g = jac != null;
        double[] gRe = k.gradRe();
        double[] gIm = k.gradIm();
        for (int i = 0; i < f.length; i++) {
            k.evaluate(omega[i], p, g);
            double mr = k.re();
            double mi = k.im();
            if (g) {
                for (int l = 0; l < linkTarget.length; l++) {
                    gRe[linkSource[l]] += gRe[linkTarget[l]];
                    gIm[linkSource[l]] += gIm[linkTarget[l]];
                }
            }
            double y2r = 0;
            double y2i = 0;
            if (admittance) {
                double d = mr * mr + mi * mi;
                mr = mr / d;
                mi = -k.im() / d;
                y2r = -(mr * mr - mi * mi); // -Y^2
                y2i = -2 * mr * mi;
            }
            double a = (mr - re[i]) * wRe[i];
            double b = (mi - im[i]) * wIm[i];
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                return false;
            }
            r[2 * i] = a;
            r[2 * i + 1] = b;
            if (g) {
                double[] j0 = jac[2 * i];
                double[] j1 = jac[2 * i + 1];
                for (int j = 0; j < free.length; j++) {
                    int q = free[j];
                    double scale = inCoordinates && log[j] ? p[q] : 1;
                    double dr = gRe[q];
                    double di = gIm[q];
                    if (admittance) {
                        double t = dr * y2r - di * y2i;
                        di = dr * y2i + di * y2r;
                        dr = t;
                    }
                    j0[j] = dr * wRe[i] * scale;
                    j1[j] = di * wIm[i] * scale;
                }
            }
        }
        return true;
    }

    /** Boukamp's pseudo chi-square sum |Z_fit - Z|^2/|Z|^2 at the full parameter vector p. */
    public double pseudoChiSquare(double[] p) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            Complex z = circuit.impedance(f[i], p);
            double dr = z.re() - zRe[i];
            double di = z.im() - zIm[i];
            s += (dr * dr + di * di) / (zRe[i] * zRe[i] + zIm[i] * zIm[i]);
        }
        return s;
    }
}
