package org.interphase.xps.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Measurement;
import org.interphase.model.XpsSpectrum;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.api.SpeciesLibrary;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;

/**
 * The regions a comparison across cycles can use: every region of every {@link XpsSpectrum} of the cell
 * that holds the opened spectrum, read from its file with the spectrum's recorded charge correction applied,
 * labelled with its core level (species library), ordered by cycle number.
 */
public final class SeriesCandidates {

    /**
     * One region of one spectrum.
     *
     * @param spectrum  the measurement
     * @param data      its region data, charge-corrected
     * @param coreLevel the core level, e.g. {@code S 2p} (empty when the library does not know it)
     * @param file      the data file
     */
    public record Candidate(XpsSpectrum spectrum, XpsRegionData data, String coreLevel, Path file) {

        /** Cycle number, or NaN without a cycle state. */
        public double cycle() {
            CycleState c = spectrum.getCycleState();
            return c == null ? Double.NaN : c.getCycleNumber();
        }

        /** Name of the cycle state, or "-". */
        public String cycleName() {
            CycleState c = spectrum.getCycleState();
            return c == null ? "\u2013" : c.getName() == null ? "cycle " + c.getCycleNumber() : c.getName();
        }

        /** A short label for legends. */
        public String label() {
            return spectrum.getName() + " \u00b7 " + data.label() + " \u00b7 " + cycleName();
        }
    }

    /**
     * Candidates and the files that could not be read.
     *
     * @param candidates the regions found
     * @param problems   one message per unreadable spectrum
     */
    public record Loaded(List<Candidate> candidates, List<String> problems) {

        /** Core levels present, in order of first appearance. */
        public List<String> coreLevels() {
            return candidates.stream().map(Candidate::coreLevel).filter(s -> !s.isEmpty()).distinct().toList();
        }

        /** The candidates of one core level. */
        public List<Candidate> of(String coreLevel) {
            return candidates.stream().filter(c -> c.coreLevel().equals(coreLevel)).toList();
        }
    }

    private SeriesCandidates() {
    }

    /** Loads the candidates around {@code opened}. */
    public static Loaded load(XpsSpectrum opened, SpeciesLibrary library) {
        List<XpsSpectrum> spectra = new ArrayList<>();
        if (opened.eContainer() instanceof Cell cell) {
            for (Measurement m : cell.getMeasurements()) {
                if (m instanceof XpsSpectrum x) {
                    spectra.add(x);
                }
            }
        } else {
            spectra.add(opened);
        }
        List<Candidate> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (XpsSpectrum s : spectra) {
            Optional<Path> file = MeasurementFiles.resolve(s);
            if (file.isEmpty()) {
                problems.add("'" + s.getName() + "': data file not found (source " + s.getSourceUri() + ")");
                continue;
            }
            List<XpsRegionData> regions;
            try {
                regions = XpsFiles.readFor(file.get(), s.getImporterId());
            } catch (ImportException e) {
                problems.add("'" + s.getName() + "': " + e.getMessage());
                continue;
            }
            double shift = ChargeCommands.totalShift(s);
            for (XpsRegionData r : regions) {
                XpsRegionData d = shift == 0 ? r : EnergyScale.apply(r, new ChargeCorrection("recorded corrections",
                        shift, 0, "sum", r.label(), Instant.EPOCH));
                String level = library == null ? "" : library.coreLevelOf(d).orElse("");
                out.add(new Candidate(s, d, level, file.get()));
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> Double.isNaN(c.cycle()) ? Double.MAX_VALUE : c.cycle())
                .thenComparing(c -> c.spectrum().getName() == null ? "" : c.spectrum().getName().toLowerCase(Locale.ROOT)));
        return new Loaded(out, problems);
    }
}
