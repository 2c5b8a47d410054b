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
