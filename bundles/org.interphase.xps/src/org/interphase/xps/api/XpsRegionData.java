package org.interphase.xps.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric data of one recorded region (a VAMAS block or a SPECS curve), ready for analysis.
 * Arrays are not copied: treat them as read-only.
 *
 * @param label          region label (VAMAS block identifier or SPECS region name)
 * @param species        species, e.g. {@code Fe} (may be empty)
 * @param transition     transition, e.g. {@code 2p} (may be empty)
 * @param sourceEntry    where in the file: {@code block 3} or {@code group G / region R / scan S}
 * @param photonEnergy   hv in eV, NaN when the file does not say
 * @param energyKind     what {@link #energy()} is
 * @param energy         abscissa as stored, eV
 * @param intensity      intensity as stored
 * @param unit           unit of {@link #intensity()}
 * @param dwellTime      dwell per point in s (NaN when unknown)
 * @param scans          number of scans (NaN when unknown)
 * @param transmission   transmission function values when the file has them
 * @param casaRegions    CasaXPS regions stored with the block
 * @param casaComponents CasaXPS components stored with the block
 * @param metadata       further acquisition parameters as key/value text
 */
public record XpsRegionData(String label, String species, String transition, String sourceEntry,
        double photonEnergy, EnergyKind energyKind, double[] energy, double[] intensity, IntensityUnit unit,
        double dwellTime, double scans, Optional<double[]> transmission, List<CasaRegion> casaRegions,
        List<CasaComponent> casaComponents, Map<String, String> metadata) {

    public XpsRegionData {
        if (energy.length != intensity.length) {
            throw new IllegalArgumentException("energy and intensity lengths differ");
        }
        casaRegions = List.copyOf(casaRegions);
        casaComponents = List.copyOf(casaComponents);
        metadata = Map.copyOf(metadata);
    }

    public int pointCount() {
        return energy.length;
    }

    /**
     * Factor from stored intensity to counts per second: 1 for CPS data, 1 / (dwell x scans) for counts
     * (1 when dwell or scans are unknown).
     */
    public double cpsFactor() {
        if (unit == IntensityUnit.COUNTS_PER_SECOND) {
            return 1;
        }
        double t = (Double.isFinite(dwellTime) && dwellTime > 0 ? dwellTime : 1)
                * (Double.isFinite(scans) && scans > 0 ? scans : 1);
        return 1 / t;
    }

    /**
     * Factor from detected counts to counts per second, CPS = counts x factor: 1 / (dwell x scans) when both
     * are known, whatever unit the file stores (a CPS export of 50 scans of 0.1 s per point has 5 s of
     * counting per point); {@link #cpsFactor()} when they are not. This is the factor Poisson weights need
     * when fitting {@link #cps()}.
     */
    public double poissonFactor() {
        if (Double.isFinite(dwellTime) && dwellTime > 0 && Double.isFinite(scans) && scans > 0) {
            return 1 / (dwellTime * scans);
        }
        return cpsFactor();
    }

    /** Intensity normalised to counts per second. */
    public double[] cps() {
        double f = cpsFactor();
        double[] y = new double[intensity.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = intensity[i] * f;
        }
        return y;
    }

    /** Binding energies, BE = hv - KE for kinetic data (the analyser work function is not applied). */
    public double[] bindingEnergy() {
        if (energyKind == EnergyKind.BINDING) {
            return energy.clone();
        }
        double[] be = new double[energy.length];
        for (int i = 0; i < be.length; i++) {
            be[i] = photonEnergy - energy[i];
        }
        return be;
    }

    /** Kinetic energies, KE = hv - BE for binding-energy data. */
    public double[] kineticEnergy() {
        if (energyKind == EnergyKind.KINETIC) {
            return energy.clone();
        }
        double[] ke = new double[energy.length];
        for (int i = 0; i < ke.length; i++) {
            ke[i] = photonEnergy - energy[i];
        }
        return ke;
    }
}
