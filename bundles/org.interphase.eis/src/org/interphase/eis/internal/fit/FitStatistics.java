package org.interphase.eis.internal.fit;

import java.util.Arrays;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Covariance of the estimated parameters from the Jacobian at the optimum, cov = s^2 (J^T J)^-1 with
 * s^2 = chi2/(n - k) (as scipy's curve_fit with absolute_sigma=False). The normal matrix is scaled to unit
 * diagonal and inverted by SVD; directions with relative singular value below 1e-10 are not determined by
 * the data and the parameters that make them up are reported as non-identifiable.
 */
public final class FitStatistics {

    /**
     * @param covariance     k x k covariance (NaN rows/columns for non-identifiable parameters)
     * @param nonIdentifiable per parameter: in a null direction of the normal matrix
     */
    public record Covariance(double[][] covariance, boolean[] nonIdentifiable) {
    }

    private FitStatistics() {
    }

    /** @param jac the m x k Jacobian of the weighted residuals with respect to the natural parameters */
    public static Covariance covariance(double[][] jac, double chiSquare, int dof) {
        int k = jac.length == 0 ? 0 : jac[0].length;
        double[][] cov = new double[k][k];
        boolean[] bad = new boolean[k];
        if (k == 0) {
            return new Covariance(cov, bad);
        }
        double[][] a = new double[k][k];
        for (double[] row : jac) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += row[i] * row[j];
                }
            }
        }
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = Math.sqrt(a[i][i]);
            if (!(d[i] > 0)) {
                bad[i] = true;
                d[i] = 1;
            }
        }
        double[][] s = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = a[i][j] / (d[i] * d[j]);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(s, false));
        double[] sv = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double cut = 1e-10 * sv[0];
        for (int c = 0; c < sv.length; c++) {
            if (sv[c] <= cut) {
                for (int i = 0; i < k; i++) {
                    if (Math.abs(v.getEntry(i, c)) > 0.1) {
                        bad[i] = true;
                    }
                }
            }
        }
        double s2 = dof > 0 ? chiSquare / dof : Double.NaN;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double sum = 0;
                for (int c = 0; c < sv.length; c++) {
                    if (sv[c] > cut) {
                        sum += v.getEntry(i, c) * v.getEntry(j, c) / sv[c];
                    }
                }
                cov[i][j] = bad[i] || bad[j] ? Double.NaN : s2 * sum / (d[i] * d[j]);
            }
        }
        return new Covariance(cov, bad);
    }

    /** Correlation matrix of a covariance matrix. */
    public static double[][] correlation(double[][] cov) {
        int k = cov.length;
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                c[i][j] = cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return c;
    }

    static double[][] nanMatrix(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
