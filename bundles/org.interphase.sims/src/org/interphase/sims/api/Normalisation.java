package org.interphase.sims.api;

import org.interphase.model.SignalKind;

/**
 * Normalisations of depth-profile signals, with first-order propagation of Poisson counting variances.
 * A division by zero gives NaN (never infinity), which every analysis here ignores.
 */
public final class Normalisation {

    private Normalisation() {
    }

    /**
     * A signal as counts versus sputter time; ION, SUM and TOTAL signals carry Poisson variances, a RATIO
     * carries none (NaN).
     */
    public static Series raw(ProfileData profile, SignalData signal) {
        return signal.name().kind() == SignalKind.RATIO ? Series.of(profile.timeS(), signal.intensity())
                : Series.counts(profile.timeS(), signal.intensity());
    }

    /** Divided point by point by the {@code total} ion count (total-ion normalisation). */
    public static Series toTotal(ProfileData profile, SignalData signal) {
        SignalData total = profile.total()
                .orElseThrow(() -> new IllegalArgumentException("the profile has no 'total' signal"));
        return divide(raw(profile, signal), raw(profile, total));
    }

    /** Divided point by point by a matrix ion, e.g. {@code PS-} for a sulfide electrolyte. */
    public static Series toMatrix(ProfileData profile, SignalData signal, String matrixLabel) {
        SignalData matrix = profile.signal(matrixLabel)
                .orElseThrow(() -> new IllegalArgumentException("no signal '" + matrixLabel + "' in the profile"));
        return divide(raw(profile, signal), raw(profile, matrix));
    }

    /**
     * Point-by-point ratio with var(a/b) = (a/b)^2 (var a / a^2 + var b / b^2) = var a / b^2 + a^2 var b / b^4.
     */
    public static Series divide(Series a, Series b) {
        int n = a.size();
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double d = b.y()[i];
            if (d == 0 || !Double.isFinite(d)) {
                y[i] = Double.NaN;
                v[i] = Double.NaN;
            } else {
                y[i] = a.y()[i] / d;
                v[i] = a.variance()[i] / (d * d) + y[i] * y[i] * b.variance()[i] / (d * d);
            }
        }
        return new Series(a.x(), y, v);
    }

    /** Scaled so that the largest finite value is 1 (the maximum's own error is not propagated). */
    public static Series toMax(Series s) {
        int i = s.indexOfMax();
        return i < 0 ? s : scale(s, 1 / s.y()[i]);
    }

    /** Scaled so that the mean of the finite values with {@code from <= x <= to} (a plateau) is 1. */
    public static Series toPlateau(Series s, double from, double to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.x()[i] >= from && s.x()[i] <= to && Double.isFinite(s.y()[i])) {
                sum += s.y()[i];
                n++;
            }
        }
        if (n == 0 || sum == 0) {
            throw new IllegalArgumentException("no non-zero finite values between " + from + " and " + to);
        }
        return scale(s, n / sum);
    }

    /** Multiplied by a constant (variances by its square). */
    public static Series scale(Series s, double k) {
        double[] y = s.y().clone();
        double[] v = s.variance().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= k;
            v[i] *= k * k;
        }
        return new Series(s.x(), y, v);
    }
}
