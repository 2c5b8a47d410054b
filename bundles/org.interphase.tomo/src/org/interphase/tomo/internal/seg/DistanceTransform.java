package org.interphase.tomo.internal.seg;

/**
 * Exact squared Euclidean distance transform of a 2-D binary image by the separable lower-envelope-of-
 * parabolas algorithm of P. F. Felzenszwalb, D. P. Huttenlocher, "Distance transforms of sampled functions",
 * Theory of Computing 8 (2012) 415-428: a 1-D pass down every column, then along every row, O(n) each.
 */
public final class DistanceTransform {

    private static final double INF = 1e20;

    private DistanceTransform() {
    }

    /**
     * Squared distance from every pixel to the nearest pixel where {@code inside} is false; pixels beyond
     * the image border count as outside.
     */
    public static double[] squaredToOutside(boolean[] inside, int nx, int ny) {
        int px = nx + 2; // one outside pixel of padding on every side
        int py = ny + 2;
        double[] g = new double[px * py];
        for (int y = 0; y < py; y++) {
            for (int x = 0; x < px; x++) {
                boolean in = x > 0 && y > 0 && x <= nx && y <= ny && inside[(y - 1) * nx + (x - 1)];
                g[y * px + x] = in ? INF : 0;
            }
        }
        int n = Math.max(px, py);
        double[] f = new double[n];
        double[] d = new double[n];
        int[] v = new int[n];
        double[] z = new double[n + 1];
        for (int x = 0; x < px; x++) {
            for (int y = 0; y < py; y++) {
                f[y] = g[y * px + x];
            }
            transform1d(f, py, d, v, z);
            for (int y = 0; y < py; y++) {
                g[y * px + x] = d[y];
            }
        }
        for (int y = 0; y < py; y++) {
            System.arraycopy(g, y * px, f, 0, px);
            transform1d(f, px, d, v, z);
            System.arraycopy(d, 0, g, y * px, px);
        }
        double[] out = new double[nx * ny];
        for (int y = 0; y < ny; y++) {
            System.arraycopy(g, (y + 1) * px + 1, out, y * nx, nx);
        }
        return out;
    }

    /** 1-D squared distance transform of the sampled function {@code f[0..n)} into {@code d}. */
    private static void transform1d(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
            while (s <= z[k]) {
                k--;
                s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }
}
