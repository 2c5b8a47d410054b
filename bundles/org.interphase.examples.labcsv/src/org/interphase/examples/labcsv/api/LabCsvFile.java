package org.interphase.examples.labcsv.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.interphase.eis.api.ImpedanceData;

/**
 * One lab CSV impedance file as numbers. Arrays are copied in and out, so an instance is immutable.
 *
 * @param header      the {@code # key: value} header entries in file order
 * @param frequencyHz frequencies in Hz (positive, file order)
 * @param zReal       Z' in Ohm
 * @param zImag       Z'' in Ohm, signed (negative = capacitive)
 */
public record LabCsvFile(Map<String, String> header, double[] frequencyHz, double[] zReal, double[] zImag) {

    /** The column line every file carries before its data. */
    public static final String COLUMNS = "freq_Hz,Zre_Ohm,Zim_Ohm";

    public LabCsvFile {
        if (frequencyHz.length != zReal.length || frequencyHz.length != zImag.length) {
            throw new IllegalArgumentException("frequency, Z' and Z'' must have the same length");
        }
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        frequencyHz = frequencyHz.clone();
        zReal = zReal.clone();
        zImag = zImag.clone();
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

    /** Number of frequencies. */
    public int size() {
        return frequencyHz.length;
    }

    /** The lab named by the {@code # lab:} header line. */
    public Optional<String> lab() {
        return Optional.ofNullable(header.get("lab"));
    }

    /** |Z| = sqrt(Z'^2 + Z''^2) at each frequency, in Ohm. */
    public double[] modulus() {
        double[] m = new double[size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.hypot(zReal[i], zImag[i]);
        }
        return m;
    }

    /** The data as the EIS bundle's public type, so its fits, Kramers-Kronig tests and DRT accept them. */
    public ImpedanceData toImpedanceData() {
        return ImpedanceData.of(frequencyHz, zReal, zImag);
    }

    /**
     * The facts the importer reports and {@code labcsv-summary} prints: lab, points, frequency range and |Z|
     * range (JSON-ready values).
     */
    public Map<String, Object> summary() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("lab", lab().orElse(""));
        facts.put("points", size());
        facts.put("frequencyMinHz", min(frequencyHz));
        facts.put("frequencyMaxHz", max(frequencyHz));
        double[] m = modulus();
        facts.put("zAbsMinOhm", min(m));
        facts.put("zAbsMaxOhm", max(m));
        return facts;
    }

    private static double min(double[] v) {
        double r = Double.POSITIVE_INFINITY;
        for (double x : v) {
            r = Math.min(r, x);
        }
        return r;
    }

    private static double max(double[] v) {
        double r = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            r = Math.max(r, x);
        }
        return r;
    }
}
