package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule that turns sputter time into depth. The rule's {@link #describe() description} is stored as
 * provenance with every depth-scaled result.
 */
public sealed interface DepthScale {

    /** Depth (nm) reached after sputtering for {@code timeS} seconds. */
    double depthNm(double timeS);

    /** Depths for many times. */
    default double[] depthNm(double[] timeS) {
        double[] d = new double[timeS.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = depthNm(timeS[i]);
        }
        return d;
    }

    /** Human-readable rule, e.g. "constant rate 0.25 nm/s". */
    String describe();

    /** One sputter rate for the whole profile. */
    record ConstantRate(double nmPerS) implements DepthScale {
        public ConstantRate {
            if (!(nmPerS > 0) || !Double.isFinite(nmPerS)) {
                throw new IllegalArgumentException("sputter rate must be positive, got " + nmPerS);
            }
        }

        @Override
        public double depthNm(double timeS) {
            return nmPerS * timeS;
        }

        @Override
        public String describe() {
            return "constant rate " + nmPerS + " nm/s";
        }
    }

    /** A measured crater depth divided by the total sputter time (a constant rate). */
    record CraterDepth(double craterDepthNm, double totalTimeS) implements DepthScale {
        public CraterDepth {
            if (!(craterDepthNm > 0) || !(totalTimeS > 0)) {
                throw new IllegalArgumentException("crater depth and total time must be positive");
            }
        }

        /** The implied rate in nm/s. */
        public double nmPerS() {
            return craterDepthNm / totalTimeS;
        }

        @Override
        public double depthNm(double timeS) {
            return nmPerS() * timeS;
        }

        @Override
        public String describe() {
            return "crater depth " + craterDepthNm + " nm / total time " + totalTimeS + " s";
        }
    }

    /**
     * Piecewise-constant rates: layer i is sputtered at {@code rates[i]} until {@code untilS[i]}; the last
     * rate continues past the last switch time. Depth is continuous at every switch.
     *
     * @param untilS switch times, ascending (one fewer than rates, or as many: the last is then ignored)
     * @param rates  sputter rates in nm/s, one per layer
     */
    record LayerRates(List<Double> untilS, List<Double> rates) implements DepthScale {
        public LayerRates {
            untilS = List.copyOf(untilS);
            rates = List.copyOf(rates);
            if (rates.isEmpty() || untilS.size() < rates.size() - 1) {
                throw new IllegalArgumentException("need one rate per layer and a switch time between layers");
            }
            for (int i = 0; i < rates.size(); i++) {
                if (!(rates.get(i) > 0)) {
                    throw new IllegalArgumentException("rate of layer " + (i + 1) + " must be positive");
                }
                if (i > 0 && i < untilS.size() && untilS.get(i) < untilS.get(i - 1)) {
                    throw new IllegalArgumentException("switch times must ascend");
                }
            }
        }

        /**
         * Rates from a layer stack: layer i of thickness {@code thicknessNm[i]} is sputtered at
         * {@code rates[i]}, so the switch times are the cumulative thickness / rate.
         */
        public static LayerRates fromStack(double[] thicknessNm, double[] nmPerS) {
            List<Double> until = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            double t = 0;
            for (int i = 0; i < nmPerS.length; i++) {
                rates.add(nmPerS[i]);
                if (i < thicknessNm.length && i < nmPerS.length - 1) {
                    t += thicknessNm[i] / nmPerS[i];
                    until.add(t);
                }
            }
            return new LayerRates(until, rates);
        }

        @Override
        public double depthNm(double timeS) {
            double depth = 0;
            double start = 0;
            for (int i = 0; i < rates.size(); i++) {
                double end = i < rates.size() - 1 ? untilS.get(i) : Double.POSITIVE_INFINITY;
                if (timeS <= end) {
                    return depth + rates.get(i) * (timeS - start);
                }
                depth += rates.get(i) * (end - start);
                start = end;
            }
            return depth; // not reached: the last layer is open-ended
        }

        @Override
        public String describe() {
            return "per-layer rates " + rates + " nm/s switching at " + untilS.subList(0, rates.size() - 1) + " s";
        }
    }
}
