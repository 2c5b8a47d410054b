package org.interphase.cycling.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;

/**
 * Analytic cycling data: constant-current half cycles whose voltage is linear in capacity, so capacities,
 * energies and mean voltages are known in closed form.
 */
final class Synthetic {

    private final List<double[]> rows = new ArrayList<>(); // t, V, I, Q, cycle, kind
    private double t;

    /**
     * A half cycle of {@code capacity} mAh at {@code current} mA (sign ignored), voltage from {@code v0} to
     * {@code v1} linearly in capacity, sampled at {@code points} points (the counter restarts at 0).
     */
    Synthetic half(int cycle, StepKind kind, double capacity, double current, double v0, double v1, int points) {
        double dt = capacity / Math.abs(current) * 3600 / (points - 1);
        double sign = kind == StepKind.CHARGE ? 1 : -1;
        for (int i = 0; i < points; i++) {
            double q = capacity * i / (points - 1);
            rows.add(new double[] {t, v0 + (v1 - v0) * q / capacity, sign * Math.abs(current), q, cycle, kind.ordinal()});
            t += dt;
        }
        return this;
    }

    /** A rest of {@code points} points at voltage {@code v}. */
    Synthetic rest(int cycle, double v, int points) {
        for (int i = 0; i < points; i++) {
            rows.add(new double[] {t, v, 0, 0, cycle, StepKind.REST.ordinal()});
            t += 60;
        }
        return this;
    }

    CyclingData build() {
        int n = rows.size();
        double[] time = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        double[] q = new double[n];
        int[] c = new int[n];
        StepKind[] k = new StepKind[n];
        for (int r = 0; r < n; r++) {
            double[] row = rows.get(r);
            time[r] = row[0];
            v[r] = row[1];
            i[r] = row[2];
            q[r] = row[3];
            c[r] = (int) row[4];
            k[r] = StepKind.values()[(int) row[5]];
        }
        return new CyclingData("synthetic", time, v, i, q, c, k, false, Map.of());
    }
}
