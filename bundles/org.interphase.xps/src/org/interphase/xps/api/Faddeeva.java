package org.interphase.xps.api;

/**
 * The Faddeeva function w(z) = exp(-z^2) erfc(-i z) for Im z >= 0, after J. Humlicek, "Optimized
 * computation of the Voigt and complex probability functions", J. Quant. Spectrosc. Radiat. Transfer 27
 * (1982) 437 (algorithm W4; relative accuracy about 1e-4).
 */
final class Faddeeva {

    private Faddeeva() {
    }

    /** {Re w, Im w} at z = x + i y, y >= 0. */
    static double[] w(double x, double y) {
        // t = y - i x
        double tr = y;
        double ti = -x;
        double s = Math.abs(x) + y;
        if (s >= 15) {
            // t * 0.5641896 / (0.5 + t^2)
            double[] t2 = mul(tr, ti, tr, ti);
            return div(0.5641896 * tr, 0.5641896 * ti, 0.5 + t2[0], t2[1]);
        }
        if (s >= 5.5) {
            double[] u = mul(tr, ti, tr, ti);
            double[] num = mul(tr, ti, 1.410474 + u[0] * 0.5641896, u[1] * 0.5641896);
            double[] den = add(0.75, 0, mul(u[0], u[1], 3 + u[0], u[1]));
            return div(num[0], num[1], den[0], den[1]);
        }
        if (y >= 0.195 * Math.abs(x) - 0.176) {
            double[] num = horner(tr, ti, new double[] { 0.5642236, 3.778987, 11.96482, 20.20933, 16.4955 });
            double[] den = horner(tr, ti, new double[] { 1, 6.699398, 21.69274, 39.27121, 38.82363, 16.4955 });
            return div(num[0], num[1], den[0], den[1]);
        }
        double[] u = mul(tr, ti, tr, ti);
        double[] num = horner(u[0], u[1], new double[] { -0.56419, 1.320522, -35.76683, 219.0313, -1540.787,
            3321.9905, -36183.31 });
        double[] tnum = mul(tr, ti, num[0], num[1]);
        double[] den = horner(u[0], u[1], new double[] { 1, -1.841439, 61.57037, -364.2191, 2186.181, -9022.228,
            24322.84, -32066.6 });
        double[] q = div(tnum[0], tnum[1], den[0], den[1]);
        double e = Math.exp(u[0]);
        return new double[] { e * Math.cos(u[1]) - q[0], e * Math.sin(u[1]) - q[1] };
    }

    /** Polynomial with coefficients from the highest power down, at complex z. */
    private static double[] horner(double zr, double zi, double[] c) {
        double r = c[0];
        double i = 0;
        for (int k = 1; k < c.length; k++) {
            double[] p = mul(r, i, zr, zi);
            r = p[0] + c[k];
            i = p[1];
        }
        return new double[] { r, i };
    }

    private static double[] mul(double a, double b, double c, double d) {
        return new double[] { a * c - b * d, a * d + b * c };
    }

    private static double[] add(double a, double b, double[] c) {
        return new double[] { a + c[0], b + c[1] };
    }

    private static double[] div(double a, double b, double c, double d) {
        double den = c * c + d * d;
        return new double[] { (a * c + b * d) / den, (b * c - a * d) / den };
    }
}
