package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * One impedance spectrum as numbers: frequency and the complex impedance Z = Z' + jZ'' with the
 * imaginary part <b>signed</b> (negative = capacitive), whatever sign convention the file used.
 * Arrays are copied in and out, so an instance is immutable.
 *
 * @param label       short label, e.g. "cycle 2"
 * @param frequencyHz frequencies in Hz (positive, file order)
 * @param zReal       Z' in Ohm
 * @param zImag       Z'' = Im Z in Ohm (signed)
 * @param cycle       the loop/cycle number from the file when it has one
 * @param metadata    per-spectrum metadata (e.g. start time), in file order
 */
public record ImpedanceData(String label, double[] frequencyHz, double[] zReal, double[] zImag, OptionalInt cycle,
        Map<String, String> metadata) {

    public ImpedanceData {
        if (frequencyHz.length != zReal.length || frequencyHz.length != zImag.length) {
            throw new IllegalArgumentException("frequency, Z' and Z'' must have the same length");
        }
        frequencyHz = frequencyHz.clone();
        zReal = zReal.clone();
        zImag = zImag.clone();
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A spectrum without cycle number and metadata. */
    public static ImpedanceData of(double[] frequencyHz, double[] zReal, double[] zImag) {
        return new ImpedanceData("spectrum", frequencyHz, zReal, zImag, OptionalInt.empty(), Map.of());
    }

    @Override
    public double[] frequencyHz() {
        return frequencyHz.clone();
    }

    @Override
    public double[] zReal() {
        return zReal.clone();
    }

    @Override
    public double[] zImag() {
        return zImag.clone();
    }

    /** Number of points. */
    public int size() {
        return frequencyHz.length;
    }

    /** Frequency of point i in Hz. */
    public double frequency(int i) {
        return frequencyHz[i];
    }

    /** Z at point i. */
    public Complex z(int i) {
        return new Complex(zReal[i], zImag[i]);
    }

    /** Lowest frequency in Hz. */
    public double minFrequency() {
        return Arrays.stream(frequencyHz).min().orElse(Double.NaN);
    }

    /** Highest frequency in Hz. */
    public double maxFrequency() {
        return Arrays.stream(frequencyHz).max().orElse(Double.NaN);
    }

    /** The points for which {@code keep} is true (index-based), as a new spectrum. */
    public ImpedanceData select(IntPredicate keep) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (keep.test(i)) {
                idx.add(i);
            }
        }
        double[] f = new double[idx.size()];
        double[] re = new double[idx.size()];
        double[] im = new double[idx.size()];
        for (int k = 0; k < idx.size(); k++) {
            f[k] = frequencyHz[idx.get(k)];
            re[k] = zReal[idx.get(k)];
            im[k] = zImag[idx.get(k)];
        }
        return new ImpedanceData(label, f, re, im, cycle, metadata);
    }

    /** Only the capacitive points (Z'' &lt; 0), like impedance.py's {@code ignoreBelowX}. */
    public ImpedanceData capacitiveOnly() {
        return select(i -> zImag[i] < 0);
    }
}
