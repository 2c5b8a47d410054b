package org.interphase.xps.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tabulated LA/LF profiles in units of the FWHM parameter (numerical Gaussian convolution), cached per shape. */
final class CasaProfiles {

    private static final int MAX_CACHE = 64;
    private static final Map<Object, Table> CACHE = new LinkedHashMap<>();

    private CasaProfiles() {
    }


    /** A unit-area profile sampled on x = d / F = start + i * step. */
    record Table(double start, double step, double[] v) {
        double at(double d) {
            double p = (d - start) / step;
            int i = (int) Math.floor(p);
            if (i < 0 || i >= v.length - 1) {
                return 0;
            }
            double t = p - i;
            return v[i] * (1 - t) + v[i + 1] * t;
        }
    }

    static synchronized Table profile(LineShapes.CasaAsymmetric s) {
        Table t = CACHE.get(s);
        if (t == null) {
            if (CACHE.size() >= MAX_CACHE) {
                CACHE.clear();
            }
            t = compute(s);
            CACHE.put(s, t);
        }
        return t;
    }

    private static Table compute(LineShapes.CasaAsymmetric s) {
        double fg = s.gaussFwhm();
        double fl = s.lorentzFwhm();
        double h = Math.min(fl, fg > 0 ? fg : fl) / 40;
        double range = 40;
        int n = (int) Math.ceil(2 * range / h) + 1;
        double[] raw = new double[n];
        double wd = s.dampingWidth();
        for (int i = 0; i < n; i++) {
            double d = -range + i * h;
            double l = 1 / (1 + 4 * (d / fl) * (d / fl));
            raw[i] = d >= 0 ? Math.pow(l, s.alpha()) * (Double.isInfinite(wd) ? 1 : Math.exp(-(d / wd) * (d / wd)))
                    : Math.pow(l, s.beta());
        }
        double[] out = raw;
        if (fg > 0) {
            double sigma = fg / (2 * Math.sqrt(2 * Math.log(2)));
            int k = (int) Math.ceil(5 * sigma / h);
            double[] g = new double[2 * k + 1];
            double gs = 0;
            for (int j = -k; j <= k; j++) {
                g[j + k] = Math.exp(-0.5 * (j * h / sigma) * (j * h / sigma));
                gs += g[j + k];
            }
            out = new double[n];
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int j = -k; j <= k; j++) {
                    int q = i - j;
                    if (q >= 0 && q < n) {
                        acc += raw[q] * g[j + k];
                    }
                }
                out[i] = acc / gs;
            }
        }
        double area = 0;
        for (int i = 0; i < n; i++) {
            area += out[i] * h;
        }
        for (int i = 0; i < n; i++) {
            out[i] /= area;
        }
        return new Table(-range, h, out);
    }
}
