package org.interphase.cycling.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-cycle capacities, efficiencies, mean voltages and capacity retention, and the voltage–capacity curves,
 * from the sampled columns of a cycler file. Capacities are summed from the instrument's own counter
 * ({@link CyclingData#capacityMAh()}), which restarts at each step: a run of points of one kind adds its
 * increments, and a counter that falls within a run (a new step, e.g. constant current then constant voltage)
 * adds its new value. Energy is ∫V dQ by the trapezoidal rule over the same increments.
 */
public final class CyclingAnalysis {

    private CyclingAnalysis() {
    }

    /**
     * Cycle numbers for a file without them (Maccor exports where {@code Cyc#} stays 0): cycle n is the n-th
     * charge and the half cycles after it up to the next charge that follows a discharge (charge-first, the
     * convention of full-cell cyclers); half cycles before the first charge are cycle 0.
     */
    public static int[] deriveCycles(StepKind[] kind) {
        int[] out = new int[kind.length];
        int cycle = 0;
        boolean dischargedSinceCharge = true;
        StepKind previous = StepKind.REST;
        for (int i = 0; i < kind.length; i++) {
            StepKind k = kind[i];
            if (k == StepKind.CHARGE && previous != StepKind.CHARGE && dischargedSinceCharge) {
                cycle++;
                dischargedSinceCharge = false;
            } else if (k == StepKind.DISCHARGE) {
                dischargedSinceCharge = true;
            }
            if (k != StepKind.REST) {
                previous = k;
            }
            out[i] = cycle;
        }
        return out;
    }

    /**
     * The summary of every cycle that passed charge, in order.
     *
     * @param referenceCycle the cycle retention is relative to; empty: the first complete cycle (else the
     *                       first cycle)
     */
    public static List<CycleSummary> summarize(CyclingData data, Optional<Integer> referenceCycle) {
        List<double[]> raw = new ArrayList<>(); // cycle, first kind, qc, qd, ec, ed
        int n = data.size();
        int i = 0;
        while (i < n) {
            int cycle = data.cycle()[i];
            double[] acc = {cycle, -1, 0, 0, 0, 0};
            while (i < n && data.cycle()[i] == cycle) {
                StepKind k = data.kind()[i];
                if (k != StepKind.REST) {
                    double dq = increment(data, i);
                    boolean cont = continues(data, i);
                    double v = cont ? 0.5 * (data.voltageV()[i] + data.voltageV()[i - 1]) : data.voltageV()[i];
                    int at = k == StepKind.CHARGE ? 2 : 3;
                    acc[at] += dq;
                    acc[at + 2] += dq * v;
                    if (acc[1] < 0 && dq > 0) {
                        acc[1] = k.ordinal();
                    }
                }
                i++;
            }
            if (acc[2] > 0 || acc[3] > 0) {
                raw.add(acc);
            }
        }
        double reference = Double.NaN;
        for (double[] a : raw) {
            CycleSummary s = summary(a, Double.NaN);
            boolean isReference = referenceCycle.isPresent() ? referenceCycle.get() == (int) a[0] : s.complete();
            if (isReference && Double.isNaN(reference)) {
                reference = s.outputMAh();
            }
        }
        if (Double.isNaN(reference) && referenceCycle.isEmpty() && !raw.isEmpty()) {
            reference = summary(raw.get(0), Double.NaN).outputMAh();
        }
        if (referenceCycle.isPresent() && Double.isNaN(reference)) {
            throw new IllegalArgumentException("reference cycle " + referenceCycle.get() + " passed no charge");
        }
        List<CycleSummary> out = new ArrayList<>();
        for (double[] a : raw) {
            out.add(summary(a, reference));
        }
        return List.copyOf(out);
    }

    private static CycleSummary summary(double[] a, double reference) {
        StepKind first = a[1] < 0 ? StepKind.CHARGE : StepKind.values()[(int) a[1]];
        double qc = a[2];
        double qd = a[3];
        double ec = a[4];
        double ed = a[5];
        double vc = qc > 0 ? ec / qc : Double.NaN;
        double vd = qd > 0 ? ed / qd : Double.NaN;
        boolean chargeFirst = first == StepKind.CHARGE;
        double ce = qc > 0 && qd > 0 ? 100 * (chargeFirst ? qd / qc : qc / qd) : Double.NaN;
        double ee = ec > 0 && ed > 0 ? 100 * ed / ec : Double.NaN;
        CycleSummary s = new CycleSummary((int) a[0], first, qc, qd, ec, ed, vc, vd, vc - vd, ce, ee, Double.NaN);
        double retention = reference > 0 ? 100 * s.outputMAh() / reference : Double.NaN;
        return new CycleSummary(s.cycle(), first, qc, qd, ec, ed, vc, vd, vc - vd, ce, ee, retention);
    }

    /**
     * The voltage–capacity curves of every run of every half cycle, in file order. Runs are kept apart so that
     * dQ/dV never mixes two passes over the same voltages.
     */
    public static List<VoltageCurve> curves(CyclingData data) {
        List<VoltageCurve> out = new ArrayList<>();
        int n = data.size();
        double[] total = new double[2];
        int[] runs = new int[2];
        int i = 0;
        while (i < n) {
            StepKind k = data.kind()[i];
            if (i == 0 || data.cycle()[i] != data.cycle()[i - 1]) {
                total[0] = 0;
                total[1] = 0;
                runs[0] = 0;
                runs[1] = 0;
            }
            int start = i;
            do {
                i++;
            } while (i < n && continues(data, i));
            if (k == StepKind.REST) {
                continue;
            }
            int side = k == StepKind.CHARGE ? 0 : 1;
            double[] q = new double[i - start];
            double[] v = new double[i - start];
            double before = total[side];
            for (int j = start; j < i; j++) {
                total[side] += increment(data, j);
                q[j - start] = total[side];
                v[j - start] = data.voltageV()[j];
            }
            if (i - start >= 2 && total[side] > before) {
                runs[side]++;
                out.add(new VoltageCurve(data.cycle()[start], k, runs[side], q, v));
            }
        }
        return List.copyOf(out);
    }

    /** The first run of one half cycle, if the cycle has one of that kind. */
    public static Optional<VoltageCurve> curve(CyclingData data, int cycle, StepKind kind) {
        return curves(data).stream().filter(c -> c.cycle() == cycle && c.kind() == kind).findFirst();
    }

    private static boolean continues(CyclingData data, int i) {
        return i > 0 && data.kind()[i - 1] == data.kind()[i] && data.cycle()[i - 1] == data.cycle()[i];
    }

    /** The charge point {@code i} adds to its half cycle (see the class comment). */
    static double increment(CyclingData data, int i) {
        double q = data.capacityMAh()[i];
        if (!continues(data, i)) {
            return Math.max(0, q);
        }
        double dq = q - data.capacityMAh()[i - 1];
        return dq >= 0 ? dq : Math.max(0, q);
    }
}
