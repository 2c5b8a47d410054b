package org.interphase.eis.internal.drt;

/**
 * Automatic choice of the Tikhonov parameter on a log grid 1e-10 .. 1 (quarter decades), using the
 * unconstrained ridge solution of the stacked system [A; sqrt(lambda) L] u = [b; 0] by QR (the
 * non-negativity is imposed afterwards, as in DRTtools).
 */
final class LambdaSearch {

    static final double LOG_MIN = -10;
    static final double LOG_MAX = 0;
    static final double STEP = 0.25;
    /**
     * RSS(lambda) may reach this multiple of the smallest RSS: the residual norm at most twice the attainable
     * one (Morozov's safety factor tau = 2 on the norm). On the real spectra of the shared data this gives 3-4
     * DRT peaks with lambda inside the range; 1.5 or 2 leave the comb of an under-smoothed DRT.
     */
    static final double DISCREPANCY_FACTOR = 4;

    /** lambdas, criterion values and the index chosen. */
    record Choice(double[] lambdas, double[] criterion, int best) {
    }

    private LambdaSearch() {
    }

    static double[] grid() {
        int n = (int) Math.round((LOG_MAX - LOG_MIN) / STEP) + 1;
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = Math.pow(10, LOG_MIN + i * STEP);
        }
        return l;
    }

    /** [A; sqrt(lambda) L] and [b; 0]. */
    static double[][] stack(double[][] a, double[][] l, double lambda) {
        double s = Math.sqrt(lambda);
        double[][] e = new double[a.length + l.length][];
        for (int i = 0; i < a.length; i++) {
            e[i] = a[i];
        }
        for (int i = 0; i < l.length; i++) {
            double[] row = l[i].clone();
            for (int j = 0; j < row.length; j++) {
                row[j] *= s;
            }
            e[a.length + i] = row;
        }
        return e;
    }

    static double[] stackRhs(double[] b, int penaltyRows) {
        double[] f = new double[b.length + penaltyRows];
        System.arraycopy(b, 0, f, 0, b.length);
        return f;
    }

    /**
     * Generalised cross-validation (Golub, Heath, Wahba, Technometrics 21 (1979) 215):
     * GCV = n ||b - A u||^2 / (n - tr H)^2, tr H = ||A R^-1||_F^2 from the QR of the stacked matrix.
     */
    static Choice gcv(double[][] a, double[] b, double[][] l) {
        double[] lambdas = grid();
        double[] score = new double[lambdas.length];
        int n = b.length;
        double[] f = stackRhs(b, l.length);
        int best = 0;
        for (int k = 0; k < lambdas.length; k++) {
            double[][] e = stack(a, l, lambdas[k]);
            HouseholderLs qr = HouseholderLs.of(e, f);
            double rss = dataRss(a, b, qr.solution());
            double dof = n - qr.influenceTrace(e, n);
            score[k] = dof > 0 ? n * rss / (dof * dof) : Double.POSITIVE_INFINITY;
            if (score[k] < score[best]) {
                best = k;
            }
        }
        return new Choice(lambdas, score, best);
    }

    /**
     * Morozov's discrepancy principle (V. A. Morozov, Soviet Math. Dokl. 7 (1966) 414; Hansen, Rank-Deficient and
     * Discrete Ill-Posed Problems, SIAM 1998, sec. 7.2) with the attainable misfit in place of the unknown
     * noise level: the largest lambda whose residual sum of squares is at most {@code factor} times the
     * smallest one on the grid. Measured spectra carry systematic misfit (a CPE or diffusion tail, an
     * inductive branch) that GCV mistakes for signal, so GCV keeps decreasing towards the smallest lambda
     * (Saccoccio et al., Electrochim. Acta 147 (2014) 470, report the same under-smoothing); the discrepancy
     * criterion instead smooths as much as the data allow. The criterion values are RSS(lambda) / RSS_min.
     */
    static Choice discrepancy(double[][] a, double[] b, double[][] l, double factor) {
        double[] lambdas = grid();
        double[] ratio = new double[lambdas.length];
        double[] f = stackRhs(b, l.length);
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < lambdas.length; k++) {
            ratio[k] = dataRss(a, b, HouseholderLs.of(stack(a, l, lambdas[k]), f).solution());
            min = Math.min(min, ratio[k]);
        }
        int best = 0;
        for (int k = 0; k < lambdas.length; k++) {
            ratio[k] = min > 0 ? ratio[k] / min : 1;
            if (ratio[k] <= factor) {
                best = k;
            }
        }
        return new Choice(lambdas, ratio, best);
    }

    /**
     * The L-curve corner (Hansen, SIAM Review 34 (1992) 561): the largest curvature of
     * (log ||b - A u||^2, log ||L u||^2) as a curve in log lambda, by central differences; end points excluded.
     */
    static Choice lCurve(double[][] a, double[] b, double[][] l) {
        double[] lambdas = grid();
        int m = lambdas.length;
        double[] rho = new double[m];
        double[] eta = new double[m];
        double[] f = stackRhs(b, l.length);
        for (int k = 0; k < m; k++) {
            double[] u = HouseholderLs.of(stack(a, l, lambdas[k]), f).solution();
            rho[k] = Math.log10(Math.max(dataRss(a, b, u), 1e-300));
            double[] lu = Dense.times(l, u);
            double s = 0;
            for (double v : lu) {
                s += v * v;
            }
            eta[k] = Math.log10(Math.max(s, 1e-300));
        }
        double[] kappa = new double[m];
        int best = 1;
        kappa[0] = Double.NaN;
        kappa[m - 1] = Double.NaN;
        for (int k = 1; k < m - 1; k++) {
            double r1 = (rho[k + 1] - rho[k - 1]) / (2 * STEP);
            double e1 = (eta[k + 1] - eta[k - 1]) / (2 * STEP);
            double r2 = (rho[k + 1] - 2 * rho[k] + rho[k - 1]) / (STEP * STEP);
            double e2 = (eta[k + 1] - 2 * eta[k] + eta[k - 1]) / (STEP * STEP);
            double den = Math.pow(r1 * r1 + e1 * e1, 1.5);
            kappa[k] = den > 0 ? (r1 * e2 - r2 * e1) / den : 0;
            if (kappa[k] > kappa[best]) {
                best = k;
            }
        }
        return new Choice(lambdas, kappa, best);
    }

    static double dataRss(double[][] a, double[] b, double[] u) {
        double[] fit = Dense.times(a, u);
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            double e = b[i] - fit[i];
            s += e * e;
        }
        return s;
    }
}
