package org.interphase.sims.api;

/**
 * Time-of-flight mass calibration m = ((t - t0) / k)^2, i.e. t = t0 + k sqrt(m) (flight time proportional
 * to sqrt(m/z) for ions of equal kinetic energy; the law pySPM and SurfaceLab use, with t in channels).
 *
 * @param t0      time offset (channels)
 * @param k       channels per sqrt(u)
 * @param t0Error standard error of t0 (NaN with only two calibration peaks)
 * @param kError  standard error of k (NaN with only two calibration peaks)
 * @param peaks   number of calibration peaks
 */
public record MassCalibration(double t0, double k, double t0Error, double kError, int peaks) {

    /** m/z at time (channel) t. */
    public double mass(double t) {
        double r = (t - t0) / k;
        return r * r;
    }

    /** Time (channel) of mass m. */
    public double time(double m) {
        return t0 + k * Math.sqrt(m);
    }

    /** m/z for many times. */
    public double[] masses(double[] t) {
        double[] m = new double[t.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mass(t[i]);
        }
        return m;
    }

    /**
     * Least-squares fit of t = t0 + k sqrt(m) to chosen peaks (times t and their assigned exact masses m).
     *
     * @throws IllegalArgumentException with fewer than two peaks, non-positive masses or coinciding masses
     */
    public static MassCalibration fit(double[] t, double[] m) {
        int n = t.length;
        if (n != m.length || n < 2) {
            throw new IllegalArgumentException("need at least two (time, mass) pairs, got " + Math.min(n, m.length));
        }
        double[] q = new double[n];
        double mq = 0;
        double mt = 0;
        for (int i = 0; i < n; i++) {
            if (!(m[i] > 0) || !Double.isFinite(t[i])) {
                throw new IllegalArgumentException("mass " + m[i] + " at time " + t[i] + " cannot calibrate");
            }
            q[i] = Math.sqrt(m[i]);
            mq += q[i] / n;
            mt += t[i] / n;
        }
        double sqq = 0;
        double sqt = 0;
        for (int i = 0; i < n; i++) {
            sqq += (q[i] - mq) * (q[i] - mq);
            sqt += (q[i] - mq) * (t[i] - mt);
        }
        if (sqq == 0) {
            throw new IllegalArgumentException("calibration peaks must have different masses");
        }
        double k = sqt / sqq;
        double t0 = mt - k * mq;
        double kErr = Double.NaN;
        double t0Err = Double.NaN;
        if (n > 2) {
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double r = t[i] - t0 - k * q[i];
                rss += r * r;
            }
            double s2 = rss / (n - 2);
            kErr = Math.sqrt(s2 / sqq);
            t0Err = Math.sqrt(s2 * (1.0 / n + mq * mq / sqq));
        }
        return new MassCalibration(t0, k, t0Err, kErr, n);
    }
}
