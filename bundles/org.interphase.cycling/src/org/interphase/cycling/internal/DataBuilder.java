package org.interphase.cycling.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.StepKind;

/** Collects sampled points row by row and builds {@link CyclingData}. */
final class DataBuilder {

    private double[] time = new double[1024];
    private double[] voltage = new double[1024];
    private double[] current = new double[1024];
    private double[] capacity = new double[1024];
    private int[] cycle = new int[1024];
    private StepKind[] kind = new StepKind[1024];
    private int n;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    /** Adds a point; {@code cycleNumber} may be anything when the cycles are derived later. */
    void add(double timeS, double voltageV, double currentMA, double capacityMAh, int cycleNumber, StepKind k) {
        if (n == time.length) {
            int size = n * 2;
            time = Arrays.copyOf(time, size);
            voltage = Arrays.copyOf(voltage, size);
            current = Arrays.copyOf(current, size);
            capacity = Arrays.copyOf(capacity, size);
            cycle = Arrays.copyOf(cycle, size);
            kind = Arrays.copyOf(kind, size);
        }
        time[n] = timeS;
        voltage[n] = voltageV;
        current[n] = currentMA;
        capacity[n] = capacityMAh;
        cycle[n] = cycleNumber;
        kind[n] = k;
        n++;
    }

    int size() {
        return n;
    }

    void fact(String key, Object value) {
        facts.put(key, value);
    }

    /**
     * The data. {@code fileCycles}: the cycle numbers added are the file's own (non-decreasing, 1-based);
     * otherwise, or when the file's numbers never change while the cell was charged and discharged more than
     * once, they are derived with {@link CyclingAnalysis#deriveCycles}.
     */
    CyclingData build(String format, boolean fileCycles) {
        StepKind[] k = Arrays.copyOf(kind, n);
        int[] c = Arrays.copyOf(cycle, n);
        boolean derived = n > 0 && (!fileCycles || constant(c) && CyclingAnalysis.deriveCycles(k)[n - 1] > 1);
        if (derived) {
            c = CyclingAnalysis.deriveCycles(k);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("format", format);
        f.put("points", n);
        f.putAll(facts);
        f.put("cycleNumbers", derived ? "derived (a cycle starts with each charge after a discharge)" : "from the file");
        return new CyclingData(format, Arrays.copyOf(time, n), Arrays.copyOf(voltage, n), Arrays.copyOf(current, n),
                Arrays.copyOf(capacity, n), c, k, derived, f);
    }

    private static boolean constant(int[] c) {
        for (int v : c) {
            if (v != c[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The step kinds and per-step capacities of a cumulative charge counter such as EC-Lab's
     * {@code (Q-Qo)/mA.h}: a point at which the counter rose is charging, one at which it fell discharging,
     * and the capacity is the charge counted since the run of the same kind began.
     */
    static void fromCumulative(double[] q, StepKind[] kindOut, double[] capacityOut) {
        double eps = 1e-9;
        double runStart = q.length > 0 ? q[0] : 0;
        StepKind previous = StepKind.REST;
        for (int i = 0; i < q.length; i++) {
            double dq = i == 0 ? 0 : q[i] - q[i - 1];
            StepKind k = dq > eps ? StepKind.CHARGE : dq < -eps ? StepKind.DISCHARGE : StepKind.REST;
            if (k != previous && k != StepKind.REST) {
                runStart = q[i - 1];
            }
            kindOut[i] = k;
            capacityOut[i] = k == StepKind.REST ? 0 : Math.abs(q[i] - runStart);
            previous = k;
        }
    }
}
