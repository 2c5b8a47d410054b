package org.interphase.xps.internal.fit;

import java.util.random.RandomGenerator;

/**
 * Poisson random numbers: Knuth's multiplication method for small means and W. Hormann's transformed
 * rejection with squeeze, PTRS (Insurance: Mathematics and Economics 12 (1993) 39), for means of 10 and
 * more. The log-factorial uses a table below 10 and Stirling's series above.
 */
public final class PoissonSampler {

    private static final double[] LOG_FACT = new double[10];

    static {
        for (int k = 1; k < LOG_FACT.length; k++) {
            LOG_FACT[k] = LOG_FACT[k - 1] + Math.log(k);
        }
    }

    private PoissonSampler() {
    }

    /** One Poisson variate with mean {@code mean} (0 for mean &lt;= 0). */
    public static long sample(double mean, RandomGenerator rng) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 10) {
            double l = Math.exp(-mean);
            long k = 0;
            double p = rng.nextDouble();
            while (p > l) {
                k++;
                p *= rng.nextDouble();
            }
            return k;
        }
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam
                    - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln k!. */
    public static double logFactorial(long k) {
        if (k < LOG_FACT.length) {
            return LOG_FACT[(int) k];
        }
        double x = k;
        double x2 = x * x;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x2)
                + 1 / (1260 * x2 * x2 * x);
    }
}
