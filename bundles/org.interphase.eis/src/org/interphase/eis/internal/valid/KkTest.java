package org.interphase.eis.internal.valid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.KkMethod;
import org.interphase.eis.api.KkOptions;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.api.KkStep;

/** Runs lin-KK fits for M = 1 .. maxM (only the given M when it is fixed), chooses M and builds the result. */
public final class KkTest {

    /** Upper limit of the automatic maxM. */
    static final int MAX_M = 100;

    private KkTest() {
    }

    public static KkResult run(ImpedanceData d, KkOptions o) {
        return run(d, o, false);
    }

    /**
     * The previous path, one SVD per M ({@link LinKkFit#fit}); kept to check the QR path against it (tests,
     * benchmark).
     */
    public static KkResult runWithSvd(ImpedanceData d, KkOptions o) {
        return run(d, o, true);
    }

    private static KkResult run(ImpedanceData d, KkOptions o, boolean svd) {
        int n = d.size();
        double[] f = d.frequencyHz();
        double[] re = d.zReal();
        double[] im = d.zImag();
        double[] w = new double[n];
        boolean[] use = new boolean[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 2 * Math.PI * f[i];
            use[i] = !o.masked().contains(i);
            if (use[i]) {
                if (!(f[i] > 0) || !Double.isFinite(re[i]) || !Double.isFinite(im[i]) || re[i] == 0 && im[i] == 0) {
                    throw new IllegalArgumentException("point " + i + " is not usable (f = " + f[i] + ", Z = "
                            + re[i] + " + " + im[i] + "j); mask it");
                }
                used++;
            }
        }
        for (int i : o.masked()) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("masked index " + i + " outside 0.." + (n - 1));
            }
        }
        if (used < 4) {
            throw new IllegalArgumentException("lin-KK needs at least 4 unmasked points, got " + used);
        }
        int maxM = o.maxM() > 0 ? Math.min(o.maxM(), used) : Math.min(used, MAX_M);
        boolean fixed = o.method() == KkMethod.FIXED;
        // a fixed M is solved alone (the automatic choices need the whole curve M = 1 .. maxM)
        int minM = fixed ? o.fixedM() : 1;
        if (fixed) {
            maxM = o.fixedM();
        }
        List<KkStep> curve = new ArrayList<>();
        List<LinKkFit> fits = new ArrayList<>();
        LinKkQr qr = svd ? null : new LinKkQr(w, re, im, use, o.inductance(), o.capacitance());
        for (int m = minM; m <= maxM; m++) {
            LinKkFit fit = svd ? LinKkFit.fit(w, re, im, use, m, o.inductance(), o.capacitance()) : qr.fit(m);
            double[] r = residuals(fit, w, re, im);
            curve.add(new KkStep(m, fit.mu(), pseudoChi2(r, use), maxAbs(r, use)));
            fits.add(fit);
        }
        Map<KkMethod, Integer> suggestions = new EnumMap<>(KkMethod.class);
        if (fixed) {
            suggestions.put(KkMethod.FIXED, o.fixedM());
        } else {
            int knee = KkSelection.knee(curve);
            suggestions.put(KkMethod.MU, KkSelection.mu(curve, o.muCriterion()));
            suggestions.put(KkMethod.PSEUDO_CHI2_KNEE, knee);
            suggestions.put(KkMethod.PSEUDO_CHI2_PLATEAU, KkSelection.plateau(curve, knee, o.plateauDecades()));
        }
        int m = suggestions.get(o.method());
        LinKkFit fit = fits.get(m - minM);
        double[] r = residuals(fit, w, re, im);
        double[] dRe = new double[n];
        double[] dIm = new double[n];
        double[] zr = new double[n];
        double[] zi = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            dRe[i] = r[2 * i];
            dIm[i] = r[2 * i + 1];
            zr[i] = fit.real(w[i]);
            zi[i] = fit.imag(w[i]);
            if (use[i]) {
                sum += dRe[i] * dRe[i] + dIm[i] * dIm[i];
            }
        }
        KkStep step = curve.get(m - minM);
        double rms = Math.sqrt(sum / (2.0 * used));
        boolean valid = step.maxResidual() <= o.threshold();
        String verdict = String.format(Locale.ROOT,
                "%s: largest |residual| %.3g %% %s threshold %.3g %% (M = %d by %s, rms %.3g %%, %d of %d points)",
                valid ? "valid" : "not valid", 100 * step.maxResidual(), valid ? "<=" : ">", 100 * o.threshold(), m,
                o.method(), 100 * rms, used, n);
        double cap = o.capacitance() && fit.invCap() != 0 ? 1 / fit.invCap() : Double.POSITIVE_INFINITY;
        return new KkResult(o.method(), m, step.mu(), step.pseudoChiSquare(), f, dRe, dIm, zr, zi, o.masked(),
                step.maxResidual(), rms, o.threshold(), valid, verdict, curve, suggestions, fit.r0(),
                fit.inductance(), cap, fit.tau(), fit.rk());
    }

    /** Interleaved relative residuals (dRe_0, dIm_0, dRe_1, ...). */
    private static double[] residuals(LinKkFit fit, double[] w, double[] re, double[] im) {
        double[] r = new double[2 * w.length];
        for (int i = 0; i < w.length; i++) {
            double mod = Math.hypot(re[i], im[i]);
            r[2 * i] = (re[i] - fit.real(w[i])) / mod;
            r[2 * i + 1] = (im[i] - fit.imag(w[i])) / mod;
        }
        return r;
    }

    private static double pseudoChi2(double[] r, boolean[] use) {
        double s = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i]) {
                s += r[2 * i] * r[2 * i] + r[2 * i + 1] * r[2 * i + 1];
            }
        }
        return s;
    }

    private static double maxAbs(double[] r, boolean[] use) {
        double m = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i]) {
                m = Math.max(m, Math.max(Math.abs(r[2 * i]), Math.abs(r[2 * i + 1])));
            }
        }
        return m;
    }
}
