package org.interphase.tomo.ui.internal.render;

import org.interphase.tomo.api.Histogram;

/**
 * A display window: values at or below {@code lower} show as index 0, at or above {@code upper} as 255,
 * linearly in between. Level = centre, window = width (the radiology terms).
 *
 * @param lower value shown darkest
 * @param upper value shown brightest (greater than lower)
 */
public record WindowLevel(double lower, double upper) {

    public WindowLevel {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("window needs finite lower < upper, got " + lower + " .. " + upper);
        }
    }

    /** Window centre (level). */
    public double centre() {
        return 0.5 * (lower + upper);
    }

    /** Window width. */
    public double width() {
        return upper - lower;
    }

    /** Display index 0..255 of {@code v}; non-finite values map to 0. */
    public int index(float v) {
        if (!(v > lower)) {
            return 0; // also NaN
        }
        if (v >= upper) {
            return 255;
        }
        return (int) ((v - lower) * 256.0 / (upper - lower));
    }

    /** Display indices of all {@code values}, one byte each (unsigned). */
    public byte[] indices(float[] values) {
        byte[] out = new byte[values.length];
        double scale = 256.0 / (upper - lower);
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            int k;
            if (!(v > lower)) {
                k = 0;
            } else if (v >= upper) {
                k = 255;
            } else {
                k = (int) ((v - lower) * scale);
            }
            out[i] = (byte) k;
        }
        return out;
    }

    /**
     * The window from the {@code pLow} and {@code pHigh} percentiles (0..100) of a histogram: the usual
     * "auto contrast" that ignores a few saturated or empty voxels. Falls back to the occupied range when
     * the percentiles coincide.
     */
    public static WindowLevel percentiles(Histogram h, double pLow, double pHigh) {
        long total = h.total();
        if (total == 0) {
            return new WindowLevel(h.lower(), h.lower() + h.binWidth() * h.bins());
        }
        double lo = valueAt(h, pLow / 100.0 * total, true);
        double hi = valueAt(h, pHigh / 100.0 * total, false);
        if (!(hi > lo)) {
            lo = valueAt(h, 0, true);
            hi = valueAt(h, total, false);
        }
        if (!(hi > lo)) {
            hi = lo + Math.max(1, h.binWidth());
        }
        return new WindowLevel(lo, hi);
    }

    /** Value of the bin where the cumulative count reaches {@code rank}: its lower or upper value. */
    private static double valueAt(Histogram h, double rank, boolean lowerEdge) {
        long[] c = h.counts();
        long cum = 0;
        for (int k = 0; k < c.length; k++) {
            if (c[k] == 0) {
                continue;
            }
            cum += c[k];
            if (cum >= rank) {
                return binValue(h, k, lowerEdge);
            }
        }
        for (int k = c.length - 1; k >= 0; k--) {
            if (c[k] > 0) {
                return binValue(h, k, lowerEdge);
            }
        }
        return h.lower();
    }

    private static double binValue(Histogram h, int k, boolean lowerEdge) {
        if (h.integerBins()) {
            double first = h.lower() + 0.5 + k * h.binWidth();
            return lowerEdge ? first : first + h.binWidth() - 1;
        }
        return h.lower() + (lowerEdge ? k : k + 1) * h.binWidth();
    }
}
