package org.interphase.eis.internal.drt;

/**
 * Gaussian radial-basis discretisation of the DRT after Wan, Saccoccio, Chen and Ciucci, Electrochim. Acta
 * 184 (2015) 483 (DRTtools): gamma(x) = sum_m c_m exp(-(eps (x - x_m))^2) with x = ln tau on a uniform grid.
 * The shape factor follows DRTtools' "FWHM coefficient": eps = coeff * 2 sqrt(ln 2) / dx, so the RBF's full
 * width at half maximum is dx / coeff. The impedance matrices (their eqs. 32-33)
 * A'_nm = int phi_m(x) / (1 + (omega_n tau)^2) dx and A''_nm = -int phi_m(x) omega_n tau / (1 + (omega_n tau)^2) dx
 * are integrated by the trapezoid rule over +-6/eps (the integrand is a Gaussian times a smooth function, so
 * the rule converges geometrically); the penalty is the closed-form Gram matrix of the first or second
 * derivatives of the RBFs (DRTtools' inner products).
 *
 * @param x   the grid of ln tau
 * @param eps the shape factor
 */
record RbfBasis(double[] x, double eps) {

    private static final int QUADRATURE_POINTS = 241;

    /**
     * A grid with the data's mean point spacing in ln f (at least 6 per decade), from ln(1/omega_max) to
     * ln(1/omega_min) extended by {@code extendDecades} at both ends.
     */
    static RbfBasis forFrequencies(double[] f, double fwhmCoefficient, double extendDecades) {
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        for (double v : f) {
            fMin = Math.min(fMin, v);
            fMax = Math.max(fMax, v);
        }
        double lo = Math.log(1 / (2 * Math.PI * fMax)) - extendDecades * Math.log(10);
        double hi = Math.log(1 / (2 * Math.PI * fMin)) + extendDecades * Math.log(10);
        double spacing = Math.log(fMax / fMin) / Math.max(1, f.length - 1);
        spacing = Math.min(spacing, Math.log(10) / 6);
        int k = Math.max(2, (int) Math.round((hi - lo) / spacing) + 1);
        double[] x = new double[k];
        for (int m = 0; m < k; m++) {
            x[m] = lo + (hi - lo) * m / (k - 1);
        }
        double dx = x[1] - x[0];
        double eps = fwhmCoefficient * 2 * Math.sqrt(Math.log(2)) / dx;
        return new RbfBasis(x, eps);
    }

    int size() {
        return x.length;
    }

    /** The RBF centred at 0, evaluated at y. */
    double phi(double y) {
        double e = eps * y;
        return Math.exp(-e * e);
    }

    /** gamma(xq) for coefficients c. */
    double gamma(double[] c, double xq) {
        double s = 0;
        for (int m = 0; m < x.length; m++) {
            double y = xq - x[m];
            if (Math.abs(eps * y) < 8) {
                s += c[m] * phi(y);
            }
        }
        return s;
    }

    /** Real (index 0) and imaginary (index 1) impedance matrices, rows = frequencies, columns = RBFs. */
    double[][][] impedanceMatrices(double[] omega) {
        int n = omega.length;
        int k = x.length;
        double half = 6 / eps;
        double h = 2 * half / (QUADRATURE_POINTS - 1);
        double[] y = new double[QUADRATURE_POINTS];
        double[] wq = new double[QUADRATURE_POINTS];
        double[] ey = new double[QUADRATURE_POINTS];
        for (int q = 0; q < QUADRATURE_POINTS; q++) {
            y[q] = -half + q * h;
            wq[q] = h * phi(y[q]) * (q == 0 || q == QUADRATURE_POINTS - 1 ? 0.5 : 1);
            ey[q] = Math.exp(y[q]);
        }
        double[][] re = new double[n][k];
        double[][] im = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < k; m++) {
                double wt0 = omega[i] * Math.exp(x[m]);
                double sr = 0;
                double si = 0;
                for (int q = 0; q < QUADRATURE_POINTS; q++) {
                    double wt = wt0 * ey[q];
                    double d = 1 / (1 + wt * wt);
                    sr += wq[q] * d;
                    si -= wq[q] * wt * d;
                }
                re[i][m] = sr;
                im[i][m] = si;
            }
        }
        return new double[][][] {re, im};
    }

    /**
     * The Gram matrix int gamma^(k)(x) gamma^(k)(x) dx for derivative order 1 or 2, closed form for Gaussians:
     * with a = eps (x_i - x_j), order 1: eps (1 - a^2) e^{-a^2/2} sqrt(pi/2); order 2:
     * eps^3 (3 - 6 a^2 + a^4) e^{-a^2/2} sqrt(pi/2).
     */
    double[][] penalty(int order) {
        int k = x.length;
        double[][] r = new double[k][k];
        double c = Math.sqrt(Math.PI / 2);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double a = eps * (x[i] - x[j]);
                double a2 = a * a;
                double g = Math.exp(-a2 / 2) * c;
                r[i][j] = order == 1 ? eps * (1 - a2) * g : eps * eps * eps * (3 - 6 * a2 + a2 * a2) * g;
            }
        }
        return r;
    }
}
